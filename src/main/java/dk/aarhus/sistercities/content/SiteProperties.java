package dk.aarhus.sistercities.content;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param siteUrl absolute address the site is reached at, for canonical and hreflang links
 * @param accessibilityStatementUrl the statement made in the state's WAS tool; {@code /was} redirects there
 */
@ConfigurationProperties("sistercities")
public record SiteProperties(URI siteUrl, URI accessibilityStatementUrl) {
}
