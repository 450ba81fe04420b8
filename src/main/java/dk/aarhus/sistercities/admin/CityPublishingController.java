package dk.aarhus.sistercities.admin;

import java.security.Principal;
import java.util.ArrayList;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What changes what citizens see of a city: publish (refused while a fact cites no source), unpublish,
 * delete, each after its confirmation page ({@link RemovalController}). Each answers with the city's form and a banner.
 */
@Controller
class CityPublishingController {

    private final CityEditor editor;
    private final MessageSource messages;

    CityPublishingController(CityEditor editor, MessageSource messages) {
        this.editor = editor;
        this.messages = messages;
    }

    @PostMapping("/admin/cities/{id}/publish")
    String publish(@PathVariable long id, @RequestParam int seenRevision, Principal principal, Locale locale,
            RedirectAttributes redirect) {
        try {
            return act(id, redirect, "published", () -> editor.publish(id, seenRevision, principal.getName()));
        } catch (CityEditor.UncitedFactsException uncited) {
            redirect.addFlashAttribute("uncited", new ArrayList<>(uncited.facts().stream()
                    .map(fact -> uncitedLabel(fact, locale)).toList()));
            return "redirect:/admin/cities/" + id;
        }
    }

    /** "result.2" as the form names it: "Result 2". */
    private String uncitedLabel(String fact, Locale locale) {
        int dot = fact.indexOf('.');
        return dot < 0 ? messages.getMessage("field." + fact, null, locale)
                : messages.getMessage("admin.form." + fact.substring(0, dot) + "-n",
                        new Object[] {fact.substring(dot + 1)}, locale);
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
