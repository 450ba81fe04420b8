/**
 * Contacts: the site's general contact and one per partnership (unit, person and role, e-mail, phone,
 * postal address, opening hours), their drafts and publishing through the revision store, and how the
 * public pages show them.
 */
@ApplicationModule(displayName = "Contacts", allowedDependencies = {"cache", "content", "revision"})
package dk.aarhus.sistercities.contact;

import org.springframework.modulith.ApplicationModule;
