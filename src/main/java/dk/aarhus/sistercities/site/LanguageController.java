package dk.aarhus.sistercities.site;

import dk.aarhus.sistercities.content.SiteProperties;
import dk.aarhus.sistercities.content.Language;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Addresses that lead somewhere else: the root, trailing slashes, the accessibility statement. */
@Controller
class LanguageController {

    private final SiteProperties properties;

    LanguageController(SiteProperties properties) {
        this.properties = properties;
    }

    /** The root picks the visitor's language from Accept-Language; the answer varies with it. */
    @GetMapping("/")
    ResponseEntity<Void> root(HttpServletRequest request) {
        Language language = PathLocaleResolver.preferred(request);
        return ResponseEntity.status(HttpStatus.FOUND)
                .header(HttpHeaders.LOCATION, "/" + language.code())
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
                .build();
    }

    @GetMapping(Language.ROUTE + "/")
    ResponseEntity<Void> withSlash(@PathVariable("lang") Language language) {
        return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY)
                .header(HttpHeaders.LOCATION, "/" + language.code())
                .build();
    }

    /** Danish public websites answer /was with their accessibility statement. */
    @GetMapping("/was")
    ResponseEntity<Void> accessibilityStatement() {
        return ResponseEntity.status(HttpStatus.FOUND)
                .location(properties.accessibilityStatementUrl())
                .build();
    }
}
