/**
 * The public site's frame: layout, overview, the activities page, languages, sitemap and feed, error pages,
 * security headers and request limits.
 */
@ApplicationModule(displayName = "Public site",
        allowedDependencies = {"activity", "cache", "city", "contact", "content", "data", "map", "page"})
package dk.aarhus.sistercities.site;

import org.springframework.modulith.ApplicationModule;
