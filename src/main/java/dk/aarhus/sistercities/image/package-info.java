/**
 * Images: uploads checked by their content, their alt texts, caption, credit, licence and focal point, the
 * renditions made from them, all kept in the database, and the public, content-addressed files served from memory.
 */
@ApplicationModule(displayName = "Images", allowedDependencies = {"cache", "content", "revision"})
package dk.aarhus.sistercities.image;

import org.springframework.modulith.ApplicationModule;
