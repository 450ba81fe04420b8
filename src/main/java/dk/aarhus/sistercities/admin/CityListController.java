package dk.aarhus.sistercities.admin;

import dk.aarhus.sistercities.city.CityStatus;
import dk.aarhus.sistercities.city.PartnershipType;
import dk.aarhus.sistercities.city.PartnershipTypeRepository;
import dk.aarhus.sistercities.content.Language;
import dk.aarhus.sistercities.site.PathLocaleResolver;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The editors' list of cities ({@code /admin}), filtered by name, partnership type, status and state. */
@Controller
class CityListController {

    private static final List<String> STATUSES = Arrays.stream(CityStatus.values())
            .map(s -> s.name().toLowerCase(Locale.ROOT)).toList();
    private static final List<String> STATES = List.of("draft", "published", "changed", "deleted");

    private final CityListing listing;
    private final PartnershipTypeRepository types;

    CityListController(CityListing listing, PartnershipTypeRepository types) {
        this.listing = listing;
        this.types = types;
    }

    /** A choice in a select: the value sent and the label shown. */
    record Option(String value, String label) {
    }

    @GetMapping("/admin")
    String list(HttpServletRequest request, @RequestParam(required = false) String q,
            @RequestParam(required = false) String type, @RequestParam(required = false) String status,
            @RequestParam(required = false) String state, Model model) {
        Language language = PathLocaleResolver.languageOf(request);
        List<PartnershipType> allTypes = types.findAllWithTexts();
        ListFilter filter = new ListFilter(q).choice("type", type, allTypes.stream().map(PartnershipType::getCode).toList())
                .choice("status", status, STATUSES).choice("state", state, STATES);
        List<CityListing.Row> live = listing.rows(language, false);
        List<CityListing.Row> deleted = listing.rows(language, true);
        Predicate<CityListing.Row> wanted = r -> filter.matchesText(r.names()) && filter.matches("type", r.type())
                && filter.matches("status", r.status());
        List<CityListing.Row> rows = live.stream()
                .filter(wanted.and(r -> filter.matches("state", r.state().name()))).toList();
        List<CityListing.Row> deletedRows = deleted.stream()
                .filter(wanted.and(r -> filter.matches("state", "deleted"))).toList();
        model.addAttribute("rows", rows);
        model.addAttribute("deletedRows", deletedRows);
        model.addAttribute("typeOptions", allTypes.stream()
                .map(t -> new Option(t.getCode(), t.text(language).name())).toList());
        model.addAttribute("statusOptions", STATUSES);
        model.addAttribute("stateOptions", STATES);
        filter.show(model, rows.size() + deletedRows.size(), live.size() + deleted.size());
        return "admin/cities";
    }
}
