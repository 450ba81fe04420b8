package dk.aarhus.sistercities.content;

/**
 * What citizens see has changed. Each module that changes published content owns its own event records
 * and lets them implement this, so that the page caches (and the audit log) hear of every change without
 * knowing who made it. Published inside the changing transaction: listeners that write to the database
 * commit or roll back with the change.
 */
public interface PublishedContentChanged {

    /** Who changed it: an editor's user name, or the name of the automatic change (the seed). */
    String author();

    /** What changed, in a few words for the audit log: a city's slug, a count. */
    String subject();
}
