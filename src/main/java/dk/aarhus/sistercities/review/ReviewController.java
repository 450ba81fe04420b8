package dk.aarhus.sistercities.review;

import dk.aarhus.sistercities.account.CurrentEditor;
import dk.aarhus.sistercities.revision.RevisionSubject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The review queue and its steps: send a draft (from its form), withdraw, approve, reject with a comment. The
 * rules are {@link ReviewWorkflow}'s; this says how each answer looks.
 */
@Controller
@RequestMapping("/admin/reviews")
class ReviewController {

    private static final String QUEUE = "redirect:/admin/reviews";
    private static final String ID = "/{id:[0-9]{1,18}}";
    /** Flash attributes the pages show once: a success and a refusal, each a message key. */
    static final String NOTICE = "reviewNotice";
    static final String WARNING = "reviewWarning";

    private final ReviewWorkflow workflow;
    private final ReviewViews views;

    ReviewController(ReviewWorkflow workflow, ReviewViews views) {
        this.workflow = workflow;
        this.views = views;
    }

    @GetMapping
    String queue(Model model) {
        model.addAttribute("items", views.queue());
        return "review/queue";
    }

    @GetMapping(ID)
    String review(@PathVariable long id, Model model) {
        model.addAttribute("item", views.waiting(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
        return "review/review";
    }

    @PostMapping
    String submit(@RequestParam String kind, @RequestParam String key, @RequestParam int seenRevision,
            @RequestParam(required = false) String comment, RedirectAttributes redirect) {
        if (!workflow.knows(kind) || key.length() > 100) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        String form = workflow.kind(kind).describe(key)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)).formPath();
        try {
            workflow.submit(new RevisionSubject(kind, key), seenRevision, comment, editor());
            redirect.addFlashAttribute(NOTICE, "review.banner.submitted");
        } catch (ReviewRefusedException refused) {
            redirect.addFlashAttribute(WARNING, refused.messageKey());
            redirect.addFlashAttribute("reviewComment", ReviewComments.kept(comment));
        } catch (DataIntegrityViolationException sentMeanwhile) {
            redirect.addFlashAttribute(WARNING, "review.refused.already-waiting");
        }
        return "redirect:" + form;
    }

    @PostMapping(ID + "/withdraw")
    String withdraw(@PathVariable long id, RedirectAttributes redirect) {
        return decided(id, redirect, "review.banner.withdrawn", () -> workflow.withdraw(id, editor()), true);
    }

    @PostMapping(ID + "/approve")
    String approve(@PathVariable long id, RedirectAttributes redirect) {
        return decided(id, redirect, "review.banner.approved", () -> workflow.approve(id, editor()), false);
    }

    @PostMapping(ID + "/reject")
    String reject(@PathVariable long id, @RequestParam(required = false) String comment, Model model,
            RedirectAttributes redirect) {
        try {
            workflow.reject(id, comment, editor());
        } catch (ReviewRefusedException refused) {
            if (!refused.messageKey().startsWith("review.refused.comment")) {
                redirect.addFlashAttribute(WARNING, refused.messageKey());
                return QUEUE;
            }
            // The form again, with its error and what was typed.
            model.addAttribute("item", views.waiting(id)
                    .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
            model.addAttribute("commentError", refused.messageKey());
            model.addAttribute("comment", ReviewComments.kept(comment));
            return "review/review";
        } catch (ObjectOptimisticLockingFailureException decidedMeanwhile) {
            redirect.addFlashAttribute(WARNING, "review.refused.decided");
            return QUEUE;
        }
        redirect.addFlashAttribute(NOTICE, "review.banner.rejected");
        return QUEUE;
    }

    /** After a step: the queue (or, for a withdrawal, the form) with a banner; a refusal back where it came from. */
    private String decided(long id, RedirectAttributes redirect, String done, Step step, boolean toForm) {
        try {
            RevisionSubject subject = step.take();
            redirect.addFlashAttribute(NOTICE, done);
            return toForm ? workflow.kind(subject.kind()).describe(subject.key())
                    .map(described -> "redirect:" + described.formPath()).orElse(QUEUE) : QUEUE;
        } catch (ReviewRefusedException refused) {
            redirect.addFlashAttribute(WARNING, refused.messageKey());
        } catch (ObjectOptimisticLockingFailureException decidedMeanwhile) {
            redirect.addFlashAttribute(WARNING, "review.refused.decided");
        }
        return views.waiting(id).isPresent() ? "redirect:/admin/reviews/" + id : QUEUE;
    }

    @ExceptionHandler(PublishingRefusedException.class)
    void refused(HttpServletRequest request, HttpServletResponse response) throws IOException {
        PublishingRightsInterceptor.refuse(request, response);
    }

    private interface Step {
        RevisionSubject take();
    }

    private static CurrentEditor editor() {
        return CurrentEditor.current().orElseThrow();
    }
}
