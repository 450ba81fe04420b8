package dk.aarhus.sistercities.map;

/** A position on the map, in SVG user units (x to the right, y downwards). */
public record Point(double x, double y) {
}
