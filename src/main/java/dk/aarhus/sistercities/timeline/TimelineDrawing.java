package dk.aarhus.sistercities.timeline;

import dk.aarhus.sistercities.city.CityCard;
import dk.aarhus.sistercities.city.PartnershipEvent;
import java.util.List;

/**
 * What a template needs to draw one version of the timeline, in SVG user units rounded to 0.1.
 *
 * @param tickLabelY the baseline of the years on the axis
 * @param gridFrom   where the lines of the decades begin and ({@code gridTo}) end
 */
public record TimelineDrawing(String viewBox, double width, double height, double nameSize, double tickSize,
        double tickLabelY, double gridFrom, double gridTo, List<Tick> ticks, List<Row> rows) {

    public TimelineDrawing {
        ticks = List.copyOf(ticks);
        rows = List.copyOf(rows);
    }

    /** A decade's line; {@code label} the year written under it, or null where the axis has no room. */
    public record Tick(double x, String label) {
    }

    /**
     * One city: its name at ({@code nameX}, {@code nameY}) with {@code nameAnchor} as {@code text-anchor}, its
     * line at {@code y} from {@code x1} to {@code x2}, dashed from {@code dashFrom} (limited or paused since
     * then) and with a dotted beginning from {@code leadFrom} (undated earlier events), either null.
     */
    public record Row(CityCard city, double nameX, double nameY, String nameAnchor, double y, double x1, double x2,
            Double dashFrom, Double leadFrom, boolean ended, List<Mark> marks) {

        public Row {
            marks = List.copyOf(marks);
        }

        /** Where the solid part of the line ends. */
        public double solidTo() {
            return dashFrom == null ? x2 : dashFrom;
        }
    }

    /** A dated event on a row: a circle for a start or a step, a diamond for a status change. */
    public record Mark(double x, double y, double radius, PartnershipEvent event) {

        public String kind() {
            return event.kind().name().toLowerCase(java.util.Locale.ROOT);
        }

        public boolean diamond() {
            return event.kind() == PartnershipEvent.Kind.STATUS;
        }

        /** The diamond's outline, for a path's {@code d}. */
        public String diamondPath() {
            double r = TimelineLayout.round(radius * 1.3);
            return "M" + x + " " + TimelineLayout.round(y - r) + "l" + r + " " + r + "l-" + r + " " + r + "l-" + r
                    + " -" + r + "z";
        }
    }
}
