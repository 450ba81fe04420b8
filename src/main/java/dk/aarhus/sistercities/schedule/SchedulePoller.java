package dk.aarhus.sistercities.schedule;

import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.data.domain.Limit;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Carries out due steps, on every instance every few seconds ({@code sistercities.schedule.poll-interval}).
 * Each step is claimed by a conditional update in the same transaction as its publish: of several instances
 * exactly one updates the row and publishes; a crash before the commit leaves both undone for the next poll.
 * A step that is refused is claimed again in a transaction of its own, with the reason, and reported.
 */
@Component
public class SchedulePoller {

    private static final Logger log = LoggerFactory.getLogger(SchedulePoller.class);
    /** At most this many steps a poll; the rest wait for the next one. */
    private static final int BATCH = 20;

    private final ScheduledActionRepository actions;
    private final ScheduledWork work;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final boolean enabled;

    SchedulePoller(ScheduledActionRepository actions, ScheduledWork work, TransactionTemplate transactions,
            ApplicationEventPublisher events, Clock clock,
            @Value("${sistercities.schedule.enabled:true}") boolean enabled) {
        this.actions = actions;
        this.work = work;
        this.transactions = transactions;
        this.events = events;
        this.clock = clock;
        this.enabled = enabled;
    }

    @Scheduled(fixedDelayString = "${sistercities.schedule.poll-interval:5s}",
            initialDelayString = "${sistercities.schedule.poll-interval:5s}")
    void poll() {
        if (!enabled) {
            return;
        }
        try {
            runDue();
        } catch (RuntimeException e) {
            // The database is away for a moment: the steps stay due and the next poll tries again.
            log.warn("Could not carry out the scheduled steps", e);
        }
    }

    /** Carries out the steps due now that no other instance has; answers how many this instance did. */
    public int runDue() {
        Instant now = clock.instant();
        int done = 0;
        for (Long id : actions.dueIds(now, Limit.of(BATCH))) {
            try {
                if (Boolean.TRUE.equals(transactions.execute(status -> carryOut(id, now)))) {
                    done++;
                }
            } catch (TransientDataAccessException | DataAccessResourceFailureException
                    | CannotCreateTransactionException busy) {
                // Another instance holds the row, an editor's save crossed the publish, or the database is away
                // for a moment: nothing was done, and the next poll tries again.
                log.debug("Scheduled step {} not carried out now", id, busy);
            } catch (RuntimeException refused) {
                transactions.executeWithoutResult(status -> refuse(id, now, refused));
            }
        }
        return done;
    }

    private boolean carryOut(long id, Instant now) {
        if (actions.claim(id, now, ScheduledAction.Outcome.DONE) != 1) {
            return false;
        }
        ScheduledAction action = actions.findById(id).orElseThrow();
        switch (action.getAction()) {
            case PUBLISH -> work.publish(action.getSubjectKind(), action.getSubjectKey(), action.getRevision(),
                    action.getCreatedBy());
            case UNPUBLISH -> work.unpublish(action.getSubjectKind(), action.getSubjectKey(), action.getCreatedBy());
        }
        return true;
    }

    private void refuse(long id, Instant now, RuntimeException failure) {
        ScheduledAction action = actions.findById(id).orElseThrow();
        ScheduledAction.Outcome outcome = work.refusal(action.getSubjectKind(), failure);
        if (actions.claim(id, now, outcome) == 1) {
            if (outcome == ScheduledAction.Outcome.FAILED) {
                log.warn("Scheduled step {} failed", id, failure);
            }
            events.publishEvent(new Schedules.ScheduleRefused(action.getSubjectKind() + "/" + action.getSubjectKey()
                    + " " + action.getAction() + " #" + action.getRevision(), outcome, action.getCreatedBy()));
        }
    }
}
