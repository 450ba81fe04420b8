/**
 * The editors' admin: forms for cities, types, texts, contacts, activities and pages, drafts, preview, publishing,
 * history and restore, backup and import.
 */
@ApplicationModule(displayName = "Editors' admin",
        allowedDependencies = {"account", "activity", "city", "contact", "content", "image", "page", "review", "revision", "schedule", "seed", "site"})
package dk.aarhus.sistercities.admin;

import org.springframework.modulith.ApplicationModule;
