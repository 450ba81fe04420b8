package dk.aarhus.sistercities.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class WorldMapTest {

    static final Marker AARHUS = new Marker("aarhus", "Aarhus", null, 56.1629, 10.2039, "ACTIVE");

    static WorldMap map;
    static List<Marker> seedCities;
    static List<Marker> seedCitiesDanish;

    @BeforeAll
    static void load() throws Exception {
        map = new WorldMap();
        seedCities = new ArrayList<>();
        seedCitiesDanish = new ArrayList<>();
        try (InputStream in = WorldMapTest.class.getClassLoader().getResourceAsStream("seed/content.json")) {
            JsonNode root = JsonMapper.shared().readTree(in);
            for (JsonNode city : root.get("cities")) {
                String slug = city.get("slug").asString();
                double latitude = city.get("latitude").asDouble();
                double longitude = city.get("longitude").asDouble();
                String status = city.get("status").asString();
                seedCities.add(new Marker(slug, name(city, "en", slug), "/en/cities/" + slug, latitude, longitude, status));
                seedCitiesDanish.add(
                        new Marker(slug, name(city, "da", slug), "/da/cities/" + slug, latitude, longitude, status));
            }
        }
    }

    private static String name(JsonNode city, String language, String slug) {
        JsonNode name = city.path("texts").path(language).path("name");
        return name.isMissingNode() || name.isNull() ? slug : name.asString();
    }

    private static Point at(String slug) {
        Marker m = seedCities.stream().filter(c -> c.slug().equals(slug)).findFirst().orElseThrow();
        return map.project(m.latitude(), m.longitude());
    }

    @Test
    void seedHasFifteenPartnersWithCoordinates() {
        assertThat(seedCities).hasSize(15);
    }

    @Test
    void projectsWestToEastAndNorthUp() {
        Point chicago = at("chicago");
        Point london = at("london");
        Point aarhus = map.project(AARHUS.latitude(), AARHUS.longitude());
        Point harbin = at("harbin");
        assertThat(chicago.x()).isLessThan(london.x());
        assertThat(london.x()).isLessThan(aarhus.x());
        assertThat(aarhus.x()).isLessThan(harbin.x());

        // Qaqortoq, Kujalleq's seat (60.72 N), lies far west of Bergen (60.39 N) and a little
        // north of it, not south: same latitude within a degree on the map, y smaller.
        Point kujalleq = at("kujalleq");
        Point bergen = at("bergen");
        assertThat(kujalleq.x()).as("Qaqortoq west of Bergen").isLessThan(bergen.x() - 100);
        assertThat(kujalleq.y()).as("Qaqortoq a little north of Bergen").isLessThan(bergen.y())
                .isGreaterThan(map.project(61.5, 0).y());

        // north is up
        assertThat(at("novi-sad").y()).as("Novi Sad south of Turku").isGreaterThan(at("turku").y());
        assertThat(at("chicago").y()).as("Chicago south of London").isGreaterThan(london.y());
        assertThat(aarhus.y()).as("Aarhus north of Hamburg").isLessThan(at("hamburg").y());
        assertThat(map.project(70, 0).y()).isLessThan(map.project(50, 0).y());
    }

    @Test
    void projectionMatchesTheScript() {
        Projection p = map.projection();
        assertThat(map.project(p.north(), p.west()).x()).isCloseTo(0, within(1e-9));
        assertThat(map.project(p.north(), p.west()).y()).isCloseTo(0, within(1e-9));
        assertThat(map.project(p.south(), p.east()).x()).isCloseTo(p.width(), within(1e-9));
        assertThat(map.project(p.south(), p.east()).y()).isCloseTo(p.height(), within(1e-9));
        // same scale along both axes at the standard parallel
        double perDegreeX = p.width() / (p.east() - p.west());
        double perDegreeY = p.height() / (p.north() - p.south());
        assertThat(perDegreeX / perDegreeY).isCloseTo(Math.cos(Math.toRadians(p.standardParallel())), within(1e-3));
        assertThat(map.viewBox()).isEqualTo("0 0 1000 " + WorldMap.round(p.height()));
    }

    @Test
    void everySeedCityAndAarhusLieInsideTheViewBox() {
        List<Marker> all = new ArrayList<>(seedCities);
        all.add(AARHUS);
        for (Marker city : all) {
            Point p = map.project(city.latitude(), city.longitude());
            assertThat(p.x()).as(city.slug() + " x").isBetween(0.0, map.width());
            assertThat(p.y()).as(city.slug() + " y").isBetween(0.0, map.height());
        }
    }

    @Test
    void landPathIsSvgPathSyntaxWithManyRings() {
        String d = map.landPath();
        assertThat(d).isNotBlank().startsWith("M");
        assertThat(d.length()).as("size of land.txt").isLessThan(40_000);
        // A strict little parser: a command letter, then numbers in pairs (none for Z).
        Matcher token = Pattern.compile("\\s*([MmLlZz]|-?(?:\\d+(?:\\.\\d*)?|\\.\\d+))").matcher(d);
        int at = 0;
        char command = 0;
        int numbers = 0;
        int rings = 0;
        int points = 0;
        double minX = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double x = 0;
        double y = 0;
        while (at < d.length()) {
            assertThat(token.find(at) && token.start() == at).as("token at offset " + at).isTrue();
            String t = token.group(1);
            at = token.end();
            if (Character.isLetter(t.charAt(0))) {
                assertThat(numbers % 2).as("coordinates come in pairs before offset " + at).isZero();
                command = t.charAt(0);
                numbers = 0;
                if (command == 'M') {
                    rings++;
                }
                continue;
            }
            assertThat(command).as("a number before any command").isNotEqualTo((char) 0);
            assertThat(command).as("no number after Z").isNotIn('Z', 'z');
            double v = Double.parseDouble(t);
            boolean relative = Character.isLowerCase(command);
            if (numbers % 2 == 0) {
                x = relative ? x + v : v;
            } else {
                y = relative ? y + v : v;
                points++;
                assertThat(x).isBetween(-3.0, map.width() + 3);
                assertThat(y).isBetween(-3.0, map.height() + 3);
                minX = Math.min(minX, x);
                maxX = Math.max(maxX, x);
            }
            numbers++;
        }
        assertThat(numbers % 2).isZero();
        assertThat(rings).as("rings (continents and islands)").isGreaterThan(20);
        assertThat(points).isGreaterThan(500);
        assertThat(minX).as("land reaches the west edge").isLessThan(1);
        assertThat(maxX).as("land reaches the east edge").isGreaterThan(map.width() - 1);
    }

    @Test
    void fullModelHasOneLinePerPartnerFromAarhus() {
        MapModel model = map.model(seedCities, AARHUS, false);
        assertThat(model.compact()).isFalse();
        assertThat(model.viewBox()).isEqualTo(map.viewBox());
        assertThat(model.partners()).hasSize(15);
        MapModel.Pin home = model.home();
        assertThat(home.line()).isNull();
        assertThat(home.label().text()).isEqualTo("Aarhus");
        for (int i = 0; i < seedCities.size(); i++) {
            Marker city = seedCities.get(i);
            MapModel.Pin pin = model.partners().get(i);
            assertThat(pin.slug()).isEqualTo(city.slug());
            assertThat(pin.href()).isEqualTo("/en/cities/" + city.slug());
            assertThat(pin.clamped()).isFalse();
            assertThat(pin.line().x1()).isEqualTo(home.x());
            assertThat(pin.line().y1()).isEqualTo(home.y());
            assertThat(pin.line().x2()).isEqualTo(pin.x());
            assertThat(pin.line().y2()).isEqualTo(pin.y());
            Point p = map.project(city.latitude(), city.longitude());
            assertThat(pin.x()).isCloseTo(p.x(), within(0.051));
            assertThat(pin.y()).isCloseTo(p.y(), within(0.051));
            assertThat(pin.label().text()).isEqualTo(city.name());
        }
        assertThat(model.partners()).extracting(MapModel.Pin::status).contains("active", "limited", "ended");
    }

    @ParameterizedTest
    @CsvSource({"en, FULL", "da, FULL", "en, EUROPE", "da, EUROPE"})
    void labelsStayInsideAndDoNotOverlap(String language, MapView view) {
        MapModel model = map.model(language.equals("da") ? seedCitiesDanish : seedCities, AARHUS, view);
        double left = model.x();
        double top = model.y();
        List<MapModel.Pin> all = new ArrayList<>(model.partners());
        all.add(model.home());
        List<double[]> boxes = new ArrayList<>();
        for (MapModel.Pin pin : all) {
            MapModel.Label l = pin.label();
            double w = LabelPlacer.textWidth(l.text(), model.fontSize());
            double x0 = switch (l.anchor()) {
                case "start" -> l.x();
                case "end" -> l.x() - w;
                default -> l.x() - w / 2;
            };
            double[] box = {x0, l.y() - 0.9 * model.fontSize(), x0 + w, l.y() + 0.2 * model.fontSize()};
            assertThat(box[0]).as(pin.slug()).isGreaterThanOrEqualTo(left - 0.1);
            assertThat(box[1]).as(pin.slug()).isGreaterThanOrEqualTo(top - 0.1);
            assertThat(box[2]).as(pin.slug()).isLessThanOrEqualTo(left + model.width() + 0.1);
            assertThat(box[3]).as(pin.slug()).isLessThanOrEqualTo(top + model.height() + 0.1);
            for (double[] other : boxes) {
                boolean overlap = box[0] < other[2] && other[0] < box[2] && box[1] < other[3] && other[1] < box[3];
                assertThat(overlap).as(pin.slug() + " label overlaps another").isFalse();
            }
            boxes.add(box);
        }
    }

    /**
     * WCAG 2.2's target size on a 375 px phone (both maps 343 px wide there): the tap areas of two markers never
     * overlap, none lies over another marker's dot or name or Aarhus's name, and each marker's target (tap area,
     * dot and name) spans at least 24 px each way. On the whole map that holds for the markers that are links on
     * a phone: those outside Europe.
     */
    @ParameterizedTest
    @CsvSource({"en, FULL", "da, FULL", "en, EUROPE", "da, EUROPE"})
    void tapAreasAreAtLeast24PxOnAPhoneAndNeverOverlap(String language, MapView view) {
        MapModel model = map.model(language.equals("da") ? seedCitiesDanish : seedCities, AARHUS, view);
        double px = 343 / model.width();
        List<MapModel.Pin> links = model.partners().stream().filter(p -> !p.detailed()).toList();
        assertThat(links).hasSize(view == MapView.FULL ? 3 : 12);
        List<List<Point>> areas = new ArrayList<>();
        for (MapModel.Pin pin : links) {
            List<Point> area = new ArrayList<>();
            for (String xy : pin.hit().split(" ")) {
                String[] c = xy.split(",");
                area.add(new Point(Double.parseDouble(c[0]), Double.parseDouble(c[1])));
            }
            areas.add(area);
            double x0 = pin.x() - model.markerRadius();
            double x1 = pin.x() + model.markerRadius();
            double y0 = pin.y() - model.markerRadius();
            double y1 = pin.y() + model.markerRadius();
            for (Point p : area) {
                x0 = Math.min(x0, p.x());
                x1 = Math.max(x1, p.x());
                y0 = Math.min(y0, p.y());
                y1 = Math.max(y1, p.y());
            }
            HitAreas.Box label = LabelPlacer.extent(new LabelPlacer.Placement(pin.label().x(), pin.label().y(),
                    pin.label().anchor(), null, null), pin.label().text(), model.fontSize(), false);
            if (view.labelled() && view != MapView.FULL) {
                x0 = Math.min(x0, label.x0());
                x1 = Math.max(x1, label.x1());
                y0 = Math.min(y0, label.y0());
                y1 = Math.max(y1, label.y1());
            }
            assertThat((x1 - x0) * px).as(pin.slug() + " wide (px)").isGreaterThanOrEqualTo(24);
            assertThat((y1 - y0) * px).as(pin.slug() + " high (px)").isGreaterThanOrEqualTo(24);
        }
        List<MapModel.Pin> all = new ArrayList<>(model.partners());
        all.add(model.home());
        for (int i = 0; i < links.size(); i++) {
            for (MapModel.Pin other : all) {
                if (other == links.get(i)) {
                    continue;
                }
                if (other != model.home()) {
                    assertThat(inside(areas.get(i), new Point(other.x(), other.y())))
                            .as(links.get(i).slug() + "'s area over " + other.slug() + "'s dot").isFalse();
                }
                HitAreas.Box name = LabelPlacer.extent(new LabelPlacer.Placement(other.label().x(),
                        other.label().y(), other.label().anchor(), null, null), other.label().text(),
                        model.fontSize(), other == model.home());
                for (double fx = 0.05; fx < 1; fx += 0.15) {
                    for (double fy = 0.1; fy < 1; fy += 0.4) {
                        Point p = new Point(name.x0() + fx * (name.x1() - name.x0()), name.y0() + fy * (name.y1() - name.y0()));
                        assertThat(inside(areas.get(i), p)).as(links.get(i).slug() + "'s area over " + other.slug()
                                + "'s name").isFalse();
                    }
                }
            }
            for (int j = i + 1; j < links.size(); j++) {
                for (Point corner : areas.get(j)) {
                    assertThat(inside(areas.get(i), corner)).as(links.get(i).slug() + " and " + links.get(j).slug())
                            .isFalse();
                }
            }
        }
    }

    /** Strictly inside a convex polygon (on its edge counts as outside: two areas may share an edge). */
    private static boolean inside(List<Point> polygon, Point p) {
        int sign = 0;
        for (int k = 0; k < polygon.size(); k++) {
            Point a = polygon.get(k);
            Point b = polygon.get((k + 1) % polygon.size());
            double cross = (b.x() - a.x()) * (p.y() - a.y()) - (b.y() - a.y()) * (p.x() - a.x());
            if (Math.abs(cross) < 0.05) {
                return false;
            }
            int s = cross > 0 ? 1 : -1;
            if (sign != 0 && s != sign) {
                return false;
            }
            sign = s;
        }
        return true;
    }

    @Test
    void everyLabelIsNextToItsMarkerOrHasALeaderFromIt() {
        for (MapView view : List.of(MapView.FULL, MapView.EUROPE)) {
            MapModel model = map.model(seedCities, AARHUS, view);
            List<MapModel.Pin> all = new ArrayList<>(model.partners());
            all.add(model.home());
            for (MapModel.Pin pin : all) {
                MapModel.Label label = pin.label();
                double near = model.homeRadius() + model.fontSize() * 1.2;
                if (label.leader() == null) {
                    double middleY = label.y() - 0.35 * model.fontSize();
                    double dy = Math.abs(middleY - pin.y()) - model.fontSize() * 0.55;
                    double dx = label.anchor().equals("middle") ? 0 : Math.abs(label.x() - pin.x());
                    assertThat(Math.hypot(dx, Math.max(dy, 0))).as(view + " " + pin.slug()).isLessThan(near);
                } else {
                    MapModel.Line leader = label.leader();
                    assertThat(Math.hypot(leader.x1() - pin.x(), leader.y1() - pin.y())).as(view + " " + pin.slug())
                            .isLessThan(model.homeRadius() + 0.2);
                    assertThat(Math.hypot(leader.x2() - label.x(), leader.y2() - label.y()))
                            .as(view + " " + pin.slug()).isLessThan(model.fontSize());
                }
            }
        }
    }

    @Test
    void layoutIsDeterministicAndRemembered() {
        MapModel first = map.model(seedCities, AARHUS, MapView.FULL);
        assertThat(map.model(new ArrayList<>(seedCities), AARHUS, MapView.FULL)).isSameAs(first);
        assertThat(new WorldMap().model(seedCities, AARHUS, MapView.FULL)).isEqualTo(first);
    }

    @Test
    void aMapWithoutPartnersShowsAarhus() {
        MapModel model = map.model(List.of(), AARHUS, false);
        assertThat(model.partners()).isEmpty();
        assertThat(model.home().label().text()).isEqualTo("Aarhus");
    }

    @Test
    void compactModelHasNoLabelsAndTheSameLines() {
        MapModel model = map.model(seedCities, AARHUS, true);
        assertThat(model.compact()).isTrue();
        assertThat(model.labelled()).isFalse();
        assertThat(model.viewBox()).isEqualTo(map.viewBox());
        assertThat(model.home().label()).isNull();
        assertThat(model.partners()).hasSize(15).allSatisfy(pin -> {
            assertThat(pin.label()).isNull();
            assertThat(pin.line().x1()).isEqualTo(model.home().x());
            assertThat(pin.line().y1()).isEqualTo(model.home().y());
        });
        assertThat(model.markerRadius()).isGreaterThan(map.model(seedCities, AARHUS, false).markerRadius());
    }

    @Test
    void europeViewShowsOnlyTheCitiesInsideIt() {
        MapModel model = map.model(seedCities, AARHUS, MapView.EUROPE);
        assertThat(model.partners()).extracting(MapModel.Pin::slug)
                .containsExactly("bergen", "gothenburg", "turku", "rostock", "lviv", "kiel", "st-petersburg", "novi-sad",
                        "london", "amsterdam", "brussels", "hamburg");
        for (MapModel.Pin pin : model.partners()) {
            assertThat(pin.x()).isBetween(model.x(), model.x() + model.width());
            assertThat(pin.y()).isBetween(model.y(), model.y() + model.height());
            assertThat(pin.label()).isNotNull();
            assertThat(pin.line().x1()).isEqualTo(model.home().x());
        }
        String[] box = model.viewBox().split(" ");
        assertThat(Double.parseDouble(box[2])).isLessThan(map.width() / 3);
    }

    @Test
    void aPlaceOutsideTheMapIsMovedToItsEdge() {
        Marker sydney = new Marker("sydney", "Sydney", "/en/cities/sydney", -33.87, 151.21, null);
        MapModel model = map.model(List.of(sydney), AARHUS, false);
        MapModel.Pin pin = model.partners().get(0);
        assertThat(pin.clamped()).isTrue();
        assertThat(pin.status()).isEmpty();
        assertThat(pin.x()).isLessThan(map.width()).isGreaterThan(map.width() - 20);
        assertThat(pin.y()).isLessThan(map.height()).isGreaterThan(map.height() - 20);
        assertThat(map.model(List.of(sydney), AARHUS, MapView.EUROPE).partners()).isEmpty();
    }

    @Test
    void refusesAnythingButAPathOfLinesAndAnUnknownProjection() {
        String json = "{\"type\":\"equirectangular\",\"standardParallel\":50,\"west\":-100,\"east\":140,"
                + "\"south\":25,\"north\":80,\"width\":1000,\"height\":356.5,\"decimals\":1}";
        assertThat(new WorldMap(json, "M1 2l3 4z\n").landPath()).isEqualTo("M1 2l3 4z");
        assertThatThrownBy(() -> new WorldMap(json, "M1 2\"/><script>")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new WorldMap(json, "M1 2C3 4 5 6 7 8")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new WorldMap(json.replace("equirectangular", "mercator"), "M1 2z"))
                .hasRootCauseInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void markersNeedANameAndRealCoordinates() {
        assertThatThrownBy(() -> new Marker("x", " ", null, 0, 0, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Marker("x", "X", null, 91, 0, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Marker("x", "X", null, 0, Double.NaN, null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
