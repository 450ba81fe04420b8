/**
 * Open data: the published partnerships as CSV and as JSON with its JSON Schema, and the page in both
 * languages that explains them and their licence.
 */
@ApplicationModule(displayName = "Open data", allowedDependencies = {"cache", "city", "content"})
package dk.aarhus.sistercities.data;

import org.springframework.modulith.ApplicationModule;
