package dk.aarhus.sistercities.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Where a login goes after the password (the login form's success handler), and how a login half done
 * becomes whole after the second factor: the session gets the account's roles and a new id, is marked as
 * a login ({@link EditorSessions}), and the browser is remembered ({@link KnownDevices}).
 */
@Component
class LoginCompletion implements AuthenticationSuccessHandler {

    /** When the password was accepted: the second step must follow within {@link #SECOND_STEP_TIME}. */
    static final String PASSWORD_ACCEPTED_AT = "sistercities.login.password-accepted-at";
    static final Duration SECOND_STEP_TIME = Duration.ofMinutes(10);

    private final KnownDevices devices;
    private final AuditLog auditLog;
    private final Clock clock;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
    private final SavedRequestAwareAuthenticationSuccessHandler toWhereTheyWereGoing =
            new SavedRequestAwareAuthenticationSuccessHandler();

    LoginCompletion(KnownDevices devices, AuditLog auditLog, Clock clock) {
        this.devices = devices;
        this.auditLog = auditLog;
        this.clock = clock;
        toWhereTheyWereGoing.setDefaultTargetUrl(SecurityConfig.HOME);
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) throws IOException, jakarta.servlet.ServletException {
        LoginStep step = LoginStep.of(authentication);
        if (step != null) {
            request.getSession().setAttribute(PASSWORD_ACCEPTED_AT, clock.instant());
            response.sendRedirect(request.getContextPath() + step.page());
            return;
        }
        loggedIn(authentication.getName(), request, response);
        toWhereTheyWereGoing.onAuthenticationSuccess(request, response, authentication);
    }

    /** Whether the password of this half-done login was accepted recently enough for the second step. */
    boolean secondStepInTime(HttpServletRequest request) {
        Object accepted = request.getSession().getAttribute(PASSWORD_ACCEPTED_AT);
        return accepted instanceof Instant at && at.plus(SECOND_STEP_TIME).isAfter(clock.instant());
    }

    /** The second factor is done: the login becomes whole, in the audit log as a login. */
    void complete(Account account, HttpServletRequest request, HttpServletResponse response) {
        AccountUser user = new AccountUser(account);
        user.eraseCredentials();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(LoginCheck.whole(user));
        SecurityContextHolder.setContext(context);
        request.changeSessionId();
        request.getSession().removeAttribute(PASSWORD_ACCEPTED_AT);
        contexts.saveContext(context, request, response);
        auditLog.record(AuditEvent.LOGIN, account.getUsername(), "with second factor");
        loggedIn(account.getUsername(), request, response);
    }

    private void loggedIn(String username, HttpServletRequest request, HttpServletResponse response) {
        EditorSessions.loggedIn(request);
        devices.loggedIn(username, request, response);
    }
}
