package dk.aarhus.sistercities.revision;

import java.security.SecureRandom;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The revisions of one kind of subject whose content is a JSON record of type {@code C}: what the
 * contact, page and activity editors share (writing and reading the JSON, the subject of a key, a new
 * key no subject has). Each editor keeps its own rules on top.
 */
public final class TypedRevisions<C> {

    private static final SecureRandom RANDOM = new SecureRandom();
    /** Letters and digits no one confuses when reading a key aloud (no l, o, 0, 1). */
    private static final String KEY_LETTERS = "abcdefghijkmnpqrstuvwxyz23456789";

    private final Revisions revisions;
    private final JsonMapper json;
    private final String kind;
    private final Class<C> type;

    public TypedRevisions(Revisions revisions, JsonMapper json, String kind, Class<C> type) {
        this.revisions = revisions;
        this.json = json;
        this.kind = kind;
        this.type = type;
    }

    public RevisionSubject subject(String key) {
        return new RevisionSubject(kind, key);
    }

    /** Stores the content as the subject's next revision; answers its number. */
    public int record(String key, RevisionAction action, C content, String author) {
        return revisions.record(subject(key), action, json.writeValueAsString(content), author).getNumber();
    }

    /** Records a restore of revision {@code from} as the new draft. */
    public int restored(String key, int from, C content, String author) {
        return revisions.restored(subject(key), from, json.writeValueAsString(content), author).getNumber();
    }

    public C read(Revision revision) {
        return json.readValue(revision.getContent(), type);
    }

    public Optional<Revision> latest(String key) {
        return revisions.latest(subject(key));
    }

    public Optional<Revision> revision(String key, int number) {
        return revisions.revision(subject(key), number);
    }

    /** The revisions made after {@code number}, oldest first: what others did meanwhile. */
    public List<Revision> since(String key, int number) {
        return revisions.since(subject(key), number);
    }

    public List<Revision> history(String key) {
        return revisions.history(subject(key));
    }

    /** The newest revisions (all when {@code all}), for a form: a long-lived subject's history stays short. */
    public Revisions.Recent recent(String key, boolean all) {
        return revisions.recent(subject(key), all ? Integer.MAX_VALUE : Revisions.SHOWN);
    }

    /** The draft of every subject of this kind. */
    public List<Revision> latestOfEvery() {
        return revisions.latestOfEvery(kind);
    }

    /** A random key: the prefix and {@code length} letters; the caller makes sure no subject has it yet. */
    public static String randomKey(String prefix, int length) {
        StringBuilder letters = new StringBuilder(prefix);
        for (int i = 0; i < length; i++) {
            letters.append(KEY_LETTERS.charAt(RANDOM.nextInt(KEY_LETTERS.length())));
        }
        return letters.toString();
    }
}
