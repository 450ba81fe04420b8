package dk.aarhus.sistercities.account;

import java.util.List;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * A login half done: the password was right, and the second factor is still to come (its code, or setting
 * it up). Such a login holds only this step's authority, none of a role's, so it opens no editor page;
 * {@link SecondFactorGate} sends it to the page of its step.
 */
enum LoginStep {

    /** The code of the authenticator app (or a recovery code) is asked next. */
    CODE("/login/code"),
    /** The account must have a second factor and has none: it is set up next. */
    ENROLMENT("/admin/second-factor");

    private final String page;

    LoginStep(String page) {
        this.page = page;
    }

    String page() {
        return page;
    }

    String authority() {
        return "LOGIN_STEP_" + name();
    }

    Authentication of(AccountUser user) {
        return UsernamePasswordAuthenticationToken.authenticated(user, null, List.of(new SimpleGrantedAuthority(authority())));
    }

    /** The step a login is at, or null for a whole login (or none). */
    static LoginStep of(Authentication authentication) {
        if (authentication == null) {
            return null;
        }
        for (LoginStep step : values()) {
            if (authentication.getAuthorities().stream().anyMatch(a -> step.authority().equals(a.getAuthority()))) {
                return step;
            }
        }
        return null;
    }
}
