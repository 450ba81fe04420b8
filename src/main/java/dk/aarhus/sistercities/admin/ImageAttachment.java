package dk.aarhus.sistercities.admin;

import dk.aarhus.sistercities.image.Image;
import dk.aarhus.sistercities.image.ImageLibrary;
import dk.aarhus.sistercities.image.UploadRefusedException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.SmartValidator;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.util.WebUtils;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An image uploaded from a city's, activity's or page's own form: checked by the library's rules (the file by its
 * content, alt text in both languages unless decorative, the lengths), put into the library and chosen on the form,
 * in one step before the form is saved. A refusal goes on the form's fields ({@code newImage.*}) beside the form's
 * own problems, and stores nothing; every other field stays as typed.
 */
@Component
class ImageAttachment {

    static final String PREFIX = "newImage";
    static final String FILE = PREFIX + ".file";
    /** The image fields in the order of the forms, for the error summary. */
    static final List<String> FIELDS = Stream.concat(Stream.of("image"),
            ImageForm.FIELDS.stream().map(field -> PREFIX + "." + field)).toList();

    private final ImageLibrary library;
    private final SmartValidator validator;

    ImageAttachment(ImageLibrary library, SmartValidator validator) {
        this.library = library;
        this.validator = validator;
    }

    /**
     * Uploads the file (when one was chosen) with the texts typed for it and chooses it on the form, telling the
     * editor so on the page shown next ({@code imageUploaded}). Without a file, each text typed for a new image is
     * refused rather than dropped unseen.
     */
    void attach(FormWithImage form, HttpServletRequest request, BindingResult result, String editor, Model model,
            RedirectAttributes redirect) {
        MultipartHttpServletRequest multipart = WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class);
        MultipartFile file = multipart == null ? null : multipart.getFile(FILE);
        ImageForm details = form.getNewImage();
        if (file == null || file.isEmpty()) {
            // Texts typed for an image never chosen: said on each, rather than dropped unseen.
            typed(details).forEach(field -> result.rejectValue(PREFIX + "." + field, "image.attach.no-file"));
            return;
        }
        int before = result.getErrorCount();
        result.pushNestedPath(PREFIX);
        try {
            validator.validate(details, result);
            details.check(result);
        } finally {
            result.popNestedPath();
        }
        if (result.getErrorCount() > before) {
            result.rejectValue(FILE, "image.attach.not-uploaded");
            return;
        }
        try {
            Image image = library.upload(file.getOriginalFilename(), bytes(file), details.details(), editor);
            form.setImage(image.getId());
            form.setNewImage(new ImageForm());
            model.addAttribute("imageUploaded", image.getFileName());
            redirect.addFlashAttribute("imageUploaded", image.getFileName());
        } catch (UploadRefusedException refused) {
            result.rejectValue(FILE, refused.messageKey(), refused.arguments(), null);
        }
    }

    /** The texts typed for a new image (decorative and the focal point alone lose nothing, so they do not count). */
    private static List<String> typed(ImageForm details) {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("altDa", details.getAltDa());
        texts.put("altEn", details.getAltEn());
        texts.put("captionDa", details.getCaptionDa());
        texts.put("captionEn", details.getCaptionEn());
        texts.put("credit", details.getCredit());
        texts.put("licence", details.getLicence());
        return texts.entrySet().stream().filter(e -> !nonNull(e.getValue()).isBlank()).map(Map.Entry::getKey).toList();
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
