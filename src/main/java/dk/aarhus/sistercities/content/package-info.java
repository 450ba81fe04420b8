/**
 * What every other module shares: the two languages, text in both of them, dates as precise as their
 * sources, Markdown, the editable site
 * texts, the site's settings, every public address, and the event that says published content changed.
 */
@ApplicationModule(displayName = "Content", allowedDependencies = {})
package dk.aarhus.sistercities.content;

import org.springframework.modulith.ApplicationModule;
