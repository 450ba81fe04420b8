package dk.aarhus.sistercities.account;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps a login half done ({@link LoginStep}) on the page of its step: any other editor page leads there,
 * rather than to a "no access" page. Logging out, and the login page (to start again), stay open.
 */
final class SecondFactorGate extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        LoginStep step = LoginStep.of(SecurityContextHolder.getContext().getAuthentication());
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (step != null && !path.equals(SecurityConfig.LOGIN) && !path.equals("/logout")
                && !path.equals(step.page()) && !path.startsWith(step.page() + "/")
                && !(step == LoginStep.CODE && path.equals(LoginCodeController.RECOVERY))) {
            response.sendRedirect(request.getContextPath() + step.page());
            return;
        }
        chain.doFilter(request, response);
    }
}
