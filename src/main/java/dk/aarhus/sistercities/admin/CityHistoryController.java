package dk.aarhus.sistercities.admin;

import dk.aarhus.sistercities.city.City;
import dk.aarhus.sistercities.city.CityHistory;
import dk.aarhus.sistercities.city.CityRepository;
import dk.aarhus.sistercities.revision.Revision;
import dk.aarhus.sistercities.city.PartnershipTypeRepository;
import dk.aarhus.sistercities.content.Language;
import java.security.Principal;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A city's history: every revision, any two compared, any one restored as the new draft (also of a deleted city). */
@Controller
class CityHistoryController {

    private final CityRepository cities;
    private final CityHistory history;
    private final CityEditor editor;
    private final PartnershipTypeRepository types;
    private final MessageSource messages;

    CityHistoryController(CityRepository cities, CityHistory history, CityEditor editor,
            PartnershipTypeRepository types, MessageSource messages) {
        this.cities = cities;
        this.history = history;
        this.editor = editor;
        this.types = types;
        this.messages = messages;
    }

    @GetMapping("/admin/cities/{id}/history")
    String history(@PathVariable long id, Model model) {
        City city = cities.findById(id).orElseThrow(CityHistoryController::notFound);
        model.addAttribute("cityId", id);
        model.addAttribute("deleted", city.isDeleted());
        model.addAttribute("draft", history.draft(city));
        model.addAttribute("revisions", history.revisions(city));
        model.addAttribute("publishedRevision", city.getPublishedRevision());
        model.addAttribute("draftRevision", city.getDraftRevision());
        return "admin/city-history";
    }

    @GetMapping("/admin/cities/{id}/compare")
    String compare(@PathVariable long id, @RequestParam int from, @RequestParam int to, Locale locale, Model model) {
        City city = cities.findById(id).orElseThrow(CityHistoryController::notFound);
        Revision a = history.revision(city, Math.min(from, to)).orElseThrow(CityHistoryController::notFound);
        Revision b = history.revision(city, Math.max(from, to)).orElseThrow(CityHistoryController::notFound);
        model.addAttribute("cityId", id);
        model.addAttribute("draft", history.draft(city));
        model.addAttribute("from", a);
        model.addAttribute("to", b);
        model.addAttribute("changes", ContentDiff.labelled(ContentDiff.between(history.content(a), history.content(b)),
                labels(locale)));
        return "admin/city-compare";
    }

    @PostMapping("/admin/cities/{id}/restore")
    String restore(@PathVariable long id, @RequestParam int revision, Principal principal,
            RedirectAttributes redirect) {
        try {
            editor.restore(id, revision, principal.getName());
        } catch (ObjectOptimisticLockingFailureException | DataIntegrityViolationException raced) {
            redirect.addFlashAttribute("stale", true);
            return "redirect:/admin/cities/" + id + "/history";
        }
        redirect.addFlashAttribute("restored", revision);
        return "redirect:/admin/cities/" + id;
    }

    /** A type by its name, a status and a result's area by their labels, as the form shows them. */
    private Map<String, UnaryOperator<String>> labels(Locale locale) {
        Language language = Language.fromCode(locale.getLanguage()).orElse(Language.DEFAULT);
        return Map.of(
                "type", code -> types.findByCode(code).map(t -> t.text(language).name()).orElse(code),
                "status", status -> messages.getMessage("status." + status, null, status, locale),
                "result.area", area -> messages.getMessage("area." + area, null, area, locale));
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
