package dk.aarhus.sistercities.map;

/**
 * A place to mark on the map, as the caller knows it: the name is already in the page's
 * language and {@code href} is the page the marker links to (may be {@code null} for a
 * marker that links nowhere, such as Aarhus itself). {@code status} is free text such as
 * {@code ACTIVE}, {@code PAUSED} or {@code ENDED}; the model hands it back lower-cased for
 * use in a CSS class.
 */
public record Marker(String slug, String name, String href, double latitude, double longitude, String status) {

    public Marker {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A marker needs a name");
        }
        if (!(latitude >= -90 && latitude <= 90) || !(longitude >= -180 && longitude <= 180)) {
            throw new IllegalArgumentException("Coordinates out of range for " + name + ": " + latitude + ", " + longitude);
        }
    }
}
