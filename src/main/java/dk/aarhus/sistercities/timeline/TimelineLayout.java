package dk.aarhus.sistercities.timeline;

import dk.aarhus.sistercities.city.CityStatus;
import dk.aarhus.sistercities.city.CityTimeline;
import dk.aarhus.sistercities.city.PartnershipEvent;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Where everything on the timeline goes: one row per city with a dated event, a line from its earliest dated
 * event to its end (or to today), a mark per dated event, years on an axis. An event is placed by what its source says and
 * no more: a year in the middle of that year, a month in the middle of that month, a day on its day. An event
 * the source dates only in words ("the early 1960s") is not placed at all; where such events come before a
 * row's first dated one, the line begins with a dotted stretch of fixed length that names no year.
 */
final class TimelineLayout {

    /** The two drawings: sizes in user units, chosen for the width each is shown at, so templates do no arithmetic. */
    enum Shape {
        /** Phones (shown 300 to 480 px wide): each name above its line, the axis across the whole width. */
        NARROW(360, 15, 13, 20, 340, 24, 46, 5, 20),
        /** Wider screens (shown 740 to 800 px wide): the names in a column left of the lines. */
        WIDE(800, 15, 14, 180, 780, 26, 32, 6, 10);

        final double width;
        final double nameSize;
        final double tickSize;
        final double axisFrom;
        final double axisTo;
        final double header;
        final double rowHeight;
        final double radius;
        /** Every how many years the axis has a year written under it (a line every ten years). */
        final int labelEvery;

        Shape(double width, double nameSize, double tickSize, double axisFrom, double axisTo, double header,
                double rowHeight, double radius, int labelEvery) {
            this.width = width;
            this.nameSize = nameSize;
            this.tickSize = tickSize;
            this.axisFrom = axisFrom;
            this.axisTo = axisTo;
            this.header = header;
            this.rowHeight = rowHeight;
            this.radius = radius;
            this.labelEvery = labelEvery;
        }
    }

    /** The dotted beginning of a row with undated earlier events, in radii. */
    static final double LEAD_IN = 3;

    private TimelineLayout() {
    }

    /**
     * Where a date lies on the axis, in years: {@code 1946} at 1946.5, {@code 2022-03} in the middle of March
     * 2022, {@code 2019-05-29} in the middle of that day.
     */
    static double position(String isoDate) {
        return switch (isoDate.length()) {
            case 4 -> Integer.parseInt(isoDate) + 0.5;
            case 7 -> {
                YearMonth month = YearMonth.parse(isoDate);
                double start = month.atDay(1).getDayOfYear() - 1;
                yield month.getYear() + (start + month.lengthOfMonth() / 2.0) / month.atEndOfMonth().lengthOfYear();
            }
            default -> position(LocalDate.parse(isoDate));
        };
    }

    static double position(LocalDate day) {
        return day.getYear() + (day.getDayOfYear() - 0.5) / Year.of(day.getYear()).length();
    }

    /** The cities that have at least one dated event, ordered by their start; the others have nothing to place. */
    static List<CityTimeline> rows(List<CityTimeline> cities) {
        return cities.stream()
                .filter(c -> c.events().stream().anyMatch(PartnershipEvent::dated))
                .sorted(Comparator.comparing(TimelineLayout::startOrder))
                .toList();
    }

    /** A row's start: its start event if it has one, else its first event, dated or not. Sorting is stable. */
    private static String startOrder(CityTimeline city) {
        return city.events().stream().filter(e -> e.kind() == PartnershipEvent.Kind.START).findFirst()
                .or(() -> city.events().stream().findFirst())
                .map(PartnershipEvent::order).orElse("");
    }

    /**
     * Every event of every city, dated or not, in the order of time (the editors' order date); events on the
     * same date in the order of the rows.
     */
    static List<TimelineEntry> entries(List<CityTimeline> cities) {
        List<CityTimeline> ordered = new ArrayList<>(rows(cities));
        cities.stream().filter(c -> !ordered.contains(c)).forEach(ordered::add);
        List<TimelineEntry> entries = new ArrayList<>();
        for (CityTimeline city : ordered) {
            city.events().forEach(e -> entries.add(new TimelineEntry(city.card(), e)));
        }
        entries.sort(Comparator.comparing(entry -> entry.event().order()));
        return List.copyOf(entries);
    }

