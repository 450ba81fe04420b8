package dk.aarhus.sistercities.site;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param siteUrl absolute address the site is reached at, for canonical and hreflang links
 * @param accessibilityStatementUrl the statement made in the state's WAS tool; {@code /was} redirects there
 */
@ConfigurationProperties("sistercities")
public record SiteProperties(URI siteUrl, URI accessibilityStatementUrl) {

    /** The absolute address of a path of this site. */
    public String absolute(String path) {
        String base = siteUrl.toString();
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path;
    }
}
