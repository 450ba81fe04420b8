package dk.aarhus.sistercities.schedule;

/**
 * What the poller asks the module that owns the editors' work to do at a due time, in the poller's
 * transaction (so the claim and the publish commit or roll back together).
 */
public interface ScheduledWork {

    /** Publishes exactly this revision of the subject; throws when it is no longer the draft. */
    void publish(String kind, String key, int revision, String author);

    /** Takes the subject off the site, whatever its draft is now. */
    void unpublish(String kind, String key, String author);

    /** Why a step failed, for the record: what the editors see in the subject's history. */
    ScheduledAction.Outcome refusal(String kind, RuntimeException failure);
}
