package dk.aarhus.sistercities.revision;

/** What an editor did that made a revision. */
public enum RevisionAction {
    CREATED, SAVED, PUBLISHED, UNPUBLISHED, DELETED, RESTORED
}
