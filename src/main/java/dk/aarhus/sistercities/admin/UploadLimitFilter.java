package dk.aarhus.sistercities.admin;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * An upload beyond the servlet container's multipart limits ({@code spring.servlet.multipart.*}) fails
 * while the request is read, before Spring Security or a controller sees it, and would end on the
 * generic error page. This filter reads the parts of the import and of the image uploads first (the container
 * would read them for the CSRF check anyway) and sends an upload that is too large back to its form, which says
 * how large a file may be.
 */
class UploadLimitFilter extends OncePerRequestFilter {

    static final String IMPORT = "/admin/backup/import";
    private static final java.util.regex.Pattern IMAGE = java.util.regex.Pattern.compile("/admin/images(/[0-9]{1,18})?");
    /** The forms that upload an image from themselves: a city's, an activity's, a page's (new or existing). */
    private static final java.util.regex.Pattern CONTENT = java.util.regex.Pattern.compile(
            "/admin/(cities/([0-9]{1,18}|new)|activities/[a-z0-9-]{1,60}|pages/[a-z0-9-]{1,40})");

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String contentType = request.getContentType();
        return !"POST".equals(request.getMethod()) || formAfterRefusal(request.getRequestURI()) == null
                || contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("multipart/")
                // Without a boundary there are no parts to read: refused further on, as a bad request.
                || !contentType.toLowerCase(Locale.ROOT).contains("boundary=");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            request.getParts();
        } catch (IllegalStateException | IOException | ServletException e) {
            if (tooLarge(e)) {
                response.sendRedirect(request.getContextPath() + formAfterRefusal(request.getRequestURI()) + "?tooLarge");
                return;
            }
            // Anything else malformed is refused further on, as a bad request.
        }
        chain.doFilter(request, response);
    }

    /** The form that says the upload was too large: the import's, a new image's, the image's own, or the content's. */
    private static String formAfterRefusal(String path) {
        if (IMPORT.equals(path)) {
            return "/admin/backup";
        }
        if (IMAGE.matcher(path).matches()) {
            return path.equals("/admin/images") ? "/admin/images/new" : path;
        }
        return CONTENT.matcher(path).matches() ? path : null;
    }

    private static boolean tooLarge(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String name = t.getClass().getSimpleName();
            String message = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
            if (name.contains("Count") || message.contains("count")) {
                return false; // too many parts, not too large: a bad request further on
            }
            if (name.contains("SizeLimitExceeded") || name.equals("SizeException") || message.contains("exceed")) {
                return true;
            }
        }
        return false;
    }

    @Configuration(proxyBeanMethods = false)
    static class Registration {

        /** Ahead of Spring Security's filters (order -100), which would read the parts for the CSRF token. */
        @Bean
        FilterRegistrationBean<UploadLimitFilter> uploadLimitFilter() {
            FilterRegistrationBean<UploadLimitFilter> registration = new FilterRegistrationBean<>(new UploadLimitFilter());
            registration.addUrlPatterns(IMPORT, "/admin/images", "/admin/images/*", "/admin/cities/*",
                    "/admin/activities/*", "/admin/pages/*");
            registration.setOrder(-110);
            return registration;
        }
    }
}
