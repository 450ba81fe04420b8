/**
 * Scheduled publishing: an editor's "publish at" and "take off at" for anything the revision store holds,
 * kept in the database and carried out exactly once, on time, by whichever instance's poller claims it.
 */
@ApplicationModule(displayName = "Scheduled publishing", allowedDependencies = {})
package dk.aarhus.sistercities.schedule;

import org.springframework.modulith.ApplicationModule;
