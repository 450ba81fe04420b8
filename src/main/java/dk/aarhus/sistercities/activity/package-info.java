/**
 * Activities: dated news and events of the partnerships (title, date or range, place, text, cities, link,
 * sources), their drafts and publishing through the revision store, how public pages list them, and the
 * iCalendar that carries the events.
 */
@ApplicationModule(displayName = "Activities", allowedDependencies = {"content", "image", "revision"})
package dk.aarhus.sistercities.activity;

import org.springframework.modulith.ApplicationModule;
