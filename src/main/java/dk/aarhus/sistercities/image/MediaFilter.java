package dk.aarhus.sistercities.image;

import com.github.benmanes.caffeine.cache.Cache;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Serves the renditions: {@code /media/<sha-256>.jpg}. The address is the hash of the bytes, so an answer never
 * changes and browsers and proxies keep it for a year without asking again. Files come from a small in-memory cache,
 * bounded by bytes, filled from the database on a miss; a request never reads more than the one file. It stands
 * ahead of Spring Security and MVC, like the page cache: a public file needs neither.
 */
class MediaFilter extends OncePerRequestFilter {

    static final String PREFIX = "/media/";
    static final String CACHE_CONTROL = "public, max-age=31536000, immutable";
    private static final Pattern FILE = Pattern.compile(Pattern.quote(PREFIX) + "([0-9a-f]{64})\\.jpg");

    private final Cache<String, byte[]> cache;
    private final MediaFiles files;

    MediaFilter(Cache<String, byte[]> cache, MediaFiles files) {
        this.cache = cache;
        this.files = files;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Matcher file = FILE.matcher(request.getRequestURI());
        if (!file.matches() || !("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))) {
            chain.doFilter(request, response);
            return;
        }
        String hash = file.group(1);
        Optional<byte[]> bytes = Optional.ofNullable(cache.getIfPresent(hash)).or(() -> files.rendition(hash)
                .map(found -> {
                    cache.put(hash, found);
                    return found;
                }));
        if (bytes.isEmpty()) {
            chain.doFilter(request, response); // the site's own 404 page
            return;
        }
        String etag = "\"" + hash + "\"";
        response.setHeader("Cache-Control", CACHE_CONTROL);
        response.setHeader("ETag", etag);
        if (etag.equals(request.getHeader("If-None-Match"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType("image/jpeg");
        response.setContentLength(bytes.get().length);
        if ("GET".equals(request.getMethod())) {
            response.getOutputStream().write(bytes.get());
        }
    }
}
