package dk.aarhus.sistercities.cache;

import com.github.benmanes.caffeine.cache.Cache;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;
import org.springframework.http.HttpHeaders;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Serves public pages from memory. It stands ahead of Spring Security and MVC: a page whose
 * content has not changed is answered with stored bytes (gzipped when the client takes gzip), or
 * with 304 when the browser already has it. A miss renders as usual and stores the result, tagged
 * with the content generation it was rendered in; a publish moves the generation on, so no citizen
 * is ever served a page older than the last publish.
 */
class PageCacheFilter implements Filter {

    /**
     * The public pages: the language tree, except search (kept per query, below); and the open data's files,
     * made from the published content like the pages.
     */
    private static final Pattern PAGE =
            Pattern.compile("/(da|en)(/(?!search|soeg)[a-z0-9./-]{1,200})?|/data/[a-z0-9.-]{1,100}");
    /** The search pages: kept per exact query (what the page shows back), like the pages per generation. */
    private static final Pattern SEARCH = Pattern.compile("/(da/soeg|en/search)");
    private static final Pattern SEARCH_QUERY = Pattern.compile("q=[^&]{0,400}");
    /** Our assets, whose names carry a hash of their content. */
    private static final Pattern ASSET = Pattern.compile("/(css|js|flags)/[a-z0-9.-]{1,120}|/favicon[a-z0-9-]{0,40}\\.svg");
    private static final Set<String> NOT_REPLAYED = Set.of("set-cookie", "content-length", "date",
            "transfer-encoding", "content-encoding", "etag", "last-modified", "cache-control", "vary", "connection",
            // Sent only over HTTPS: the security headers filter sets it per request, never from the cache.
            "strict-transport-security");
    /** Pages: a browser or CDN may keep them but must ask each time, which a 304 makes cheap. */
    static final String PAGE_CACHE_CONTROL = "no-cache";
    /** RFC 9110's IMF-fixdate. */
    private static final DateTimeFormatter HTTP_DATE =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US).withZone(ZoneOffset.UTC);

    private final Cache<String, CachedPage> pages;
    private final Cache<String, CachedPage> searches;
    private final ContentGeneration generation;
    private final Clock clock;
    private final Counter hits;
    private final Counter misses;

    PageCacheFilter(Cache<String, CachedPage> pages, Cache<String, CachedPage> searches, ContentGeneration generation,
            MeterRegistry meters, Clock clock) {
        this.pages = pages;
        this.searches = searches;
        this.generation = generation;
        this.clock = clock;
        // Pages served from here never reach the HTTP request observation (it stands behind this filter).
        this.hits = Counter.builder("sistercities.page.cache.requests").tag("result", "hit")
                .description("Public pages and assets answered from the page cache").register(meters);
        this.misses = Counter.builder("sistercities.page.cache.requests").tag("result", "miss")
                .description("Public pages and assets rendered, then kept").register(meters);
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        String method = request.getMethod();
        String key = request.getRequestURI();
        String query = request.getQueryString();
        boolean read = "GET".equals(method) || "HEAD".equals(method);
        boolean cacheable = read && query == null;
        boolean asset = cacheable && ASSET.matcher(key).matches();
        boolean search = read && query != null && SEARCH_QUERY.matcher(query).matches() && SEARCH.matcher(key).matches();
        if (!asset && !search && !(cacheable && PAGE.matcher(key).matches())) {
            chain.doFilter(request, response);
            return;
        }
        Cache<String, CachedPage> store = search ? searches : pages;
        if (search) {
            key = key + "?" + query;
        }
        long now = asset ? CachedPage.TIMELESS : generation.current();
        CachedPage page = store.getIfPresent(key);
        if (page != null && page.generation() == now) {
            hits.increment();
            serve(page, request, response);
            return;
        }
        misses.increment();
        // Headers the filters ahead of this one set (the security headers) they set on every answer,
        // a replayed one too: the page keeps only what the application added.
        Set<String> outerHeaders = Set.copyOf(response.getHeaderNames());
        ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, wrapper);
        if (wrapper.getStatus() == HttpServletResponse.SC_OK && wrapper.getHeader(HttpHeaders.SET_COOKIE) == null
                && wrapper.getContentType() != null && "GET".equals(method)) {
            page = store(now, wrapper, outerHeaders);
            // Rendered while a publish committed: serve it this once, but keep it only if still current.
            if (asset || page.generation() == generation.current()) {
                store.put(key, page);
            }
            wrapper.resetBuffer();
            serve(page, request, response);
            return;
        }
        wrapper.copyBodyToResponse();
    }

    private CachedPage store(long generation, ContentCachingResponseWrapper wrapper, Set<String> outerHeaders) {
        byte[] body = wrapper.getContentAsByteArray();
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String name : wrapper.getHeaderNames()) {
            if (!outerHeaders.contains(name) && !NOT_REPLAYED.contains(name.toLowerCase(Locale.ROOT))) {
                headers.put(name, new ArrayList<>(wrapper.getHeaders(name)));
            }
        }
        long lastModified = clock.millis() / 1000 * 1000;
        String cacheControl = wrapper.getHeader(HttpHeaders.CACHE_CONTROL);
        return new CachedPage(generation, wrapper.getContentType(), body, gzip(body), etag(body), lastModified,
                HTTP_DATE.format(Instant.ofEpochMilli(lastModified)),
                cacheControl == null ? PAGE_CACHE_CONTROL : cacheControl, headers);
    }

    private static void serve(CachedPage page, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        page.headers().forEach((name, values) -> {
            response.setHeader(name, values.get(0));
            for (int i = 1; i < values.size(); i++) {
                response.addHeader(name, values.get(i));
            }
        });
        response.setHeader(HttpHeaders.ETAG, page.etag());
        response.setHeader(HttpHeaders.LAST_MODIFIED, page.lastModifiedHeader());
        response.setHeader(HttpHeaders.CACHE_CONTROL, page.cacheControl());
        response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
        if (notModified(page, request)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(page.contentType());
        boolean gzip = acceptsGzip(request);
        byte[] body = gzip ? page.gzipped() : page.body();
        if (gzip) {
            response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
        }
        response.setContentLength(body.length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(body);
        }
    }

    private static boolean notModified(CachedPage page, HttpServletRequest request) {
        String ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch != null) {
            for (String tag : ifNoneMatch.split(",")) {
                String t = tag.strip();
                if (t.equals("*") || t.equals(page.etag()) || t.equals("W/" + page.etag())) {
                    return true;
                }
            }
            return false;
        }
        try {
            long since = request.getDateHeader(HttpHeaders.IF_MODIFIED_SINCE);
            return since >= 0 && page.lastModified() <= since;
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }

    private static boolean acceptsGzip(HttpServletRequest request) {
        String accept = request.getHeader(HttpHeaders.ACCEPT_ENCODING);
        return accept != null && accept.toLowerCase(Locale.ROOT).contains("gzip");
    }

    private static byte[] gzip(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 3 + 64);
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String etag(byte[] body) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + HexFormat.of().formatHex(hash, 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
