package dk.aarhus.sistercities.account;

import java.util.Optional;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who is logged in on this request, as the editor layout shows it ({@code ${editor}} on every page).
 *
 * @param username    the account's user name: lower case, the name the audit log and revisions record
 * @param displayName the person's name, for people to read
 * @param admin       whether they may manage accounts and read the audit log
 */
public record CurrentEditor(String username, String displayName, boolean admin) {

    private static final AuthenticationTrustResolver TRUST = new AuthenticationTrustResolverImpl();

    /** The editor logged in on this request, if any. Reads the security context only: never creates a session. */
    public static Optional<CurrentEditor> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (!TRUST.isAuthenticated(authentication)) {
            return Optional.empty();
        }
        if (authentication.getPrincipal() instanceof AccountUser user) {
            return Optional.of(new CurrentEditor(user.getUsername(), user.displayName(), user.admin()));
        }
        boolean admin = authentication.getAuthorities().stream()
                .anyMatch(authority -> Role.ADMIN.authority().equals(authority.getAuthority()));
        return Optional.of(new CurrentEditor(authentication.getName(), authentication.getName(), admin));
    }
}
