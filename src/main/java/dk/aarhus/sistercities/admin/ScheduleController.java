package dk.aarhus.sistercities.admin;

import dk.aarhus.sistercities.contact.ContactContent;
import dk.aarhus.sistercities.schedule.ScheduledAction;
import dk.aarhus.sistercities.schedule.Schedules;
import java.security.Principal;
import java.time.Clock;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Schedules a publish (of the revision the form was opened on) and a take-off, and cancels them. The form sits
 * on each subject's own form ({@code fragments/schedule}); a refused one answers with a page of its own
 * that shows what was wrong and keeps what was typed.
 */
@Controller
class ScheduleController {

    static final String FORM = "scheduleForm";

    private final Schedules schedules;
    private final ScheduledPublishing publishing;
    private final Clock clock;

    ScheduleController(Schedules schedules, ScheduledPublishing publishing, Clock clock) {
        this.schedules = schedules;
        this.publishing = publishing;
        this.clock = clock;
    }

    @PostMapping("/admin/schedules")
    String schedule(@ModelAttribute(FORM) ScheduleForm form, BindingResult result, Principal principal, Model model,
            RedirectAttributes redirect) {
        ScheduledPublishing.Subject subject = publishing.subject(form.getKind(), form.getKey());
        if (!publishing.mayPublish(principal)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        if (form.getSeenRevision() == null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        model.addAttribute("subject", subject);
        if (form.getSeenRevision() != subject.draftRevision()) {
            model.addAttribute("stale", true);
            return "admin/schedule";
        }
        ScheduleForm.Moments moments = form.check(result, clock.instant());
        if (!result.hasErrors() && moments.publishAt() == null && !subject.live()
                && schedules.pending(subject.kind(), subject.key()).stream()
                        .noneMatch(a -> a.getAction() == ScheduledAction.Kind.PUBLISH)) {
            result.rejectValue("unpublishDate", "schedule.error.not-live");
        }
        if (!result.hasErrors() && moments.unpublishAt() != null && ScheduledPublishing.CONTACT.equals(subject.kind())
                && ContactContent.GENERAL.equals(subject.key())) {
            result.rejectValue("unpublishDate", "schedule.error.general-contact"); // it can never be taken off
        }
        if (result.hasErrors()) {
            return "admin/schedule";
        }
        try {
            schedules.schedule(subject.kind(), subject.key(), subject.draftRevision(), moments.publishAt(),
                    moments.unpublishAt(), principal.getName());
        } catch (Schedules.AlreadyScheduledException already) {
            result.rejectValue(already.kind() == ScheduledAction.Kind.PUBLISH ? "publishDate" : "unpublishDate",
                    "schedule.error.already");
            return "admin/schedule";
        }
        redirect.addFlashAttribute("scheduled", true);
        return "redirect:" + subject.formPath() + "#schedule";
    }

    /** Cancels a pending step; {@code seenRevision} is the revision the step was shown with. */
    @PostMapping("/admin/schedules/{id}/cancel")
    String cancel(@PathVariable long id, @RequestParam int seenRevision, Principal principal,
            RedirectAttributes redirect) {
        ScheduledAction action = schedules.find(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        ScheduledPublishing.Subject subject = publishing.subject(action.getSubjectKind(), action.getSubjectKey());
        if (!publishing.mayPublish(principal)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        boolean cancelled = action.getRevision() == seenRevision && schedules.cancel(id, principal.getName());
        redirect.addFlashAttribute(cancelled ? "scheduleCancelled" : "scheduleNotCancelled", true);
        return "redirect:" + subject.formPath() + "#schedule";
    }
}
