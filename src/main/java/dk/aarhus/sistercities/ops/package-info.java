/** What operators need from the application: refusing to start in production with unsafe settings. */
@ApplicationModule(displayName = "Operations", allowedDependencies = {})
package dk.aarhus.sistercities.ops;

import org.springframework.modulith.ApplicationModule;
