package dk.aarhus.sistercities.map;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The partnership map, drawn by the server as SVG: land from Natural Earth 1:110m (shipped in
 * {@code map/land.txt}, built by {@code src/tools/map/build-land.mjs}) and the cities projected
 * with exactly the same projection ({@code map/projection.json}). Both are read once, at start.
 */
@Component
public class WorldMap {

    static final String LAND_RESOURCE = "map/land.txt";
    static final String PROJECTION_RESOURCE = "map/projection.json";

    /** Only absolute or relative move/line/close commands and numbers: safe in an attribute. */
    private static final Pattern PATH_CHARACTERS = Pattern.compile("[MmLlZz0-9.\\- ]+");

    /** Models are cheap to keep and take some milliseconds to lay out: remember the last few. */
    private static final int CACHED_MODELS = 32;

    private record Key(List<Marker> partners, Marker home, MapView view) {
    }

    private final Projection projection;
    private final String landPath;
    private final String viewBox;
    private final Map<Key, MapModel> models = new ConcurrentHashMap<>();

    public WorldMap() {
        this(read(PROJECTION_RESOURCE), read(LAND_RESOURCE));
    }

    WorldMap(String projectionJson, String landPath) {
        this.projection = JsonMapper.shared().readValue(projectionJson, Projection.class);
        this.landPath = landPath.strip();
        if (this.landPath.isEmpty() || !PATH_CHARACTERS.matcher(this.landPath).matches()) {
            throw new IllegalStateException(LAND_RESOURCE + " is not an SVG path of M, L and Z commands");
        }
        this.viewBox = viewBox(0, 0, projection.width(), projection.height());
    }

    /** The projection of the land layer. */
    public Projection projection() {
        return projection;
    }

    /** Projects a place to SVG user units of the land layer (north up, x from the west edge). */
    public Point project(double latitude, double longitude) {
        return projection.project(latitude, longitude);
    }

    /** The land, as the {@code d} attribute of one {@code <path>}. */
    public String landPath() {
        return landPath;
    }

    /** The view box of the whole map, e.g. {@code "0 0 1000 356.5"}. */
    public String viewBox() {
        return viewBox;
    }

    public double width() {
        return projection.width();
    }

    public double height() {
        return projection.height();
    }

    /** The full map with labels, or the compact one without. */
    public MapModel model(List<Marker> partners, Marker home, boolean compact) {
        return model(partners, home, compact ? MapView.COMPACT : MapView.FULL);
    }

    /**
     * One version of the map: Aarhus ({@code home}), every partner with a line from Aarhus, and
     * labels where the view has them. On the whole map a partner that lies outside it is moved
     * to its edge ({@link MapModel.Pin#clamped()}); a cropped view ({@link MapView#EUROPE})
     * leaves out the partners outside it, so that no link is hidden outside the picture.
     * Laying out the labels takes a few milliseconds; the last few models are remembered, so
     * calling this on every request is fine as long as the markers are equal.
     */
    public MapModel model(List<Marker> partners, Marker home, MapView view) {
        Key key = new Key(List.copyOf(partners), Objects.requireNonNull(home, "home"), Objects.requireNonNull(view, "view"));
        MapModel model = models.get(key);
        if (model == null) {
            model = layout(key.partners(), home, view);
            if (models.size() >= CACHED_MODELS) {
                models.clear();
            }
            models.put(key, model);
        }
        return model;
    }

