package dk.aarhus.sistercities.admin;

import dk.aarhus.sistercities.city.PartnershipTypeRepository;
import dk.aarhus.sistercities.content.Language;
import dk.aarhus.sistercities.image.Image;
import dk.aarhus.sistercities.image.ImageLibrary;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Names coded values as the forms do, for the compare and conflict views: a partnership type by its name, a
 * status ({@code status.*}) and a result's area ({@code area.*}) by their labels, an image (a city's, an
 * activity's or a page's) by its file name and number in the library.
 */
@Component
class ValueLabels {

    private final PartnershipTypeRepository types;
    private final MessageSource messages;
    private final ImageLibrary images;

    ValueLabels(PartnershipTypeRepository types, MessageSource messages, ImageLibrary images) {
        this.types = types;
        this.messages = messages;
        this.images = images;
    }

    /** The changes with their coded values named in the language of the request being answered. */
    List<ContentDiff.Change> of(List<ContentDiff.Change> changes) {
        return of(changes, LocaleContextHolder.getLocale());
    }

    /** The changes with their coded values named in the editor's language. */
    List<ContentDiff.Change> of(List<ContentDiff.Change> changes, Locale locale) {
        if (changes == null) {
            return null;
        }
        Language language = Language.of(locale);
        UnaryOperator<String> image = id -> image(id, locale);
        Map<String, UnaryOperator<String>> labels = Map.of(
                "type", code -> types.findByCode(code).map(t -> t.text(language).name()).orElse(code),
                "status", status -> messages.getMessage("status." + status, null, status, locale),
                "result.area", area -> messages.getMessage("area." + area, null, area, locale),
                "image", image, "activity.image", image, "page.image", image);
        return ContentDiff.labelled(changes, labels);
    }

    /** "harbour.jpg (nr. 12)"; an image deleted since is named by its number only. */
    private String image(String id, Locale locale) {
        try {
            long number = Long.parseLong(id);
            return images.image(number).map(Image::getFileName)
                    .map(name -> messages.getMessage("diff.image", new Object[] {name, id}, locale))
                    .orElseGet(() -> messages.getMessage("diff.image.gone", new Object[] {id}, locale));
        } catch (NumberFormatException notAnId) {
            return id;
        }
    }
}
