/**
 * Pages editors make (title, Markdown body, address and place in the main navigation, in both languages,
 * with their sources), their drafts and publishing through the revision store, and how the public site
 * shows them and lists them in its navigation.
 */
@ApplicationModule(displayName = "Pages", allowedDependencies = {"cache", "city", "contact", "content", "image", "revision"})
package dk.aarhus.sistercities.page;

import org.springframework.modulith.ApplicationModule;
