package dk.aarhus.sistercities.admin;

import dk.aarhus.sistercities.account.CurrentEditor;
import dk.aarhus.sistercities.content.Language;
import dk.aarhus.sistercities.image.FocalPoint;
import dk.aarhus.sistercities.image.Image;
import dk.aarhus.sistercities.image.ImageLibrary;
import dk.aarhus.sistercities.image.ImageUse;
import dk.aarhus.sistercities.image.UploadRefusedException;
import dk.aarhus.sistercities.review.PublishingRights;
import jakarta.validation.Valid;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.Principal;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The image library ({@code /admin/images}): find images and see where each is used, upload one, change its texts
 * or its file, delete one nothing uses. A refused upload or save shows the form again with every reason and
 * everything typed; nothing of it is stored. An image has no draft: a change is seen at once where it is published,
 * so while the four-eyes rule keeps an editor from publishing, they cannot change one that published content shows.
 */
@Controller
class ImageAdminController {

    static final String BASE = "/admin/images";
    static final String FORM = "imageForm";

    private final ImageLibrary library;
    private final MessageSource messages;
    private final PublishingRights rights;

    ImageAdminController(ImageLibrary library, MessageSource messages, PublishingRights rights) {
        this.library = library;
        this.messages = messages;
        this.rights = rights;
    }

    @GetMapping(BASE)
    String list(@RequestParam(required = false) String q, Model model) {
        String text = q == null ? "" : q.length() > 100 ? q.substring(0, 100) : q;
        model.addAttribute("q", text);
        model.addAttribute("images", library.find(text));
        model.addAttribute("uses", library.usesByImage());
        return "admin/images";
    }

    @GetMapping(BASE + "/new")
    String newImage(@RequestParam(required = false) String tooLarge, Model model) {
        ImageForm form = new ImageForm();
        model.addAttribute(FORM, form);
        if (tooLarge != null) {
            BindingResult result = new BeanPropertyBindingResult(form, FORM);
            result.rejectValue("file", "image.problem.too-large", new Object[] {10}, null);
            model.addAttribute(BindingResult.MODEL_KEY_PREFIX + FORM, result);
        }
        return show(null, model);
    }

    @PostMapping(BASE)
    String upload(@Valid @ModelAttribute(FORM) ImageForm form, BindingResult result,
            @RequestParam(required = false) MultipartFile file, Principal principal, Model model,
            RedirectAttributes redirect) {
        form.check(result);
        if (file == null || file.isEmpty()) {
            result.rejectValue("file", "image.problem.empty");
        }
        if (result.hasErrors()) {
            return refused(null, result, model);
        }
        try {
            Image image = library.upload(file.getOriginalFilename(), bytes(file), form.details(), principal.getName());
            redirect.addFlashAttribute("saved", true);
            return "redirect:" + BASE + "/" + image.getId();
        } catch (UploadRefusedException refused) {
            result.rejectValue("file", refused.messageKey(), refused.arguments(), null);
            return refused(null, result, model);
        }
    }

    @GetMapping(BASE + "/{id}")
    String edit(@PathVariable long id, @RequestParam(required = false) String tooLarge,
            @RequestParam(name = "history", required = false) String history, Model model) {
        model.addAttribute("history", library.history(id, "all".equals(history)));
        Image image = library.image(id).orElseThrow(ImageAdminController::notFound);
        ImageForm form = ImageForm.of(image);
        model.addAttribute(FORM, form);
        if (tooLarge != null) {
            BindingResult result = new BeanPropertyBindingResult(form, FORM);
            result.rejectValue("file", "image.problem.too-large", new Object[] {10}, null);
            model.addAttribute(BindingResult.MODEL_KEY_PREFIX + FORM, result);
        }
        return show(image, model);
    }

