package dk.aarhus.sistercities.account;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/** A login refused without looking at the password, because of too many recent failures. */
class LoginThrottledException extends AuthenticationException {

    private final long minutes;

    LoginThrottledException(Duration wait) {
        super("Too many failed logins; wait " + wait);
        this.minutes = Math.max(1, (wait.toSeconds() + 59) / 60);
    }

    /** The wait in whole minutes, rounded up, as the login page tells it. */
    long minutes() {
        return minutes;
    }
}
