package dk.aarhus.sistercities.admin;

/**
 * Published when editors change what citizens see (publish, unpublish, delete, restore), for the
 * audit log and anything else that must react.
 *
 * @param action what happened, e.g. {@code CITY_PUBLISHED}
 * @param actor  the editor's user name
 * @param detail what it happened to, e.g. the city's slug
 */
public record ContentChanged(String action, String actor, String detail) {
}
