package dk.aarhus.sistercities.image;

import java.util.Locale;

/**
 * Where the subject of an image is, on a 3×3 grid: a crop (a card's fixed shape) keeps that part in view. Chosen
 * from nine radio buttons, so it needs no script.
 */
public enum FocalPoint {
    TOP_LEFT, TOP, TOP_RIGHT, LEFT, CENTER, RIGHT, BOTTOM_LEFT, BOTTOM, BOTTOM_RIGHT;

    /** The stylesheet's class that sets {@code object-position} (no inline style under the CSP). */
    public String cssClass() {
        return "focus-" + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
