package dk.aarhus.sistercities.review;

import java.util.Optional;

/**
 * A kind of content that can be sent for review (cities, and whatever joins next): the module that owns the
 * kind says what a subject is called, where its pages are and how it is published. A Spring bean.
 */
public interface ReviewableKind {

    /** The revision store's kind, e.g. {@code CITY}. */
    String kind();

    /** What the queue and the history call the subject and where to find it; empty when it is gone. */
    Optional<Subject> describe(String key);

    /**
     * Publishes the given revision, which is the subject's draft, as its editor's Publish does; throws what that
     * throws when it cannot (a fact without a source, an address taken).
     */
    void publish(String key, int revision, String author);

    /**
     * A subject as the queue shows it.
     *
     * @param name        its name, in the editor's language
     * @param formPath    its form
     * @param previewPath its preview
     * @param comparePath its compare page between two revision numbers, with {@code {from}} and {@code {to}}
     *                    in it for them; null for a kind without one
     */
    record Subject(String name, String formPath, String previewPath, String comparePath) {

        /** The compare page between two revisions; null for a kind without one. */
        public String compare(int from, int to) {
            return comparePath == null ? null
                    : comparePath.replace("{from}", Integer.toString(from)).replace("{to}", Integer.toString(to));
        }
    }
}