    @PostMapping(BASE + "/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute(FORM) ImageForm form, BindingResult result,
            @RequestParam(required = false) MultipartFile file, Principal principal, Model model,
            RedirectAttributes redirect) {
        Image image = library.image(id).orElseThrow(ImageAdminController::notFound);
        form.check(result);
        if (form.getVersion() == null) {
            form.setVersion(image.getVersion());
        }
        if (heldForPublisher(library.usesOf(id))) {
            result.reject("image.published.publisher-only");
        }
        if (result.hasErrors()) {
            return refused(image, result, model);
        }
        try {
            boolean replaced = file != null && !file.isEmpty();
            library.update(id, form.getVersion(), form.details(), replaced ? file.getOriginalFilename() : null,
                    replaced ? bytes(file) : null, principal.getName());
            redirect.addFlashAttribute("saved", true);
            return "redirect:" + BASE + "/" + id;
        } catch (UploadRefusedException refused) {
            result.rejectValue("file", refused.messageKey(), refused.arguments(), null);
            return refused(image, result, model);
        } catch (ImageLibrary.StaleException stale) {
            // Saving again, after reading this, puts the editor's version on top.
            model.addAttribute("changedBy", stale.current());
            form.setVersion(stale.current().getVersion());
            return refused(library.image(id).orElseThrow(ImageAdminController::notFound), result, model);
        }
    }

    /** Puts the texts of an earlier revision back; seen at once, like every change to an image. */
    @PostMapping(BASE + "/{id}/restore")
    String restore(@PathVariable long id, @RequestParam int revision, Principal principal,
            RedirectAttributes redirect) {
        library.image(id).orElseThrow(ImageAdminController::notFound);
        if (heldForPublisher(library.usesOf(id))) {
            return "redirect:" + BASE + "/" + id;
        }
        if (!library.restore(id, revision, principal.getName())) {
            throw notFound();
        }
        redirect.addFlashAttribute("restored", revision);
        return "redirect:" + BASE + "/" + id;
    }

    /** Deleting is never one click: a confirmation first, or, for an image in use, the form saying where. */
    @GetMapping(BASE + "/{id}/delete")
    String confirmDelete(@PathVariable long id, Model model, Locale locale) {
        Image image = library.image(id).orElseThrow(ImageAdminController::notFound);
        List<ImageUse> uses = library.usesOf(id);
        if (!uses.isEmpty()) {
            model.addAttribute("deleteRefused", uses);
            model.addAttribute(FORM, ImageForm.of(image));
            return show(image, model);
        }
        model.addAttribute("confirmation", new Confirmation(messages.getMessage("image.admin.title", null, locale), BASE,
                image.getFileName(), BASE + "/" + id,
                messages.getMessage("image.delete.confirm.title", new Object[] {image.getFileName()}, locale),
                List.of(messages.getMessage("image.delete.confirm.gone", null, locale)),
                BASE + "/" + id + "/delete", (int) image.getVersion(), messages.getMessage("image.delete.button", null, locale)));
        return "admin/confirm-removal";
    }

    @PostMapping(BASE + "/{id}/delete")
    String delete(@PathVariable long id, @RequestParam long seenRevision, Principal principal, Model model,
            RedirectAttributes redirect) {
        Image image = library.image(id).orElseThrow(ImageAdminController::notFound);
        try {
            library.delete(id, seenRevision, principal.getName());
            redirect.addFlashAttribute("deleted", image.getFileName());
            return "redirect:" + BASE;
        } catch (ImageLibrary.InUseException inUse) {
            model.addAttribute("deleteRefused", inUse.uses());
        } catch (ImageLibrary.StaleException stale) {
            model.addAttribute("changedBy", stale.current());
        }
        model.addAttribute(FORM, ImageForm.of(image));
        return show(image, model);
    }

    private String refused(Image image, BindingResult result, Model model) {
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + FORM, FormErrors.inPageOrder(result, ImageForm.FIELDS));
        return show(image, model);
    }

    private String show(Image image, Model model) {
        model.addAttribute("image", image);
        model.addAttribute("focalPoints", FocalPoint.values());
        if (image != null) {
            List<ImageUse> uses = library.usesOf(image.getId());
            model.addAttribute("imageUses", uses);
            model.addAttribute("publisherOnly", heldForPublisher(uses));
            model.addAttribute("view", library.view(image.getId(), Language.DA).orElse(null));
            if (!model.containsAttribute("history")) {
                model.addAttribute("history", library.history(image.getId(), false));
            }
        }
        return "admin/image-form";
    }

    /** Published content shows the image ({@code uses}), and the one asking may not publish now (four-eyes rule). */
    private boolean heldForPublisher(List<ImageUse> uses) {
        return uses.stream().anyMatch(use -> !use.draftOnly())
                && !rights.mayPublishNow(CurrentEditor.current().orElse(null));
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