    private MapModel layout(List<Marker> partners, Marker home, MapView view) {
        double[] box = frame(view);
        double x0 = box[0];
        double y0 = box[1];
        double x1 = box[2];
        double y1 = box[3];
        double margin = view.markerRadius() + view.lineWidth();

        Point homePoint = clamp(project(home.latitude(), home.longitude()), x0, y0, x1, y1, view.homeRadius());
        List<Marker> shown = new ArrayList<>();
        List<Point> points = new ArrayList<>();
        List<Boolean> clamped = new ArrayList<>();
        for (Marker partner : partners) {
            Point p = project(partner.latitude(), partner.longitude());
            boolean inside = p.x() >= x0 + margin && p.x() <= x1 - margin && p.y() >= y0 + margin && p.y() <= y1 - margin;
            if (!inside && view.region() != null) {
                continue;
            }
            Point placed = inside ? p : clamp(p, x0, y0, x1, y1, margin);
            shown.add(partner);
            points.add(placed);
            clamped.add(!inside);
        }

        List<MapModel.Line> lines = new ArrayList<>();
        for (Point p : points) {
            lines.add(line(homePoint, p));
        }

        List<LabelPlacer.Placement> labels = null;
        if (view.labelled()) {
            List<LabelPlacer.Item> items = new ArrayList<>();
            items.add(new LabelPlacer.Item(homePoint, view.homeRadius(), home.name(), null, true));
            for (int i = 0; i < shown.size(); i++) {
                items.add(new LabelPlacer.Item(points.get(i), view.markerRadius(), shown.get(i).name(), homePoint, false));
            }
            labels = new LabelPlacer(x0, y0, x1, y1, view.fontSize()).place(items, lines);
        }

        List<String> hits = HitAreas.ofPartners(view, homePoint, home, shown, points, labels);
        double[] detail = view == MapView.FULL ? frame(MapView.EUROPE) : null;
        MapModel.Pin homePin = pin(home, homePoint, null, labels == null ? null : labels.get(0), false, null, false);
        List<MapModel.Pin> pins = new ArrayList<>();
        for (int i = 0; i < shown.size(); i++) {
            Point p = points.get(i);
            boolean detailed = detail != null && p.x() >= detail[0] && p.x() <= detail[2] && p.y() >= detail[1]
                    && p.y() <= detail[3];
            pins.add(pin(shown.get(i), p, lines.get(i), labels == null ? null : labels.get(i + 1),
                    clamped.get(i), hits.get(i), detailed));
        }
        return new MapModel(view, viewBox(x0, y0, x1 - x0, y1 - y0), round(x0), round(y0), round(x1 - x0),
                round(y1 - y0), view.fontSize(), view.markerRadius(), view.homeRadius(), view.lineWidth(), homePin,
                pins);
    }

    /** The view's rectangle in user units: x0, y0, x1, y1. */
    private double[] frame(MapView view) {
        double[] region = view.region();
        if (region == null) {
            return new double[] {0, 0, projection.width(), projection.height()};
        }
        Point northWest = project(region[3], region[0]);
        Point southEast = project(region[2], region[1]);
        return new double[] {round(northWest.x()), round(northWest.y()), round(southEast.x()), round(southEast.y())};
    }

    private static MapModel.Pin pin(Marker marker, Point p, MapModel.Line line, LabelPlacer.Placement label,
            boolean clamped, String hit, boolean detailed) {
        MapModel.Label placedLabel = null;
        if (label != null) {
            MapModel.Line leader = label.leaderFrom() == null ? null : line(label.leaderFrom(), label.leaderTo());
            placedLabel = new MapModel.Label(marker.name(), round(label.x()), round(label.y()), label.anchor(), leader);
        }
        String status = marker.status() == null ? "" : marker.status().strip().toLowerCase(Locale.ROOT);
        return new MapModel.Pin(marker.slug(), marker.name(), marker.href(), status, round(p.x()), round(p.y()), line,
                placedLabel, clamped, hit, detailed);
    }

    private static MapModel.Line line(Point from, Point to) {
        return new MapModel.Line(round(from.x()), round(from.y()), round(to.x()), round(to.y()));
    }

    private static Point clamp(Point p, double x0, double y0, double x1, double y1, double margin) {
        return new Point(Math.max(x0 + margin, Math.min(x1 - margin, p.x())),
                Math.max(y0 + margin, Math.min(y1 - margin, p.y())));
    }

    static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }

    private static String viewBox(double x, double y, double width, double height) {
        return format(x) + " " + format(y) + " " + format(width) + " " + format(height);
    }

    private static String format(double v) {
        double r = round(v);
        return r == Math.rint(r) ? Long.toString((long) r) : Double.toString(r);
    }

    private static String read(String resource) {
        try (InputStream in = WorldMap.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + resource + " (see src/tools/map/README.md)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }
}
