package dk.aarhus.sistercities.city;

import static org.assertj.core.api.Assertions.assertThat;

import dk.aarhus.sistercities.content.Language;
import dk.aarhus.sistercities.support.CityContentBuilder;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A city's events: its steps, plus its start and status change where no step tells them, and a step dated
 * only in words keeps its words and claims no date.
 */
class PartnershipEventsTest {

    private static final PartnershipType TYPE = new PartnershipType("cooperation-agreement", 1, true);
    private static final List<Source> SOURCES = List.of(new Source("A", "en", "P", "2022", null),
            new Source("B", "en", "P", "2023", null));

    @Test
    void aStartAndAStatusChangeThatNoStepTellsAreEventsOfTheirOwn() {
        City city = city(CityStatus.ENDED, "2022-03", List.of(2), 1989, List.of(1), List.of(
                step("2010", List.of(1), null, "A visit.")));

        assertThat(PartnershipEvents.of(city, Language.EN)).extracting(PartnershipEvent::kind, PartnershipEvent::when,
                PartnershipEvent::isoDate, PartnershipEvent::text, PartnershipEvent::sources).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(PartnershipEvent.Kind.START, "1989", "1989", null, List.of(1)),
                        org.assertj.core.groups.Tuple.tuple(PartnershipEvent.Kind.STEP, "2010", "2010", "A visit.", List.of(1)),
                        org.assertj.core.groups.Tuple.tuple(PartnershipEvent.Kind.STATUS, "March 2022", "2022-03", null, List.of(2)));
        assertThat(PartnershipEvents.of(city, Language.DA).get(2).when()).isEqualTo("Marts 2022");
        assertThat(PartnershipEvents.of(city, Language.EN).get(2).messageKey()).isEqualTo("event.status.ENDED");
    }

    @Test
    void aStepThatTellsTheStartOrTheStatusChangeIsThatEventAndAVagueOneClaimsNoDate() {
        City city = city(CityStatus.LIMITED, "2021", List.of(2), 1984, List.of(1), List.of(
                step("2021", List.of(2), null, "Limited."),
                step("1984", List.of(1), null, "Agreement."),
                step("1960", List.of(1), "The early 1960s", "Friendship."),
                // A second step in the start's year stays a step.
                step("1984-06", List.of(2), null, "Another visit.")));

        List<PartnershipEvent> events = PartnershipEvents.of(city, Language.EN);
        assertThat(events).extracting(PartnershipEvent::kind).containsExactly(PartnershipEvent.Kind.STEP,
                PartnershipEvent.Kind.START, PartnershipEvent.Kind.STEP, PartnershipEvent.Kind.STATUS);
        assertThat(events.get(0).when()).isEqualTo("The early 1960s");
        assertThat(events.get(0).isoDate()).isNull();
        assertThat(events.get(0).dated()).isFalse();
        assertThat(events.get(1).text()).isEqualTo("Agreement.");
        assertThat(events.get(3).status()).isEqualTo(CityStatus.LIMITED);
        assertThat(events).hasSize(4);
    }

    private static City city(CityStatus status, String statusSince, List<Integer> statusSources, Integer since,
            List<Integer> sinceSources, List<Milestone> steps) {
        CityContent content = CityContentBuilder.newCity("test", "DE", TYPE.getCode(), status)
                .texts(Map.of("en", new CityContent.Texts("Test", "Germany", null, "s", "d", null),
                        "da", new CityContent.Texts("Test", "Tyskland", null, "s", "d", null)))
                .set("statusSince", statusSince).set("statusSources", statusSources).set("sinceYear", since)
                .set("sinceSources", sinceSources).set("milestones", steps).set("sources", SOURCES)
                .build();
        City city = new City("test", "DE", TYPE);
        city.apply(content, TYPE);
        return city;
    }

    private static Milestone step(String date, List<Integer> sources, String when, String text) {
        return new Milestone(date, sources, Map.of("en", new Milestone.Texts(when, text)));
    }
}
