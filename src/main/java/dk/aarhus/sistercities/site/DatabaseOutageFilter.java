package dk.aarhus.sistercities.site;

import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;

/**
 * While the database cannot be reached, a request that needs it gets a calm 503 with {@code Retry-After}
 * instead of an error page: a public page never rendered before (rendered ones still come from the page
 * cache, which stands ahead of this filter), and an editor's save, whose page keeps every field they
 * sent, ready to be sent again unchanged once the database is back (the session, and with it the CSRF
 * token, lives in the database and survives the outage). Nothing was written: the save's transaction
 * could not begin or was rolled back. It stands ahead of Spring Session and Spring Security, which need
 * the database for an editor's every request.
 */
class DatabaseOutageFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(DatabaseOutageFilter.class);
    /** Seconds a client is asked to wait: about as long as a database restart takes. */
    static final String RETRY_AFTER = "30";
    /** Fields never written back into a page: passwords, and the form's own machinery. */
    private static final List<String> NOT_SHOWN = List.of("password", "_csrf");

    private final ViewResolver views;
    private final LayoutAdvice layout;
    private final DatabaseOutage outage;

    DatabaseOutageFilter(ViewResolver views, LayoutAdvice layout, DatabaseOutage outage) {
        this.views = views;
        this.layout = layout;
        this.outage = outage;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException e) {
            if (response.isCommitted() || !outage.explains(e)) {
                throw e;
            }
            log.warn("The database cannot be reached: answered {} {} with 503 ({})", request.getMethod(),
                    request.getRequestURI(), e.toString());
            unavailable(request, response);
        }
    }

    private void unavailable(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        response.resetBuffer();
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER);
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        PageContext page = layout.page(request);
        Map<String, Object> model = new HashMap<>();
        model.put("page", page);
        model.put("paths", layout.paths());
        model.put("navigation", layout.navigation(request));
        model.put("status", HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        String template = "error/unavailable";
        if ("POST".equals(request.getMethod()) && request.getRequestURI().startsWith("/admin/")) {
            template = "error/not-saved";
            boolean multipart = request.getContentType() != null
                    && request.getContentType().toLowerCase(Locale.ROOT).startsWith("multipart/");
            model.put("action", request.getRequestURI());
            model.put("fields", fields(request));
            model.put("csrf", request.getParameter("_csrf"));
            model.put("multipart", multipart);
        }
        View view;
        try {
            view = views.resolveViewName(template, page.language().locale());
        } catch (Exception e) {
            throw new ServletException(e);
        }
        try {
            view.render(model, request, response);
        } catch (Exception e) {
            throw new ServletException("The outage page could not be rendered", e);
        }
    }

    /** What the editor sent, in order; passwords and the CSRF token are not among the shown fields. */
    private static List<Field> fields(HttpServletRequest request) {
        List<Field> fields = new ArrayList<>();
        request.getParameterMap().forEach((name, values) -> {
            if (NOT_SHOWN.stream().noneMatch(name.toLowerCase(Locale.ROOT)::contains)) {
                for (String value : values) {
                    fields.add(new Field(name, value));
                }
            }
        });
        return fields;
    }

    /** One value sent, under the form's name for it. */
    record Field(String name, String value) {
    }
}
