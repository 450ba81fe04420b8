/**
 * The timeline of every partnership, drawn by the server as SVG from the published cities' dated events, with
 * the same events as an ordered list.
 */
@ApplicationModule(displayName = "Timeline", allowedDependencies = {"city", "content"})
package dk.aarhus.sistercities.timeline;

import org.springframework.modulith.ApplicationModule;
