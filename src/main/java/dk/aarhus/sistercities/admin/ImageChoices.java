package dk.aarhus.sistercities.admin;

import dk.aarhus.sistercities.content.Language;
import dk.aarhus.sistercities.image.ImageLibrary;
import dk.aarhus.sistercities.image.ImageView;
import java.util.List;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The library's images offered by every form that chooses one (a city's main image, an activity's, a page's), and
 * the chosen one as the form shows it ({@code @imageChoices.chosen(…)}: public for the template's expression).
 */
@ControllerAdvice(assignableTypes = {CityAdminController.class, ActivityAdminController.class,
        PageAdminController.class})
public class ImageChoices {

    private final ImageLibrary images;

    ImageChoices(ImageLibrary images) {
        this.images = images;
    }

    /** A choice in the select: the image's id, and its file name with its Danish alt text. */
    record Option(String value, String label) {
    }

    /** The chosen image, for a thumbnail beside the choice; null when none is chosen or it is gone. */
    public ImageView chosen(Long id) {
        return images.view(id, Language.DA).orElse(null);
    }

    /** Newest first. */
    @ModelAttribute("imageOptions")
    List<Option> imageOptions() {
        return images.find("").stream()
                .map(i -> new Option(String.valueOf(i.getId()), i.getFileName()
                        + (i.details().altDa() == null ? "" : " – " + i.details().altDa())))
                .toList();
    }
}
