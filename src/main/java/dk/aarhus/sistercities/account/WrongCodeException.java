package dk.aarhus.sistercities.account;

import org.springframework.security.authentication.BadCredentialsException;

/**
 * A wrong code of the authenticator app with the right password: answered like a wrong password, recorded as
 * {@link AuditEvent#LOGIN_CODE_FAILED}, which both the password's wait and the codes' limit count.
 */
class WrongCodeException extends BadCredentialsException {

    WrongCodeException() {
        super("Wrong code of the authenticator app");
    }
}
