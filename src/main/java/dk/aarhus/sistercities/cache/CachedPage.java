package dk.aarhus.sistercities.cache;

import java.util.List;
import java.util.Map;

/**
 * A public page as it was rendered: its bytes plain and gzipped, the headers it was sent with
 * (security headers included), its ETag, and the content generation it belongs to.
 */
record CachedPage(long generation, String contentType, byte[] body, byte[] gzipped, String etag,
        long lastModified, Map<String, List<String>> headers) {
}
