package dk.aarhus.sistercities.account;

import java.time.Duration;

/**
 * A wrong code of the authenticator app typed while the login waits: answered like any try while waiting,
 * recorded as {@link AuditEvent#LOGIN_WAIT_CODE_FAILED}, which the codes' limit counts.
 */
class WrongCodeWhileWaitingException extends LoginThrottledException {

    WrongCodeWhileWaitingException(Duration wait) {
        super(wait);
    }
}
