package dk.aarhus.sistercities.account;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureDisabledEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Writes Spring Security's login and logout events to the audit log. The failed logins written
 * here are what {@link LoginThrottle} counts.
 */
@Component
class LoginAuditListener {

    private final AuditLog auditLog;

    LoginAuditListener(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    @EventListener
    void loggedIn(AuthenticationSuccessEvent event) {
        if (LoginStep.of(event.getAuthentication()) != null) {
            // Only the password so far: the login is recorded when its second step is done (LoginCompletion).
            return;
        }
        auditLog.record(AuditEvent.LOGIN, event.getAuthentication().getName(), null);
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        String username = Account.normalizeUsername(event.getAuthentication().getName());
        if (event.getException() instanceof WrongCodeWhileWaitingException) {
            auditLog.record(AuditEvent.LOGIN_WAIT_CODE_FAILED, username, null);
        } else if (event instanceof LoginThrottledEvent) {
            auditLog.record(AuditEvent.LOGIN_THROTTLED, username, null);
        } else if (event.getException() instanceof WrongCodeException) {
            auditLog.record(AuditEvent.LOGIN_CODE_FAILED, username, null);
        } else {
            // Only administrators read the log, so it may say what the login page never does.
            String detail = event instanceof AuthenticationFailureDisabledEvent ? "account disabled" : null;
            auditLog.record(AuditEvent.LOGIN_FAILED, username, detail);
        }
    }

    @EventListener
    void loggedOut(LogoutSuccessEvent event) {
        auditLog.record(AuditEvent.LOGOUT, event.getAuthentication().getName(), null);
    }
}
