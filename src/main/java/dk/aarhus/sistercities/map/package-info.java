/** The map of the partnerships, drawn by the server as SVG from Natural Earth land shipped with the site. */
@ApplicationModule(displayName = "Map", allowedDependencies = {"city", "content"})
package dk.aarhus.sistercities.map;

import org.springframework.modulith.ApplicationModule;
