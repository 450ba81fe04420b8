/**
 * The one revision store for everything editors publish (cities, partnership types' texts, site texts,
 * contacts, activities, pages): every save, publish, unpublish, delete and restore as a numbered revision with its content as
 * JSON; the newest revision is the draft, and one rule says which one citizens see.
 */
@ApplicationModule(displayName = "Revisions", allowedDependencies = {})
package dk.aarhus.sistercities.revision;

import org.springframework.modulith.ApplicationModule;
