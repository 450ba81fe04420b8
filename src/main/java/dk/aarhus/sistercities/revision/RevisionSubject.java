package dk.aarhus.sistercities.revision;

/**
 * What a revision is of: a kind ({@code CITY}, {@code TYPE}, {@code SITE_TEXT}, and whatever editors publish
 * next) and the subject's key within its kind (a city's id, a type's code, a site text's key).
 */
public record RevisionSubject(String kind, String key) {

    public static final String CITY = "CITY";

    public static RevisionSubject city(long id) {
        return new RevisionSubject(CITY, Long.toString(id));
    }
}
