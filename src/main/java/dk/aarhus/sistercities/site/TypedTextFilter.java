package dk.aarhus.sistercities.site;

import dk.aarhus.sistercities.content.TypedText;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every parameter a form or an address gives the application is cleaned of control characters
 * first (see {@link TypedText}), before Spring Security reads a login or a controller binds a form:
 * what an editor sees again in the form is what will be stored, on H2 and PostgreSQL alike. A request
 * without parameters (most page views) passes untouched.
 */
final class TypedTextFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean mayHaveParameters = request.getQueryString() != null || request.getContentType() != null;
        chain.doFilter(mayHaveParameters ? new Cleaned(request) : request, response);
    }

    private static final class Cleaned extends HttpServletRequestWrapper {

        private Map<String, String[]> parameters;
        /** What {@link #parameters} was cleaned from: a forward with parameters of its own (admin/SaveAndPublish)
         * puts a merged map underneath, which must be seen. */
        private Map<String, String[]> cleanedFrom;

        Cleaned(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getParameter(String name) {
            String[] values = getParameterMap().get(name);
            return values == null || values.length == 0 ? null : values[0];
        }

        @Override
        public String[] getParameterValues(String name) {
            String[] values = getParameterMap().get(name);
            return values == null ? null : values.clone();
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            Map<String, String[]> raw = super.getParameterMap();
            if (parameters == null || raw != cleanedFrom) {
                Map<String, String[]> cleaned = new LinkedHashMap<>();
                raw.forEach((name, values) -> {
                    String[] copy = new String[values.length];
                    for (int i = 0; i < values.length; i++) {
                        copy[i] = TypedText.clean(values[i]);
                    }
                    cleaned.put(TypedText.clean(name), copy);
                });
                parameters = java.util.Collections.unmodifiableMap(cleaned);
                cleanedFrom = raw;
            }
            return parameters;
        }

        @Override
        public java.util.Enumeration<String> getParameterNames() {
            return java.util.Collections.enumeration(getParameterMap().keySet());
        }
    }
}
