package dk.aarhus.sistercities.map;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * Places the names next to the markers so that they overlap neither each other nor the
 * markers, within the view box. Each label may sit in eight directions at growing distances
 * from its marker (a label set away gets a leader line); every place has a cost (distance,
 * direction, lines and markers under it, a neighbour nearer than its own marker) and a cost
 * for each other label it collides with. A greedy pass in some order, then a few rounds in
 * which each label moves to its best place given all others; several orders are tried and the
 * cheapest layout wins. Deterministic. Good enough for a few dozen markers; text widths are
 * estimated, not measured.
 */
final class LabelPlacer {

    /**
     * The item to label; {@code radius} is the marker's circle; {@code hub}, when not
     * {@code null}, is where the item's line comes from (Aarhus): its label prefers to sit
     * beyond the end of that line, away from the hub, where no other line runs.
     */
    record Item(Point point, double radius, String text, Point hub, boolean bold) {
    }

    /** Where the label of one item goes; the leader points are {@code null} for a label next to its marker. */
    record Placement(double x, double y, String anchor, Point leaderFrom, Point leaderTo) {
    }

    private record Box(double x0, double y0, double x1, double y1) {

        Box grow(double dx, double dy) {
            return new Box(x0 - dx, y0 - dy, x1 + dx, y1 + dy);
        }

        double distance(Point p) {
            double dx = Math.max(Math.max(x0 - p.x(), 0), p.x() - x1);
            double dy = Math.max(Math.max(y0 - p.y(), 0), p.y() - y1);
            return Math.hypot(dx, dy);
        }

        double overlap(Box o) {
            double w = Math.min(x1, o.x1) - Math.max(x0, o.x0);
            double h = Math.min(y1, o.y1) - Math.max(y0, o.y0);
            return w > 0 && h > 0 ? w * h : 0;
        }

        /** Whether the segment a-b passes through the box (Liang-Barsky). */
        boolean crosses(Point a, Point b) {
            double t0 = 0;
            double t1 = 1;
            double dx = b.x() - a.x();
            double dy = b.y() - a.y();
            double[] p = {-dx, dx, -dy, dy};
            double[] q = {a.x() - x0, x1 - a.x(), a.y() - y0, y1 - a.y()};
            for (int i = 0; i < 4; i++) {
                if (p[i] == 0) {
                    if (q[i] < 0) {
                        return false;
                    }
                } else {
                    double t = q[i] / p[i];
                    if (p[i] < 0) {
                        t0 = Math.max(t0, t);
                    } else {
                        t1 = Math.min(t1, t);
                    }
                    if (t0 > t1) {
                        return false;
                    }
                }
            }
            return true;
        }
    }

    private record Direction(double dx, double dy, String anchor, double preference) {
    }

    /**
     * A possible place for a label: {@code box} is the text's estimated extent, {@code padded}
     * the room kept free around it, {@code base} what the place costs whatever the other labels.
     */
    private record Candidate(Box box, Box padded, Placement placement, double base) {

        boolean hasLeader() {
            return placement.leaderFrom() != null;
        }
    }

    private static final double D = Math.sqrt(0.5);
    private static final List<Direction> DIRECTIONS = List.of(
            new Direction(1, 0, "start", 0),
            new Direction(-1, 0, "end", 0.3),
            new Direction(D, -D, "start", 0.6),
            new Direction(D, D, "start", 0.6),
            new Direction(-D, -D, "end", 0.8),
            new Direction(-D, D, "end", 0.8),
            new Direction(0, -1, "middle", 1),
            new Direction(0, 1, "middle", 1));
    /** Distances from the marker's edge to the label, in em. */
    private static final double[] GAPS = {0.25, 0.9, 1.6, 2.5, 3.5, 4.8, 6.5, 8.5};
    /** A label at least this far (em) from its marker gets a leader line. */
    private static final double LEADER_FROM = 0.9;
    /** Baseline below the middle of the text, in em. */
    private static final double BASELINE = 0.35;
    private static final double LINE_HEIGHT = 1.1;
    /** Bold text is about this much wider. */
    static final double BOLD = 1.12;
    /** How many orders of placement are tried. */
    private static final int ORDERS = 40;
    private static final int ROUNDS = 5;
    private static final double OUTSIDE = 10_000;

    private final double minX;
    private final double minY;
    private final double maxX;
    private final double maxY;
    private final double font;

    LabelPlacer(double minX, double minY, double maxX, double maxY, double fontSize) {
        this.minX = minX;
        this.minY = minY;
        this.maxX = maxX;
        this.maxY = maxY;
        this.font = fontSize;
    }

    /**
     * Places the labels of {@code items}, avoiding also (at a small cost) the given lines.
     * Returns one placement per item, in the same order.
     */
    List<Placement> place(List<Item> items, List<MapModel.Line> lines) {
        int n = items.size();
        if (n == 0) {
            return List.of();
        }
        List<Box> markers = new ArrayList<>();
        for (Item item : items) {
            double r = item.radius() + font * 0.15;
            markers.add(new Box(item.point().x() - r, item.point().y() - r, item.point().x() + r, item.point().y() + r));
        }
        List<List<Candidate>> candidates = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            candidates.add(candidates(i, items, markers, lines));
        }

