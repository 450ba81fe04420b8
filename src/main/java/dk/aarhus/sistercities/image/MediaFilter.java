package dk.aarhus.sistercities.image;

import com.github.benmanes.caffeine.cache.Cache;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.function.LongSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.dao.DataAccessException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Serves the renditions: {@code /media/<sha-256>.jpg}. The address is the hash of the bytes, so an answer never
 * changes and browsers and proxies keep it for a year without asking again. Files come from a small in-memory cache,
 * bounded by bytes, filled from the database on a miss; a request never reads more than the one file. It stands
 * ahead of Spring Security and MVC, like the page cache: a public file needs neither; and behind the database
 * outage filter, so a miss while the database is away is its calm 503.
 *
 * <p>A file may be deleted (with the last image that shows it): each kept file carries the content generation it
 * was last found in, and once the generation moves on (every image change moves it, on every instance within its
 * poll) the file's row is looked up again by its key before it is served, and a deleted one is a 404 from then on.
 * While the database cannot be asked, a kept file is served as it was.
 */
class MediaFilter extends OncePerRequestFilter {

    static final String PREFIX = "/media/";
    static final String CACHE_CONTROL = "public, max-age=31536000, immutable";
    private static final Pattern FILE = Pattern.compile(Pattern.quote(PREFIX) + "([0-9a-f]{64})\\.jpg");

    /** A file's bytes and the content generation in which it was last known to be there. */
    record Kept(long generation, byte[] bytes) {
    }

    private final Cache<String, Kept> cache;
    private final ImageFiles files;
    private final LongSupplier generation;

    MediaFilter(Cache<String, Kept> cache, ImageFiles files, LongSupplier generation) {
        this.cache = cache;
        this.files = files;
        this.generation = generation;
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
        Optional<byte[]> bytes = bytes(hash);
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

    /** The rendition's bytes, or empty when there is none (any more). */
    private Optional<byte[]> bytes(String hash) {
        long now = generation.getAsLong(); // before the database is read: a delete committing meanwhile moves it
        Kept kept = cache.getIfPresent(hash);
        if (kept != null && kept.generation() == now) {
            return Optional.of(kept.bytes());
        }
        if (kept != null) {
            boolean there;
            try {
                there = files.renditionExists(hash);
            } catch (DataAccessException away) {
                return Optional.of(kept.bytes()); // the database cannot be asked: what was served stays served
            }
            if (!there) {
                cache.invalidate(hash);
                return Optional.empty();
            }
            cache.put(hash, new Kept(now, kept.bytes()));
            return Optional.of(kept.bytes());
        }
        Optional<byte[]> found = files.rendition(hash);
        found.ifPresent(read -> cache.put(hash, new Kept(now, read)));
        return found;
    }
}
