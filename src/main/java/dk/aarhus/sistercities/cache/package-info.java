/**
 * The page cache and the content generation that tells every instance, at once, that published content
 * changed.
 */
@ApplicationModule(displayName = "Page cache", allowedDependencies = "content")
package dk.aarhus.sistercities.cache;

import org.springframework.modulith.ApplicationModule;
