package dk.aarhus.sistercities.admin;

import dk.aarhus.sistercities.city.PartnershipTypeRepository;
import dk.aarhus.sistercities.content.Language;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Names a city's coded values as the form does, for the compare and conflict views: a partnership type by
 * its name, a status ({@code status.*}) and a result's area ({@code area.*}) by their labels.
 */
@Component
class ValueLabels {

    private final PartnershipTypeRepository types;
    private final MessageSource messages;

    ValueLabels(PartnershipTypeRepository types, MessageSource messages) {
        this.types = types;
        this.messages = messages;
    }

    /** The changes with their coded values named in the editor's language. */
    List<ContentDiff.Change> of(List<ContentDiff.Change> changes, Locale locale) {
        if (changes == null) {
            return null;
        }
        Language language = Language.of(locale);
        Map<String, UnaryOperator<String>> labels = Map.of(
                "type", code -> types.findByCode(code).map(t -> t.text(language).name()).orElse(code),
                "status", status -> messages.getMessage("status." + status, null, status, locale),
                "result.area", area -> messages.getMessage("area." + area, null, area, locale));
        return ContentDiff.labelled(changes, labels);
    }
}