        List<Integer> crowdedFirst = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            crowdedFirst.add(i);
        }
        double near = font * 6;
        crowdedFirst.sort(Comparator.<Integer>comparingInt(i -> neighbours(items, i, near)).reversed()
                .thenComparing(i -> items.get(i).text()));
        Random random = new Random(20_240_611L);
        Candidate[] best = null;
        double bestTotal = Double.POSITIVE_INFINITY;
        for (int attempt = 0; attempt < ORDERS; attempt++) {
            List<Integer> order = new ArrayList<>(crowdedFirst);
            if (attempt > 0) {
                Collections.shuffle(order, random);
            }
            Candidate[] layout = layout(order, candidates);
            double total = 0;
            for (int i = 0; i < n; i++) {
                total += layout[i].base() + interactions(i, layout[i], layout);
            }
            if (total < bestTotal - 1e-9) {
                bestTotal = total;
                best = layout;
            }
            if (total == 0) {
                break;
            }
        }
        List<Placement> result = new ArrayList<>();
        for (Candidate c : best) {
            result.add(c.placement());
        }
        return List.copyOf(result);
    }

    /**
     * The estimated extent of a placed label, as {@link #place} reckoned it (for keeping other markers'
     * tap areas off it).
     */
    static HitAreas.Box extent(Placement p, String text, double fontSize, boolean bold) {
        double width = textWidth(text, fontSize) * (bold ? BOLD : 1);
        double x0 = switch (p.anchor()) {
            case "start" -> p.x();
            case "end" -> p.x() - width;
            default -> p.x() - width / 2;
        };
        double middle = p.y() - BASELINE * fontSize;
        double h = fontSize * LINE_HEIGHT;
        return new HitAreas.Box(x0, middle - h / 2, x0 + width, middle + h / 2);
    }

    /** Greedy in the given order, then rounds in which each label moves to its best place given all others. */
    private Candidate[] layout(List<Integer> order, List<List<Candidate>> candidates) {
        Candidate[] chosen = new Candidate[candidates.size()];
        for (int round = 0; round < ROUNDS; round++) {
            boolean moved = false;
            for (int i : order) {
                Candidate best = null;
                double bestCost = Double.POSITIVE_INFINITY;
                for (Candidate c : candidates.get(i)) {
                    if (c.base() >= bestCost) {
                        continue; // candidates are sorted by base cost; none further can win
                    }
                    double cost = c.base() + interactions(i, c, chosen);
                    if (cost < bestCost) {
                        bestCost = cost;
                        best = c;
                    }
                }
                if (best != chosen[i]) {
                    moved = true;
                }
                chosen[i] = best;
            }
            if (!moved) {
                break;
            }
        }
        return chosen;
    }

    /** All places for item {@code i}'s label with their own costs, cheapest first. */
    private List<Candidate> candidates(int i, List<Item> items, List<Box> markers, List<MapModel.Line> lines) {
        Item item = items.get(i);
        List<Candidate> list = new ArrayList<>();
        double width = textWidth(item.text(), font) * (item.bold() ? BOLD : 1);
        Point p = item.point();
        for (double gapEm : GAPS) {
            double gap = gapEm * font;
            for (Direction d : DIRECTIONS) {
                double ax = p.x() + d.dx() * (item.radius() + gap);
                double ay = p.y() + d.dy() * (item.radius() + gap);
                Box box = box(d, ax, ay, width);
                Point from = null;
                Point to = null;
                if (gapEm >= LEADER_FROM) {
                    from = new Point(p.x() + d.dx() * item.radius(), p.y() + d.dy() * item.radius());
                    to = new Point(ax, ay);
                }
                double y = (box.y0() + box.y1()) / 2 + BASELINE * font;
                Placement placement = new Placement(ax, y, d.anchor(), from, to);
                double cost = gapEm * 2 + preference(item, d) + ownCost(i, box, placement, items, markers, lines);
                list.add(new Candidate(box, box.grow(font * 0.3, font * 0.1), placement, cost));
            }
        }
        list.sort(Comparator.comparingDouble(Candidate::base));
        return List.copyOf(list);
    }

    /** Prefers the direction away from the hub, or else east, then west. */
    private static double preference(Item item, Direction d) {
        Point p = item.point();
        if (item.hub() == null) {
            return d.preference();
        }
        double ox = p.x() - item.hub().x();
        double oy = p.y() - item.hub().y();
        double length = Math.hypot(ox, oy);
        if (length == 0) {
            return d.preference();
        }
        double along = (d.dx() * ox + d.dy() * oy) / length;
        return 1.5 * (1 - along) + d.preference() * 0.2;
    }

    /** What a place costs because of the view box, the markers and the lines, whatever the other labels. */
    private double ownCost(int i, Box box, Placement placement, List<Item> items, List<Box> markers,
            List<MapModel.Line> lines) {
        double cost = 0;
        if (box.x0() < minX || box.y0() < minY || box.x1() > maxX || box.y1() > maxY) {
            cost += OUTSIDE;
        }
        Point self = items.get(i).point();
        boolean leader = placement.leaderFrom() != null;
        // The point where the label begins, next to its marker or at the end of its leader.
        Point attach = placement.anchor().equals("middle")
                ? new Point(placement.x(), self.y() < box.y0() ? box.y0() : box.y1())
                : new Point(placement.x(), (box.y0() + box.y1()) / 2);
        double own = distance(attach, self);
        for (int m = 0; m < items.size(); m++) {
            if (m == i) {
                continue;
            }
            Point other = items.get(m).point();
            if (box.overlap(markers.get(m)) > 0) {
                cost += 100;
            }
            // A label that begins nearer to another marker than to its own reads as that marker's.
            if (distance(attach, other) < own + font * 0.5) {
                cost += leader ? 6 : 40;
            }
            // Crowding another marker takes the room its own label needs.
            if (box.distance(other) < font * 0.6) {
                cost += 4;
            }
            if (leader && markers.get(m).crosses(placement.leaderFrom(), placement.leaderTo())) {
                cost += 40;
            }
        }
        for (MapModel.Line line : lines) {
            Point a = new Point(line.x1(), line.y1());
            Point b = new Point(line.x2(), line.y2());
            if (box.crosses(a, b)) {
                cost += 3;
            }
            if (leader && segmentsCross(placement.leaderFrom(), placement.leaderTo(), a, b)) {
                cost += 4;
            }
        }
        return cost;
    }

    /** What placing item {@code i}'s label as {@code c} costs because of the other labels chosen so far. */
    private static double interactions(int i, Candidate c, Candidate[] chosen) {
        double cost = 0;
        boolean leader = c.hasLeader();
        Placement p = c.placement();
        for (int m = 0; m < chosen.length; m++) {
            Candidate o = chosen[m];
            if (m == i || o == null) {
                continue;
            }
            double overlap = c.padded().overlap(o.box());
            if (overlap > 0) {
                cost += 200 + overlap;
            }
            Placement q = o.placement();
            if (o.hasLeader() && c.box().crosses(q.leaderFrom(), q.leaderTo())) {
                cost += 60;
            }
            if (leader && o.box().crosses(p.leaderFrom(), p.leaderTo())) {
                cost += 60;
            }
            if (leader && o.hasLeader() && segmentsCross(p.leaderFrom(), p.leaderTo(), q.leaderFrom(), q.leaderTo())) {
                cost += 30;
            }
        }
        return cost;
    }

    /** The label's box for a label whose nearest point to the marker is (ax, ay). */
    private Box box(Direction d, double ax, double ay, double width) {
        double h = font * LINE_HEIGHT;
        double x0 = switch (d.anchor()) {
            case "start" -> ax;
            case "end" -> ax - width;
            default -> ax - width / 2;
        };
        double y0;
        if (d.dy() < -0.1) {
            y0 = ay - h;
        } else if (d.dy() > 0.1) {
            y0 = ay;
        } else {
            y0 = ay - h / 2;
        }
        return new Box(x0, y0, x0 + width, y0 + h);
    }

    private static double distance(Point a, Point b) {
        return Math.hypot(a.x() - b.x(), a.y() - b.y());
    }

    private static boolean segmentsCross(Point a, Point b, Point c, Point d) {
        double d1 = cross(c, d, a);
        double d2 = cross(c, d, b);
        double d3 = cross(a, b, c);
        double d4 = cross(a, b, d);
        return d1 * d2 < 0 && d3 * d4 < 0;
    }

    private static double cross(Point o, Point a, Point b) {
        return (a.x() - o.x()) * (b.y() - o.y()) - (a.y() - o.y()) * (b.x() - o.x());
    }

    private static int neighbours(List<Item> items, int i, double distance) {
        int count = 0;
        Point p = items.get(i).point();
        for (int j = 0; j < items.size(); j++) {
            Point q = items.get(j).point();
            if (j != i && Math.hypot(p.x() - q.x(), p.y() - q.y()) < distance) {
                count++;
            }
        }
        return count;
    }

    /**
     * Estimated advance width of {@code text} in a sans-serif system font, with a little room
     * for the halo drawn around labels.
     */
    static double textWidth(String text, double fontSize) {
        double em = 0.2;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' || "iljtfrI.,'’-".indexOf(c) >= 0) {
                em += 0.32;
            } else if ("mwMW".indexOf(c) >= 0) {
                em += 0.85;
            } else if (Character.isUpperCase(c)) {
                em += 0.68;
            } else {
                em += 0.55;
            }
        }
        return em * fontSize;
    }
}
