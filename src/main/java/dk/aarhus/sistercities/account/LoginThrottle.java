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
 * Slows down password guessing: after {@value #MAX_FAILURES_PER_USERNAME} failed logins for one
 * user name, or {@value #MAX_FAILURES_PER_ADDRESS} from one address, within {@link #WINDOW}, further
 * attempts are refused until the oldest of those failures has left the window. Unknown user names
 * are counted like known ones, so the answer tells nothing about which exist. The failures are
 * read from the audit log, so every instance on the same database sees the same count.
 */
@Component
class LoginThrottle {

    static final int MAX_FAILURES_PER_USERNAME = 5;
    static final int MAX_FAILURES_PER_ADDRESS = 20;
    static final Duration WINDOW = Duration.ofMinutes(15);

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
        Instant windowStart = now.minus(WINDOW);
        // A successful login wipes the user name's slate: earlier typos no longer count against it.
        Instant sinceLastLogin = entries.timesByActor(AuditEvent.LOGIN, username, windowStart, Limit.of(1)).stream()
                .findFirst().orElse(windowStart);
        Duration wait = waitFor(entries.timesByActor(AuditEvent.LOGIN_FAILED, username, sinceLastLogin,
                Limit.of(MAX_FAILURES_PER_USERNAME)), MAX_FAILURES_PER_USERNAME, now);
        if (remoteAddress != null) {
            Duration addressWait = waitFor(entries.timesByAddress(AuditEvent.LOGIN_FAILED, remoteAddress, windowStart,
                    Limit.of(MAX_FAILURES_PER_ADDRESS)), MAX_FAILURES_PER_ADDRESS, now);
            wait = addressWait.compareTo(wait) > 0 ? addressWait : wait;
        }
        return wait.compareTo(Duration.ZERO) > 0 ? Optional.of(wait) : Optional.empty();
    }

    /** Given the newest failures first: zero while fewer than the limit, else until the oldest counted one expires. */
    private static Duration waitFor(List<Instant> newestFailures, int limit, Instant now) {
        if (newestFailures.size() < limit) {
            return Duration.ZERO;
        }
        return Duration.between(now, newestFailures.get(limit - 1).plus(WINDOW));
    }
}
