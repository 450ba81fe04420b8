package dk.aarhus.sistercities.map;

import java.util.ArrayList;
import java.util.List;

/**
 * The area that answers a tap for each marker (WCAG 2.2's 2.5.8, target size): a circle around the marker,
 * wider than 24 CSS px where its view is shown on a phone, cut where it would reach into another marker's:
 * along the line halfway between the two markers, and short of every other marker's dot and label (Aarhus's
 * name too; its dot, which is no link, may lie under a neighbour's area). So no target overlaps another, and
 * a marker with no close neighbour keeps its whole circle. Where markers lie closer than 24 px (Kiel, Hamburg
 * and Rostock on a phone), each keeps its own side of the way; the list beside the map has every city as an
 * ordinary link.
 */
final class HitAreas {

    /** Corners of the polygon that stands for the circle. */
    private static final int SIDES = 20;

    /** A rectangle to keep clear: another marker's dot or label. */
    record Box(double x0, double y0, double x1, double y1) {
    }

    private HitAreas() {
    }

    /**
     * The hit area of the marker at {@code self} as SVG polygon points, or null when nothing is left of it.
     *
     * @param others the other markers that are links, whose halves of the way are theirs
     * @param keepClear the other markers' dots and labels, and the home marker's label
     */
    static String polygon(Point self, double radius, List<Point> others, List<Box> keepClear) {
        List<Point> polygon = new ArrayList<>();
        for (int i = 0; i < SIDES; i++) {
            double a = 2 * Math.PI * i / SIDES;
            // The polygon's sides touch the circle from outside, so it is never narrower than the circle.
            double r = radius / Math.cos(Math.PI / SIDES);
            polygon.add(new Point(self.x() + r * Math.cos(a), self.y() + r * Math.sin(a)));
        }
        for (Point other : others) {
            double dx = other.x() - self.x();
            double dy = other.y() - self.y();
            if (Math.hypot(dx, dy) < 2 * radius && (dx != 0 || dy != 0)) {
                // Keep the points nearer to self than to other: (p - mid) . d <= 0.
                double c = (self.x() + other.x()) / 2 * dx + (self.y() + other.y()) / 2 * dy;
                polygon = clip(polygon, dx, dy, c);
            }
        }
        for (Box box : keepClear) {
            polygon = clear(polygon, self, box);
        }
        if (polygon.size() < 3) {
            return null;
        }
        StringBuilder points = new StringBuilder();
        for (Point p : polygon) {
            if (!points.isEmpty()) {
                points.append(' ');
            }
            points.append(WorldMap.round(p.x())).append(',').append(WorldMap.round(p.y()));
        }
        return points.toString();
    }

    /**
     * Cuts away the part of the polygon beyond a line that has {@code box} wholly on its far side: one of the
     * box's sides that face {@code self}, or the line through its corner nearest to self, square to the way
     * there; of these, the one that leaves the most.
     */
    private static List<Point> clear(List<Point> polygon, Point self, Box box) {
        List<double[]> cuts = new ArrayList<>();
        if (self.x() <= box.x0()) {
            cuts.add(new double[] {1, 0, box.x0()});
        }
        if (self.x() >= box.x1()) {
            cuts.add(new double[] {-1, 0, -box.x1()});
        }
        if (self.y() <= box.y0()) {
            cuts.add(new double[] {0, 1, box.y0()});
        }
        if (self.y() >= box.y1()) {
            cuts.add(new double[] {0, -1, -box.y1()});
        }
        if (cuts.size() == 2) {
            // Diagonally off a corner: the line through that corner, square to the way from self.
            double cx = self.x() <= box.x0() ? box.x0() : box.x1();
            double cy = self.y() <= box.y0() ? box.y0() : box.y1();
            double a = cx - self.x();
            double b = cy - self.y();
            cuts.add(new double[] {a, b, a * cx + b * cy});
        }
        // A box over the marker itself (which the labels are placed to avoid) cannot be cut away.
        List<Point> best = polygon;
        double bestArea = -1;
        for (double[] cut : cuts) {
            List<Point> clipped = clip(polygon, cut[0], cut[1], cut[2]);
            double area = area(clipped);
            if (area > bestArea) {
                bestArea = area;
                best = clipped;
            }
        }
        return best;
    }

    static double area(List<Point> polygon) {
        double twice = 0;
        for (int i = 0; i < polygon.size(); i++) {
            Point p = polygon.get(i);
            Point q = polygon.get((i + 1) % polygon.size());
            twice += p.x() * q.y() - q.x() * p.y();
        }
        return Math.abs(twice) / 2;
    }

    /** Sutherland-Hodgman: the part of a convex polygon where a*x + b*y <= c. */
    static List<Point> clip(List<Point> polygon, double a, double b, double c) {
        List<Point> out = new ArrayList<>();
        for (int i = 0; i < polygon.size(); i++) {
            Point p = polygon.get(i);
            Point q = polygon.get((i + 1) % polygon.size());
            double fp = a * p.x() + b * p.y() - c;
            double fq = a * q.x() + b * q.y() - c;
            if (fp <= 0) {
                out.add(p);
            }
            if (fp * fq < 0) {
                double t = fp / (fp - fq);
                out.add(new Point(p.x() + t * (q.x() - p.x()), p.y() + t * (q.y() - p.y())));
            }
        }
        return out;
    }

    /** Each partner's tap area (null where the view has no links), kept off the other markers and labels. */
    static List<String> ofPartners(MapView view, Point homePoint, Marker home, List<Marker> shown,
            List<Point> points, List<LabelPlacer.Placement> labels) {
        List<String> hits = new ArrayList<>();
        if (view.hitRadius() <= 0) {
            shown.forEach(m -> hits.add(null));
            return hits;
        }
        List<Point> all = new ArrayList<>();
        all.add(homePoint);
        all.addAll(points);
        // Per marker (Aarhus first): its dot, and its label where the view has labels.
        List<List<HitAreas.Box>> marks = new ArrayList<>();
        for (int k = 0; k < all.size(); k++) {
            Point p = all.get(k);
            double r = (k == 0 ? view.homeRadius() : view.markerRadius()) * 1.1;
            List<HitAreas.Box> own = new ArrayList<>(List.of(new HitAreas.Box(p.x() - r, p.y() - r, p.x() + r, p.y() + r)));
            if (labels != null) {
                String name = k == 0 ? home.name() : shown.get(k - 1).name();
                own.add(LabelPlacer.extent(labels.get(k), name, view.fontSize(), k == 0));
            }
            marks.add(own);
        }
        for (int i = 1; i < all.size(); i++) {
            // Aarhus is no link: its half of the way is free to take, its name is kept clear, its dot need not be.
            List<Point> others = new ArrayList<>(points);
            others.remove(i - 1);
            List<HitAreas.Box> keepClear = new ArrayList<>();
            for (int k = 0; k < all.size(); k++) {
                if (k != i) {
                    keepClear.addAll(k == 0 ? marks.get(k).subList(1, marks.get(k).size()) : marks.get(k));
                }
            }
            hits.add(HitAreas.polygon(all.get(i), view.hitRadius(), others, keepClear));
        }
        return hits;
    }
}
