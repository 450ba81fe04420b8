package dk.aarhus.sistercities.admin;

import dk.aarhus.sistercities.image.ImageLibrary;
import java.util.List;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The library's images offered by every form that chooses one (a city's main image, an activity's, a page's). */
@ControllerAdvice(assignableTypes = {CityAdminController.class, ActivityAdminController.class,
        PageAdminController.class})
class ImageChoices {

    private final ImageLibrary images;

    ImageChoices(ImageLibrary images) {
        this.images = images;
    }

    /** A choice in the select: the image's id, and its file name with its Danish alt text. */
    record Option(String value, String label) {
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
