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
 * @param role        what they may do
 */
public record CurrentEditor(String username, String displayName, Role role) {

    private static final AuthenticationTrustResolver TRUST = new AuthenticationTrustResolverImpl();

    /**
     * The editor logged in on this request, if any (not one whose login waits for its second factor). Reads
     * the security context only: never creates a session.
     */
    public static Optional<CurrentEditor> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (!TRUST.isAuthenticated(authentication) || LoginStep.of(authentication) != null) {
            return Optional.empty();
        }
        if (authentication.getPrincipal() instanceof AccountUser user) {
            return Optional.of(new CurrentEditor(user.getUsername(), user.displayName(), user.role()));
        }
        // Another principal (spring-security-test's mock users): the role its authorities name, the least if none.
        Role role = Role.EDITOR;
        for (Role candidate : Role.values()) {
            if (authentication.getAuthorities().stream().anyMatch(a -> candidate.authority().equals(a.getAuthority()))) {
                role = candidate;
            }
        }
        return Optional.of(new CurrentEditor(authentication.getName(), authentication.getName(), role));
    }

    /** Whether they may manage accounts, read the audit log and change the site's settings. */
    public boolean admin() {
        return role == Role.ADMIN;
    }
}
