package dk.aarhus.sistercities.admin;

import java.security.Principal;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What changes what citizens see of a city: publish (refused while the draft is incomplete), unpublish,
 * delete, each after its confirmation page ({@link RemovalController}). Each answers with the city's form and a banner.
 */
@Controller
class CityPublishingController {

    private final CityEditor editor;

    CityPublishingController(CityEditor editor) {
        this.editor = editor;
    }

    /** An incomplete draft is not published: the form shows what is missing (see CityAdminController.edit). */
    @PostMapping("/admin/cities/{id}/publish")
    String publish(@PathVariable long id, @RequestParam int seenRevision, Principal principal,
            RedirectAttributes redirect) {
        try {
            return act(id, redirect, "published", () -> editor.publish(id, seenRevision, principal.getName()));
        } catch (CityEditor.IncompleteException incomplete) {
            redirect.addFlashAttribute("incomplete", true);
            return "redirect:/admin/cities/" + id;
        }
    }

    @PostMapping("/admin/cities/{id}/unpublish")
    String unpublish(@PathVariable long id, @RequestParam int seenRevision, Principal principal,
            RedirectAttributes redirect) {
        return act(id, redirect, "unpublished", () -> editor.unpublish(id, seenRevision, principal.getName()));
    }

    @PostMapping("/admin/cities/{id}/delete")
    String delete(@PathVariable long id, @RequestParam int seenRevision, Principal principal,
            RedirectAttributes redirect) {
        try {
            editor.delete(id, seenRevision, principal.getName());
        } catch (CityEditor.StaleException | ObjectOptimisticLockingFailureException stale) {
            redirect.addFlashAttribute("stale", true);
            return "redirect:/admin/cities/" + id;
        }
        redirect.addFlashAttribute("deleted", true);
        return "redirect:/admin";
    }

    private String act(long id, RedirectAttributes redirect, String done, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute(done, true);
        } catch (CityEditor.StaleException | ObjectOptimisticLockingFailureException stale) {
            redirect.addFlashAttribute("stale", true);
        } catch (CityEditor.SlugTakenException | DataIntegrityViolationException taken) {
            redirect.addFlashAttribute("slugTaken", true);
        }
        return "redirect:/admin/cities/" + id;
    }
}
