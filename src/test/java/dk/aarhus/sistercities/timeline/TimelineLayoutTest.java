package dk.aarhus.sistercities.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dk.aarhus.sistercities.city.CityCard;
import dk.aarhus.sistercities.city.CityStatus;
import dk.aarhus.sistercities.city.CityTimeline;
import dk.aarhus.sistercities.city.PartnershipEvent;
import dk.aarhus.sistercities.city.PartnershipEvent.Kind;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The timeline's arithmetic: where a date lies, which rows there are, where lines and marks go. */
class TimelineLayoutTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    @Test
    void aDateIsPlacedInTheMiddleOfWhatItsSourceSaysAndNoMorePrecisely() {
        assertThat(TimelineLayout.position("1946")).isEqualTo(1946.5);
        // March 2022: 59 days before it, 31 days long, 365 in the year.
        assertThat(TimelineLayout.position("2022-03")).isCloseTo(2022 + (59 + 15.5) / 365, within(1e-9));
        // 29 May 2019 is day 149.
        assertThat(TimelineLayout.position("2019-05-29")).isCloseTo(2019 + 148.5 / 365, within(1e-9));
        // A leap year's 31 December stays inside its year.
        assertThat(TimelineLayout.position("2024-12-31")).isBetween(2024.99, 2025.0);
        for (String month : List.of("2023-01", "2023-02", "2023-12")) {
            int m = Integer.parseInt(month.substring(5));
            assertThat(TimelineLayout.position(month)).isBetween(2023 + (m - 1) / 12.0, 2023 + m / 12.0);
        }
    }

    @Test
    void onlyCitiesWithADatedEventAreRowsOrderedByTheirStart() {
        CityTimeline kiel = city("kiel", CityStatus.ACTIVE, event(Kind.START, "2019-05-29"));
        CityTimeline bergen = city("bergen", CityStatus.ACTIVE, event(Kind.START, "1946"));
        CityTimeline chicago = city("chicago", CityStatus.ACTIVE);
        CityTimeline vagueOnly = city("vague", CityStatus.ACTIVE, vague("1960", "The early 1960s"));
        CityTimeline kujalleq = city("kujalleq", CityStatus.ACTIVE, vague("1960", "The early 1960s"),
                event(Kind.STEP, "2009"));

        assertThat(TimelineLayout.rows(List.of(kiel, bergen, chicago, vagueOnly, kujalleq)))
                .extracting(c -> c.card().slug()).containsExactly("bergen", "kujalleq", "kiel");
        assertThat(TimelineLayout.entries(List.of(kiel, bergen, chicago, vagueOnly, kujalleq)))
                .extracting(e -> e.city().slug() + " " + e.event().when())
                .containsExactly("bergen 1946", "kujalleq The early 1960s", "vague The early 1960s", "kujalleq 2009",
                        "kiel 2019-05-29");
    }

    @Test
    void linesAndMarksFollowTheDatesWithinTheAxis() {
        CityTimeline bergen = city("bergen", CityStatus.ACTIVE, event(Kind.START, "1946"), event(Kind.STEP, "2013"));
        CityTimeline harbin = city("harbin", CityStatus.LIMITED, event(Kind.START, "1984"),
                event(Kind.STEP, "2010-01"), event(Kind.STATUS, "2021"));
        CityTimeline stPetersburg = city("st-petersburg", CityStatus.ENDED, event(Kind.START, "1989"),
                vague("2022-02", "Before March 2022"), event(Kind.STATUS, "2022-03"));
        CityTimeline kujalleq = city("kujalleq", CityStatus.ACTIVE, vague("1960", "The early 1960s"),
                event(Kind.STEP, "2009"));

        for (TimelineLayout.Shape shape : TimelineLayout.Shape.values()) {
            TimelineDrawing d = TimelineLayout.draw(List.of(bergen, harbin, stPetersburg, kujalleq), TODAY, shape);
            assertThat(d.viewBox()).startsWith("0 0 " + (int) shape.width + " ");
            // Decades from 1940 to 2020; years written under every one, or every other on a phone.
            assertThat(d.ticks()).hasSize(9);
            assertThat(d.ticks()).extracting(TimelineDrawing.Tick::label).filteredOn(l -> l != null)
                    .containsExactlyElementsOf(shape == TimelineLayout.Shape.NARROW
                            ? List.of("1940", "1960", "1980", "2000", "2020")
                            : List.of("1940", "1950", "1960", "1970", "1980", "1990", "2000", "2010", "2020"));
            TimelineLayout.Axis axis = new TimelineLayout.Axis(1940, TimelineLayout.position(TODAY), shape.axisFrom,
                    shape.axisTo);
            assertThat(d.ticks().get(1).x()).isCloseTo(axis.x(1950), within(0.05));

            TimelineDrawing.Row b = d.rows().get(0);
            assertThat(b.city().slug()).isEqualTo("bergen");
            assertThat(b.x1()).isCloseTo(axis.x(1946.5), within(0.05));
            assertThat(b.x2()).isEqualTo(shape.axisTo);
            assertThat(b.dashFrom()).isNull();
            assertThat(b.leadFrom()).isNull();
            assertThat(b.marks()).extracting(TimelineDrawing.Mark::x)
                    .containsExactly(b.x1(), TimelineLayout.round(axis.x(2013.5)));

            // Rows in the order of their start; the undated start of Kujalleq counts by its order date.
            assertThat(d.rows()).extracting(r -> r.city().slug())
                    .containsExactly("bergen", "kujalleq", "harbin", "st-petersburg");
            TimelineDrawing.Row k = d.rows().get(1);
            assertThat(k.marks()).hasSize(1);
            assertThat(k.x1()).isCloseTo(axis.x(2009.5), within(0.05));
            assertThat(k.leadFrom()).as("a dotted beginning, of fixed length, for the undated early 1960s")
                    .isCloseTo(k.x1() - TimelineLayout.LEAD_IN * 2 * shape.radius, within(0.1));

            TimelineDrawing.Row h = d.rows().get(2);
            assertThat(h.dashFrom()).as("limited since 2021").isCloseTo(axis.x(2021.5), within(0.05));
            assertThat(h.solidTo()).isEqualTo(h.dashFrom());
            assertThat(h.x2()).isEqualTo(shape.axisTo);
            assertThat(h.marks()).extracting(TimelineDrawing.Mark::diamond).containsExactly(false, false, true);

            TimelineDrawing.Row s = d.rows().get(3);
            assertThat(s.ended()).isTrue();
            assertThat(s.x2()).as("ends in March 2022").isCloseTo(axis.x(TimelineLayout.position("2022-03")), within(0.05));
            assertThat(s.marks()).as("the undated suspension is not placed").hasSize(2);
            assertThat(s.leadFrom()).as("an undated event after the start needs no dotted beginning").isNull();

            // Lviv: steps of March 2022 and February 2023 before the start of March 2023, and an undated step
            // ("a few years before 2022") before them all.
            TimelineDrawing lvivDrawing = TimelineLayout.draw(List.of(city("lviv", CityStatus.ACTIVE,
                    vague("2020", "A few years before 2022"), event(Kind.STEP, "2022-03"), event(Kind.STEP, "2023-02"),
                    event(Kind.START, "2023-03"))), TODAY, shape);
            TimelineLayout.Axis lvivAxis = new TimelineLayout.Axis(2020, TimelineLayout.position(TODAY),
                    shape.axisFrom, shape.axisTo);
            TimelineDrawing.Row lviv = lvivDrawing.rows().get(0);
            assertThat(lviv.x1()).as("the line begins at the earliest dated event, not at the start")
                    .isCloseTo(lvivAxis.x(TimelineLayout.position("2022-03")), within(0.05));
            assertThat(lviv.marks()).allSatisfy(m -> assertThat(m.x()).isGreaterThanOrEqualTo(lviv.x1()));
            assertThat(lviv.leadFrom()).as("the dotted stretch only before the earliest dated event")
                    .isCloseTo(lviv.x1() - TimelineLayout.LEAD_IN * 2 * shape.radius, within(0.1));
            TimelineDrawing.Row noLead = TimelineLayout.draw(List.of(city("lviv", CityStatus.ACTIVE,
                    event(Kind.STEP, "2022-03"), vague("2022-06", "Later in 2022"), event(Kind.START, "2023-03"))),
                    TODAY, shape).rows().get(0);
            assertThat(noLead.leadFrom()).as("an undated step after the earliest dated one draws no lead-in")
                    .isNull();

            double rowsBottom = 0;
            for (TimelineDrawing.Row row : d.rows()) {
                assertThat(row.y()).isGreaterThan(rowsBottom);
                rowsBottom = row.y();
                for (TimelineDrawing.Mark m : row.marks()) {
                    assertThat(m.x() - m.radius()).isGreaterThanOrEqualTo(0);
                    assertThat(m.x() + m.radius()).isLessThanOrEqualTo(shape.width);
                }
            }
            assertThat(rowsBottom + shape.radius).isLessThan(d.height());
        }
    }

    private static CityTimeline city(String slug, CityStatus status, PartnershipEvent... events) {
        return new CityTimeline(new CityCard(slug, slug, "Country", "DK", status, "", null, null, null, null),
                List.of(events));
    }

    private static PartnershipEvent event(Kind kind, String date) {
        return new PartnershipEvent(kind, date, date, "text", kind == Kind.STATUS ? CityStatus.LIMITED : null,
                List.of(1), date);
    }

    private static PartnershipEvent vague(String order, String words) {
        return new PartnershipEvent(Kind.STEP, words, null, "text", null, List.of(1), order);
    }
}
