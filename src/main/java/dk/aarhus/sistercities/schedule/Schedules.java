package dk.aarhus.sistercities.schedule;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The editors' schedules: set (at most one pending publish and one pending take-off per subject), cancel,
 * and read for the forms, lists and histories. Carrying them out is {@link SchedulePoller}'s.
 */
@Service
public class Schedules {

    /** How many of a subject's schedules, done or not, its form lists. */
    static final int SHOWN = 10;

    /** An editor scheduled a step; the subject is e.g. {@code CITY/3 #7}. */
    public record ScheduleSet(String subject, String author) {
    }

    /** An editor cancelled a pending step. */
    public record ScheduleCancelled(String subject, String author) {
    }

    /** A due step was refused and not carried out (the outcome says why); the author is who scheduled it. */
    public record ScheduleRefused(String subject, ScheduledAction.Outcome outcome, String author) {
    }

    /** The subject already has a pending step of this kind: cancel it first. */
    public static final class AlreadyScheduledException extends RuntimeException {
        private final ScheduledAction.Kind kind;

        AlreadyScheduledException(ScheduledAction.Kind kind) {
            super("Already scheduled", null, false, false);
            this.kind = kind;
        }

        public ScheduledAction.Kind kind() {
            return kind;
        }
    }

    private final ScheduledActionRepository actions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Schedules(ScheduledActionRepository actions, ApplicationEventPublisher events, Clock clock) {
        this.actions = actions;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Schedules a publish of {@code revision} at {@code publishAt} and/or a take-off at {@code unpublishAt}
     * (either may be null, not both). The caller has checked the times and that the revision is the draft.
     */
    @Transactional
    public void schedule(String kind, String key, int revision, Instant publishAt, Instant unpublishAt,
            String author) {
        if (publishAt == null && unpublishAt == null) {
            throw new IllegalArgumentException("Nothing to schedule");
        }
        for (ScheduledAction pending : pending(kind, key)) {
            if ((pending.getAction() == ScheduledAction.Kind.PUBLISH && publishAt != null)
                    || (pending.getAction() == ScheduledAction.Kind.UNPUBLISH && unpublishAt != null)) {
                throw new AlreadyScheduledException(pending.getAction());
            }
        }
        Instant now = clock.instant();
        if (publishAt != null) {
            actions.save(new ScheduledAction(kind, key, ScheduledAction.Kind.PUBLISH, revision, publishAt, author, now));
        }
        if (unpublishAt != null) {
            actions.save(new ScheduledAction(kind, key, ScheduledAction.Kind.UNPUBLISH, revision, unpublishAt, author,
                    now));
        }
        events.publishEvent(new ScheduleSet(kind + "/" + key + " #" + revision, author));
    }

    /** Cancels a pending step; false when it was carried out or cancelled meanwhile. */
    @Transactional
    public boolean cancel(long id, String author) {
        Optional<ScheduledAction> action = actions.findById(id);
        if (action.isEmpty() || actions.cancel(id, clock.instant(), author) != 1) {
            return false;
        }
        ScheduledAction cancelled = action.get();
        events.publishEvent(new ScheduleCancelled(cancelled.getSubjectKind() + "/" + cancelled.getSubjectKey() + " "
                + cancelled.getAction() + " #" + cancelled.getRevision(), author));
        return true;
    }

    @Transactional(readOnly = true)
    public Optional<ScheduledAction> find(long id) {
        return actions.findById(id);
    }

    /** The subject's steps not yet carried out or cancelled. */
    @Transactional(readOnly = true)
    public List<ScheduledAction> pending(String kind, String key) {
        return actions.findBySubjectKindAndSubjectKeyAndDoneAtIsNullAndCancelledAtIsNull(kind, key);
    }

    /** The subject's newest steps (by due time), pending, done, refused or cancelled. */
    @Transactional(readOnly = true)
    public List<ScheduledAction> recent(String kind, String key) {
        return actions.findBySubjectKindAndSubjectKeyOrderByDueAtDescIdDesc(kind, key, Limit.of(SHOWN));
    }

    /** The pending steps of every subject of a kind, by key, soonest first: what a list shows. */
    @Transactional(readOnly = true)
    public Map<String, List<ScheduledAction>> pendingOf(String kind) {
        Map<String, List<ScheduledAction>> byKey = new LinkedHashMap<>();
        for (ScheduledAction action : actions.findBySubjectKindAndDoneAtIsNullAndCancelledAtIsNullOrderByDueAt(kind)) {
            byKey.computeIfAbsent(action.getSubjectKey(), k -> new java.util.ArrayList<>()).add(action);
        }
        return byKey;
    }
}
