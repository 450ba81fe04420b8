/**
 * The content the site starts with: loaded once into an empty database, brought up to date once per
 * release, never over an editor's work; also the document format that backups use.
 */
@ApplicationModule(displayName = "Seed content",
        allowedDependencies = {"activity", "city", "contact", "content", "page", "revision"})
package dk.aarhus.sistercities.seed;

import org.springframework.modulith.ApplicationModule;
