package dk.aarhus.sistercities.revision;

/**
 * What a revision is of: a kind ({@code CITY}, {@code TYPE}, {@code SITE_TEXT}, and whatever editors publish
 * next) and the subject's key within its kind (a city's id, a type's code, a site text's key). The module
 * that owns a kind names it; the store knows none.
 */
public record RevisionSubject(String kind, String key) {
}
