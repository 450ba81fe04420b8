/** Search over the published cities in both languages, tolerant of case and accents, kept in memory. */
@ApplicationModule(displayName = "Search", allowedDependencies = {"cache", "city", "content"})
package dk.aarhus.sistercities.search;

import org.springframework.modulith.ApplicationModule;
