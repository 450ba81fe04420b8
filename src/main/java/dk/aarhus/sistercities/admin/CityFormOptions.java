package dk.aarhus.sistercities.admin;

import dk.aarhus.sistercities.city.CityStatus;
import dk.aarhus.sistercities.city.PartnershipTypeRepository;
import dk.aarhus.sistercities.city.ResultArea;
import dk.aarhus.sistercities.content.Language;
import dk.aarhus.sistercities.site.PathLocaleResolver;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The choices the city form offers (types, statuses, areas) and its languages, for the pages that show it. */
@ControllerAdvice(assignableTypes = CityAdminController.class)
class CityFormOptions {

    private final PartnershipTypeRepository types;
    private final MessageSource messages;

    CityFormOptions(PartnershipTypeRepository types, MessageSource messages) {
        this.types = types;
        this.messages = messages;
    }

    /** A choice in a select: the value sent and the label shown. */
    record Option(String value, String label) {
    }

    @ModelAttribute("typeOptions")
    List<Option> typeOptions(HttpServletRequest request) {
        Language language = PathLocaleResolver.languageOf(request);
        return types.findAllWithTexts().stream()
                .map(t -> new Option(t.getCode(), t.text(language).name()))
                .toList();
    }

    @ModelAttribute("statusOptions")
    List<Option> statusOptions(Locale locale) {
        return Arrays.stream(CityStatus.values())
                .map(s -> new Option(s.name(), messages.getMessage("status." + s.name(), null, locale)))
                .toList();
    }

    @ModelAttribute("areaOptions")
    List<Option> areaOptions(Locale locale) {
        return Arrays.stream(ResultArea.values())
                .map(a -> new Option(a.name(), messages.getMessage("area." + a.name(), null, locale)))
                .toList();
    }

    @ModelAttribute("languages")
    Language[] languages() {
        return Language.values();
    }
}
