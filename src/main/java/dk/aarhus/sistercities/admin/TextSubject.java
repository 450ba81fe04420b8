package dk.aarhus.sistercities.admin;

import dk.aarhus.sistercities.revision.RevisionSubject;
import java.util.List;

/**
 * Something editors write texts for besides cities: a partnership type (name and introduction)
 * or a site text (body). Its key is the type's code or the site text's key.
 */
public record TextSubject(Kind kind, String key) {

    /** Its revisions' subject: the kind's name ({@code TYPE}, {@code SITE_TEXT}) and the key. */
    RevisionSubject revisions() {
        return new RevisionSubject(kind.name(), key);
    }

    public enum Kind {
        TYPE(List.of("name", "introduction")),
        SITE_TEXT(List.of("body"));

        private final List<String> fields;

        Kind(List<String> fields) {
            this.fields = fields;
        }

        /** The fields of each language, in the order the form shows them. */
        public List<String> fields() {
            return fields;
        }

        public String path() {
            return this == TYPE ? "types" : "texts";
        }
    }
}
