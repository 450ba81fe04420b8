package dk.aarhus.sistercities.search;

import dk.aarhus.sistercities.cache.ContentGeneration;
import dk.aarhus.sistercities.content.Language;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Answers a search without Spring Security, MVC or the page layout: those made two thirds of a search's cost, and
 * all of it is the same for every query. Once per language and content generation the search page is rendered the
 * usual way, through the whole chain, for a query no one makes ({@link SearchShell#SENTINEL}); that page, cut where
 * the query and its results go, is the {@link SearchShell}. Every other search is that shell with the visitor's
 * query, escaped as the template escapes it, and the results rendered by the template's own {@code outcome}
 * fragment. A publish moves the generation on and the next search makes the shell again, so a search is never
 * older than the last publish, like every page. Searches it does not take (an empty query, other parameters) go
 * down the chain as before.
 */
class SearchResponder extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(SearchResponder.class);
    /** The searches it answers: only the query, as the page cache keeps them. */
    private static final Pattern QUERY_ONLY = Pattern.compile("q=[^&]{0,400}");
    /** Headers the servlet container sets for every answer itself. */
    private static final Set<String> NOT_REPLAYED = Set.of("content-length", "date", "transfer-encoding");

    private final SearchService search;
    private final ITemplateEngine templates;
    private final ContentGeneration generation;
    private final Map<Language, SearchShell> shells = new ConcurrentHashMap<>();

    SearchResponder(SearchService search, ITemplateEngine templates, ContentGeneration generation) {
        this.search = search;
        this.templates = templates;
        this.generation = generation;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String queryString = request.getQueryString();
        boolean get = "GET".equals(request.getMethod());
        if (!(get || "HEAD".equals(request.getMethod())) || queryString == null
                || !QUERY_ONLY.matcher(queryString).matches()) {
            chain.doFilter(request, response);
            return;
        }
        Query query = Query.of(request.getParameter("q"));
        if (query.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        Language language = request.getRequestURI().startsWith("/da/") ? Language.DA : Language.EN;
        long now = generation.current();
        SearchShell shell = shells.get(language);
        if (shell == null || shell.generation() != now) {
            if (!get) {
                chain.doFilter(request, response);
                return;
            }
            shell = renderShell(language, now, request, response, chain);
            if (shell == null) {
                return;
            }
        }
        String outcome = outcome(language, search.page(language, query));
        byte[] body = shell.page(query.text(), queryString, outcome).getBytes(StandardCharsets.UTF_8);
        shell.headers().forEach(response::setHeader);
        response.setStatus(HttpServletResponse.SC_OK);
        response.setLocale(shell.locale());
        response.setContentType(shell.contentType());
        response.setContentLength(body.length);
        if (get) {
            response.getOutputStream().write(body);
        }
    }

    /** The shell kept for the language, if any (for tests: that searches are answered from it). */
    SearchShell shell(Language language) {
        return shells.get(language);
    }

    /** The results part of the page, from the template's {@code outcome} fragment. */
    private String outcome(Language language, SearchPage page) {
        Context context = new Context(language.locale());
        context.setVariable("search", page);
        // As PageContext.homePath: the overview of the language.
        context.setVariable("homePath", "/" + language.code());
        return templates.process("search/fragments", Set.of("outcome"), context);
    }

    /**
     * Renders the search page for the sentinel query through the rest of the chain, and cuts it into a shell; null
     * (and the chain's answer, whatever it was, sent as is) when that page was not a plain 200 or could not be cut.
     * The shell is kept only if no publish committed meanwhile (like a page in the page cache).
     */
    private SearchShell renderShell(Language language, long now, HttpServletRequest request,
            HttpServletResponse response, FilterChain chain) throws ServletException, IOException {
        Set<String> outerHeaders = Set.copyOf(response.getHeaderNames());
        ContentCachingResponseWrapper rendered = new ContentCachingResponseWrapper(response);
        chain.doFilter(new SentinelSearch(request), rendered);
        Map<String, String> headers = new LinkedHashMap<>();
        for (String name : rendered.getHeaderNames()) {
            if (!outerHeaders.contains(name) && !NOT_REPLAYED.contains(name.toLowerCase(Locale.ROOT))) {
                headers.put(name, rendered.getHeader(name));
            }
        }
        if (rendered.getStatus() != HttpServletResponse.SC_OK || rendered.getContentType() == null
                || headers.containsKey("Set-Cookie")) {
            // Not a page (an error page, which never shows the query): the visitor gets it as it is.
            rendered.copyBodyToResponse();
            return null;
        }
        String page = new String(rendered.getContentAsByteArray(), StandardCharsets.UTF_8);
        String outcome = outcome(language, SearchPage.found(SearchShell.SENTINEL_QUERY, List.of()));
        SearchShell shell = SearchShell.cut(now, page, outcome, rendered.getContentType(), rendered.getLocale(),
                headers);
        rendered.resetBuffer();
        if (shell == null) {
            // The template changed in a way the cut does not know: a defect (SearchResponderTest), not the visitor's.
            log.error("The search page could not be cut where the query and its results go");
            response.setHeader("Retry-After", "1");
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            return null;
        }
        if (generation.current() == now) {
            shells.put(language, shell);
        }
        return shell;
    }

    /** The visitor's search request, asking for the sentinel query instead. */
    private static final class SentinelSearch extends HttpServletRequestWrapper {

        SentinelSearch(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getQueryString() {
            return "q=" + SearchShell.SENTINEL;
        }

        @Override
        public String getParameter(String name) {
            return "q".equals(name) ? SearchShell.SENTINEL : null;
        }

        @Override
        public String[] getParameterValues(String name) {
            return "q".equals(name) ? new String[] {SearchShell.SENTINEL} : null;
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Map.of("q", new String[] {SearchShell.SENTINEL});
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(Set.of("q"));
        }
    }
}