    static TimelineDrawing draw(List<CityTimeline> cities, LocalDate today, Shape shape) {
        List<CityTimeline> rows = rows(cities);
        double last = position(today);
        double first = last - 1;
        for (CityTimeline row : rows) {
            for (PartnershipEvent e : row.events()) {
                if (e.dated()) {
                    first = Math.min(first, position(e.isoDate()));
                    last = Math.max(last, position(e.isoDate()));
                }
            }
        }
        int from = (int) Math.floor(first / 10) * 10;
        double to = last;
        Axis axis = new Axis(from, to, shape.axisFrom, shape.axisTo);
        double height = shape.header + rows.size() * shape.rowHeight + 4;

        List<TimelineDrawing.Tick> ticks = new ArrayList<>();
        for (int year = from; year <= to; year += 10) {
            boolean labelled = (year - from) % shape.labelEvery == 0;
            ticks.add(new TimelineDrawing.Tick(round(axis.x(year)), labelled ? String.valueOf(year) : null));
        }

        List<TimelineDrawing.Row> drawn = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            drawn.add(row(rows.get(i), shape, axis, shape.header + i * shape.rowHeight));
        }
        return new TimelineDrawing("0 0 " + format(shape.width) + " " + format(height), shape.width, round(height),
                shape.nameSize, shape.tickSize, round(shape.header - 8), round(shape.header - 4), round(height - 2),
                ticks, drawn);
    }

    private static TimelineDrawing.Row row(CityTimeline city, Shape shape, Axis axis, double top) {
        boolean narrow = shape == Shape.NARROW;
        double lineY = top + (narrow ? 32 : shape.rowHeight / 2);
        double nameX = narrow ? 4 : shape.axisFrom - 14;
        double nameY = narrow ? top + 17 : lineY + shape.nameSize * 0.35;

        List<PartnershipEvent> events = city.events();
        List<PartnershipEvent> dated = events.stream().filter(PartnershipEvent::dated).toList();
        // The line begins at the row's earliest dated event, which may come before its start (Lviv's steps
        // of 2022 and February 2023 precede the council's decision of March 2023).
        PartnershipEvent first = dated.stream().min(Comparator.comparingDouble(e -> position(e.isoDate())))
                .orElseThrow();
        PartnershipEvent change = dated.stream().filter(e -> e.kind() == PartnershipEvent.Kind.STATUS).findFirst()
                .orElse(null);
        double x1 = axis.x(position(first.isoDate()));
        boolean ended = city.card().status() == CityStatus.ENDED;
        double x2 = ended
                ? axis.x(position((change != null ? change : dated.get(dated.size() - 1)).isoDate()))
                : axis.x(axis.to());
        // Limited or paused from the status change on; before it, or without its date, the line is solid.
        Double dashFrom = !ended && change != null ? round(axis.x(position(change.isoDate()))) : null;
        boolean earlierUndated = events.stream().anyMatch(e -> !e.dated() && e.order().compareTo(first.order()) < 0);
        Double leadFrom = earlierUndated ? round(Math.max(x1 - LEAD_IN * 2 * shape.radius, 2)) : null;

        List<TimelineDrawing.Mark> marks = new ArrayList<>();
        for (PartnershipEvent e : dated) {
            marks.add(new TimelineDrawing.Mark(round(axis.x(position(e.isoDate()))), round(lineY),
                    e.kind() == PartnershipEvent.Kind.STEP ? shape.radius - 1 : shape.radius, e));
        }
        return new TimelineDrawing.Row(city.card(), round(nameX), round(nameY), narrow ? "start" : "end",
                round(lineY), round(x1), round(x2), dashFrom, leadFrom, ended, marks);
    }

    /** Years to user units along the axis. */
    record Axis(double from, double to, double x0, double x1) {

        double x(double year) {
            return x0 + (year - from) / (to - from) * (x1 - x0);
        }
    }

    static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }

    private static String format(double v) {
        double r = round(v);
        return r == Math.rint(r) ? Long.toString((long) r) : Double.toString(r);
    }
}
