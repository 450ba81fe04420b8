package dk.aarhus.sistercities.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows password guessing down with growing delays: after {@value #FREE_FAILURES_PER_USERNAME} failed logins
 * for one user name (since its last login), or {@value #FREE_FAILURES_PER_ADDRESS} from one address, within
 * {@link #MEMORY}, the next attempt waits {@link #FIRST_DELAY} after the newest failure, and each further
 * failure doubles the wait, up to {@link #LONGEST_DELAY}: a guesser gets about a hundred tries a day per user
 * name, never more. An attempt refused while waiting costs nothing and does not lengthen the wait.
 * <p>
 * Unknown user names are counted like known ones, so the answer tells nothing about which exist. The
 * failures are read from the audit log, so every instance on the database sees the same count. The wait
 * stops strangers, not the editor: {@link LoginCheck} lets a known browser, or a right code of the
 * account's authenticator app, through.
 */
@Component
class LoginThrottle {

    static final int FREE_FAILURES_PER_USERNAME = 5;
    static final int FREE_FAILURES_PER_ADDRESS = 20;
    static final Duration FIRST_DELAY = Duration.ofMinutes(1);
    static final Duration LONGEST_DELAY = Duration.ofMinutes(15);
    static final Duration MEMORY = Duration.ofHours(24);
    /** Failures counted beyond the free ones: the doublings to the longest wait, and one more. */
    private static final int DOUBLINGS = 5;

    private final AuditEntryRepository entries;
    private final Clock clock;

    LoginThrottle(AuditEntryRepository entries, Clock clock) {
        this.entries = entries;
        this.clock = clock;
    }

    /** How long the next attempt must wait, or empty when it may go ahead. */
    @Transactional(readOnly = true)
    Optional<Duration> waitBeforeNextAttempt(String username, String remoteAddress) {
        Instant now = clock.instant();
        Instant since = now.minus(MEMORY);
        // A successful login wipes the user name's slate: earlier typos no longer count against it.
        Instant sinceLastLogin = entries.timesByActor(AuditEvent.LOGIN, username, since, Limit.of(1)).stream()
                .findFirst().orElse(since);
        Duration wait = waitFor(entries.timesByActor(AuditEvent.LOGIN_FAILED, username, sinceLastLogin,
                Limit.of(FREE_FAILURES_PER_USERNAME + DOUBLINGS)), FREE_FAILURES_PER_USERNAME, now);
        if (remoteAddress != null) {
            Duration addressWait = waitFor(entries.timesByAddress(AuditEvent.LOGIN_FAILED, remoteAddress, since,
                    Limit.of(FREE_FAILURES_PER_ADDRESS + DOUBLINGS)), FREE_FAILURES_PER_ADDRESS, now);
            wait = addressWait.compareTo(wait) > 0 ? addressWait : wait;
        }
        return wait.compareTo(Duration.ZERO) > 0 ? Optional.of(wait) : Optional.empty();
    }

    /** The wait after so many failures: none while they are free, then one minute, doubling, at most 15. */
    static Duration delayAfter(int failures, int free) {
        if (failures < free) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - free, DOUBLINGS);
        Duration delay = FIRST_DELAY.multipliedBy(1L << doublings);
        return delay.compareTo(LONGEST_DELAY) > 0 ? LONGEST_DELAY : delay;
    }

    /** Given the newest failures first: the wait after the newest one, less the time since. */
    private static Duration waitFor(List<Instant> newestFailures, int free, Instant now) {
        if (newestFailures.isEmpty()) {
            return Duration.ZERO;
        }
        Duration delay = delayAfter(newestFailures.size(), free);
        if (delay.isZero()) {
            // Not "the newest failure plus nothing": the database may round its time up past now (microseconds).
            return Duration.ZERO;
        }
        Duration left = Duration.between(now, newestFailures.get(0).plus(delay));
        return left.isNegative() ? Duration.ZERO : left;
    }
}
