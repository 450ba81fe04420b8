/**
 * The partner cities and partnership types: their model, sources and revisions, and the public city and
 * type pages.
 */
@ApplicationModule(displayName = "Cities", allowedDependencies = {"contact", "content", "revision"})
package dk.aarhus.sistercities.city;

import org.springframework.modulith.ApplicationModule;
