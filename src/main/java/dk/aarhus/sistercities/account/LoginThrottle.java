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
 * name, never more. An attempt refused while waiting costs nothing and does not lengthen the wait. A wrong
 * code of the authenticator app after the right password is a failure like a wrong password.
 * <p>
 * Codes have a limit of their own, as a guesser who has the password needs only the six digits: after
 * {@value #WRONG_CODES_PER_USERNAME} wrong codes for one user name, or {@value #WRONG_CODES_PER_ADDRESS} from one
 * address, within {@link #MEMORY}, no code is looked at any more ({@link #codesCheckedWhileWaiting},
 * {@link #codesCheckedAfterPassword}): at most about ten guesses a day of a million codes, so a hit is
 * expected after some ninety years. Wrong codes typed while the login waits (no password looked at, so
 * anyone can type them) stop only the codes typed while waiting, never the code after the right password:
 * strangers cannot keep an editor out who has their password and their phone.
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
    static final int WRONG_CODES_PER_USERNAME = 5;
    static final int WRONG_CODES_PER_ADDRESS = 10;
    /** What the password's wait counts: wrong passwords, and wrong codes after a right one. */
    private static final List<AuditEvent> FAILURES = List.of(AuditEvent.LOGIN_FAILED, AuditEvent.LOGIN_CODE_FAILED);
    private static final List<AuditEvent> CODES_AFTER_PASSWORD = List.of(AuditEvent.LOGIN_CODE_FAILED);
    private static final List<AuditEvent> ANY_WRONG_CODE = List.of(AuditEvent.LOGIN_CODE_FAILED,
            AuditEvent.LOGIN_WAIT_CODE_FAILED);
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
        Duration wait = waitFor(entries.timesOfAnyByActor(FAILURES, username, sinceLastLogin,
                Limit.of(FREE_FAILURES_PER_USERNAME + DOUBLINGS)), FREE_FAILURES_PER_USERNAME, now);
        if (remoteAddress != null) {
            Duration addressWait = waitFor(entries.timesOfAnyByAddress(FAILURES, remoteAddress, since,
                    Limit.of(FREE_FAILURES_PER_ADDRESS + DOUBLINGS)), FREE_FAILURES_PER_ADDRESS, now);
            wait = addressWait.compareTo(wait) > 0 ? addressWait : wait;
        }
        return wait.compareTo(Duration.ZERO) > 0 ? Optional.of(wait) : Optional.empty();
    }

    /** Whether a code typed while the login waits is still looked at: not after a few wrong ones of any kind. */
    @Transactional(readOnly = true)
    boolean codesCheckedWhileWaiting(String username, String remoteAddress) {
        return fewWrongCodes(ANY_WRONG_CODE, username, remoteAddress);
    }

    /**
     * Whether a code after the right password is still looked at: not after a few wrong ones after the
     * password, which only someone who has the password can type. A successful login does not reset it.
     */
    @Transactional(readOnly = true)
    boolean codesCheckedAfterPassword(String username, String remoteAddress) {
        return fewWrongCodes(CODES_AFTER_PASSWORD, username, remoteAddress);
    }

    private boolean fewWrongCodes(List<AuditEvent> kinds, String username, String remoteAddress) {
        Instant since = clock.instant().minus(MEMORY);
        if (entries.timesOfAnyByActor(kinds, username, since, Limit.of(WRONG_CODES_PER_USERNAME)).size()
                >= WRONG_CODES_PER_USERNAME) {
            return false;
        }
        return remoteAddress == null || entries.timesOfAnyByAddress(kinds, remoteAddress, since,
                Limit.of(WRONG_CODES_PER_ADDRESS)).size() < WRONG_CODES_PER_ADDRESS;
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
