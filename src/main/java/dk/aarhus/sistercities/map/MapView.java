package dk.aarhus.sistercities.map;

/**
 * The versions of the map a page can show. Sizes are in SVG user units of the land layer,
 * chosen for the width each version is meant to be shown at, so that a template needs no
 * arithmetic.
 */
public enum MapView {

    /** The whole area, all markers labelled; meant for about 700 to 1000 px wide. */
    FULL(null, 13, 4.5, 6.5, 1.2, true, 42),

    /** The whole area without labels; a small picture for the overview (about 300 to 500 px). */
    COMPACT(null, 0, 7, 9, 2, false, 0),

    /**
     * Europe in detail, labelled, with only the partners that lie in it: the dense part of
     * the full map, readable on a phone (320 px and up).
     */
    EUROPE(new double[] {-8, 34, 43.5, 63.5}, 7, 2.6, 3.6, 0.7, true, 9);

    private final double[] region;
    private final double fontSize;
    private final double markerRadius;
    private final double homeRadius;
    private final double lineWidth;
    private final boolean labelled;
    private final double hitRadius;

    /**
     * @param hitRadius the radius of a marker's tap area before it is cut short of its neighbours': 12 CSS px
     *                  (24 across) or more where the view is shown on a 320 px phone (either map about 288 px
     *                  wide), more on Europe's, where neighbours take a side; 0 for a picture without links
     */
    MapView(double[] region, double fontSize, double markerRadius, double homeRadius, double lineWidth,
            boolean labelled, double hitRadius) {
        this.region = region;
        this.fontSize = fontSize;
        this.markerRadius = markerRadius;
        this.homeRadius = homeRadius;
        this.lineWidth = lineWidth;
        this.labelled = labelled;
        this.hitRadius = hitRadius;
    }

    double hitRadius() {
        return hitRadius;
    }

    /** West, east, south, north in degrees, or {@code null} for the whole projection. */
    double[] region() {
        return region == null ? null : region.clone();
    }

    double fontSize() {
        return fontSize;
    }

    double markerRadius() {
        return markerRadius;
    }

    double homeRadius() {
        return homeRadius;
    }

    double lineWidth() {
        return lineWidth;
    }

    boolean labelled() {
        return labelled;
    }
}
