package dk.aarhus.sistercities.site;

import dk.aarhus.sistercities.content.Language;
import dk.aarhus.sistercities.content.PublicPaths;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The Danish site's addresses from before it had Danish words ({@code /da/cities/bergen}): each
 * answers 301 with its Danish address ({@code /da/venskabsbyer/bergen}), so links and bookmarks keep
 * working and search engines move their index over. A search keeps its query.
 */
@Controller
class FormerAddresses {

    private final PublicPaths paths;

    FormerAddresses(PublicPaths paths) {
        this.paths = paths;
    }

    @GetMapping("/da/{section:cities|partnerships}/{slug:[a-z0-9-]{1,60}}")
    ResponseEntity<Void> page(@PathVariable String section, @PathVariable String slug) {
        return moved(paths.section(Language.DA, PublicPaths.FORMER_DANISH_SEGMENTS.get(section)) + "/" + slug);
    }

    @GetMapping("/da/{section:search|map|contact}")
    ResponseEntity<Void> section(@PathVariable String section, HttpServletRequest request) {
        String path = paths.section(Language.DA, PublicPaths.FORMER_DANISH_SEGMENTS.get(section));
        String query = request.getQueryString();
        return moved(query == null ? path : path + "?" + query);
    }

    /**
     * The query goes on as the visitor sent it: Tomcat has already refused what is not a valid request
     * line, and parsing it again (a stray {@code %} is legal there) could only fail.
     */
    private static ResponseEntity<Void> moved(String location) {
        return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY).header(HttpHeaders.LOCATION, location).build();
    }
}
