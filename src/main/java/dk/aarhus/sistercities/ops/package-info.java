/**
 * What operators need from the application: refusing to start in production with unsafe settings, and a
 * connection pool that drops the connections a database closed.
 */
@ApplicationModule(displayName = "Operations", allowedDependencies = {})
package dk.aarhus.sistercities.ops;

import org.springframework.modulith.ApplicationModule;
