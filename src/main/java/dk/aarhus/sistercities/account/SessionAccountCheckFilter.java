package dk.aarhus.sistercities.account;

import dk.aarhus.sistercities.content.EditorLanguage;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session whose account was disabled, whose password was reset or whose role was changed since it
 * logged in, on
 * whichever instance that happened: disabling an account takes effect at its next request, not when
 * its session times out. The same row gives the request the editor's admin language ({@link EditorLanguage}).
 * Costs one look-up by user name per editor request. Every login here makes
 * an {@link AccountUser}; other principals (spring-security-test's mock users) are left alone.
 */
final class SessionAccountCheckFilter extends OncePerRequestFilter {

    private final AccountRepository accounts;
    private final AuditLog auditLog;
    private final AuthenticationTrustResolver trustResolver = new AuthenticationTrustResolverImpl();
    private final SecurityContextLogoutHandler logout = new SecurityContextLogoutHandler();

    SessionAccountCheckFilter(AccountRepository accounts, AuditLog auditLog) {
        this.accounts = accounts;
        this.auditLog = auditLog;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (trustResolver.isAuthenticated(authentication) && authentication.getPrincipal() instanceof AccountUser user) {
            Optional<Account> account = accounts.findByUsername(user.getUsername());
            if (stillValid(account, user)) {
                // Read here, with the row this filter reads anyway: a choice made in another session counts at once.
                EditorLanguage.set(request, account.get().adminLanguage());
            } else {
                // Anonymous from here on: the request goes on and is sent to the login page.
                logout.logout(request, response, authentication);
                auditLog.record(AuditEvent.LOGOUT, user.getUsername(),
                        "session ended: account disabled, password reset or role changed");
            }
        }
        chain.doFilter(request, response);
    }

    private static boolean stillValid(Optional<Account> account, AccountUser user) {
        return account.isPresent() && account.get().isEnabled()
                && !account.get().getPasswordChangedAt().isAfter(user.passwordChangedAt())
                && account.get().getRole() == user.role();
    }
}
