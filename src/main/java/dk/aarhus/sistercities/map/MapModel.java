package dk.aarhus.sistercities.map;

import java.util.List;

/**
 * What a template needs to draw one version of the map: the view box, the sizes to draw
 * with (user units), Aarhus and the partners with their positions, the line from Aarhus to
 * each partner and, where the view has labels, each label's position. All coordinates are
 * rounded to 0.1 user unit.
 *
 * @param viewBox      the {@code viewBox} attribute value, e.g. {@code "0 0 1000 356.5"}
 * @param fontSize     label font size, for {@code font-size}
 * @param markerRadius radius of a partner's circle
 * @param homeRadius   radius of Aarhus's circle
 * @param lineWidth    stroke width of the lines from Aarhus
 * @param home         Aarhus (its {@code line} is {@code null}; its label is laid out for bold text)
 * @param partners     the partners in the order given, less any that lie outside a cropped view
 */
public record MapModel(MapView view, String viewBox, double x, double y, double width, double height, double fontSize,
        double markerRadius, double homeRadius, double lineWidth, Pin home, List<Pin> partners) {

    public MapModel {
        partners = List.copyOf(partners);
    }

    public boolean compact() {
        return view == MapView.COMPACT;
    }

    public boolean labelled() {
        return view.labelled();
    }

    /**
     * A marker placed on the map.
     *
     * @param status  the marker's status lower-cased ({@code active}, {@code paused}, {@code ended}), or empty
     * @param line    from Aarhus to this marker; {@code null} for Aarhus itself
     * @param label   where to write the name; {@code null} on a view without labels
     * @param clamped the place lies outside the map and the marker was moved to its edge
     * @param hit     the marker's tap area as polygon points (see {@link HitAreas}), or null
     * @param detailed on the whole map: the place is also on the map of Europe in detail, which is where a
     *                phone offers it as a link (on the whole map it is too close to its neighbours there)
     */
    public record Pin(String slug, String name, String href, String status, double x, double y, Line line,
            Label label, boolean clamped, String hit, boolean detailed) {
    }

    /** A straight line, for {@code <line x1 y1 x2 y2>}. */
    public record Line(double x1, double y1, double x2, double y2) {
    }

    /**
     * A label: {@code x, y} is the text's anchor point on its baseline, {@code anchor} the value
     * for {@code text-anchor} ({@code start}, {@code middle} or {@code end}); {@code leader}, when
     * not {@code null}, is a short line from the marker to a label set further away.
     */
    public record Label(String text, double x, double y, String anchor, Line leader) {
    }
}
