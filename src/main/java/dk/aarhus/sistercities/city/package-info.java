/**
 * The partner cities and partnership types: their model, sources and revisions, and the public city and
 * type pages (with each city's activities).
 */
@ApplicationModule(displayName = "Cities", allowedDependencies = {"activity", "contact", "content", "image", "revision"})
package dk.aarhus.sistercities.city;

import org.springframework.modulith.ApplicationModule;
