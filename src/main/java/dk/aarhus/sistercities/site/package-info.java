/**
 * The public site's frame: layout, overview, languages, sitemap and feed, error pages, security headers and
 * request limits.
 */
@ApplicationModule(displayName = "Public site",
        allowedDependencies = {"cache", "city", "contact", "content", "data", "map", "page"})
package dk.aarhus.sistercities.site;

import org.springframework.modulith.ApplicationModule;
