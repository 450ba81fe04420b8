package dk.aarhus.sistercities.cache;

import java.util.List;
import java.util.Map;

/**
 * A public page or asset as it was first sent: its bytes plain and gzipped, the headers it was sent
 * with (security headers included), its ETag and Last-Modified (formatted once, not per request),
 * and the content generation it belongs to.
 */
record CachedPage(long generation, String contentType, byte[] body, byte[] gzipped, String etag,
        long lastModified, String lastModifiedHeader, String cacheControl, Map<String, List<String>> headers) {

    /** Assets have content-hashed names: what is stored under a name never goes out of date. */
    static final long TIMELESS = -1;
}
