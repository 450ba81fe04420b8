package dk.aarhus.sistercities.activity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What an activity must keep before it can be saved, published or imported. */
class ActivityRulesTest {

    private static final Set<String> CITIES = Set.of("kiel", "lviv");
    private static final ActivityContent.Source SOURCE =
            new ActivityContent.Source("Aarhus und Kiel sind jetzt Freunde", "de", "Kieler Nachrichten", "2019-05-29",
                    "https://www.kn-online.de/");

    private static ActivityContent activity(String starts, String ends, List<String> cities,
            List<ActivityContent.Source> sources, String link) {
        return new ActivityContent("kiel-2019", starts, ends, link, cities, sources,
                Map.of("da", new ActivityContent.Texts("Aftale", "Aarhus Rådhus", "Tekst"),
                        "en", new ActivityContent.Texts("Agreement", "Aarhus City Hall", "Text"))).normalised();
    }

    private static List<String> fields(ActivityContent content) {
        return ActivityRules.problems(content, CITIES).stream().map(ActivityRules.Problem::field).toList();
    }

    @Test
    void aSourcedActivityOfKnownCitiesPasses() {
        assertThat(fields(activity("2019-05-29", null, List.of("kiel"), List.of(SOURCE), "https://kiel.de/")))
                .isEmpty();
        assertThat(fields(activity("2022-03", "2023", List.of("kiel", "lviv"), List.of(SOURCE), null)))
                .as("partial dates, a range").isEmpty();
    }

    @Test
    void everyBrokenFieldIsNamed() {
        ActivityContent broken = new ActivityContent("Not A Key!", "2019-02-30", "2019-13", "javascript:alert(1)",
                List.of("atlantis"), List.of(new ActivityContent.Source(null, "deu", null, "yesterday", "ftp://x")),
                Map.of("da", new ActivityContent.Texts("  ", "x".repeat(201), null))).normalised();
        assertThat(fields(broken)).containsExactly("key", "texts[da][title]", "texts[da][place]", "texts[en][title]",
                "starts", "ends", "cities", "link", "sources[0].title", "sources[0].language", "sources[0].date",
                "sources[0].url");
    }

    @Test
    void noSourceNoCityOrAnEndBeforeTheStartIsRefused() {
        assertThat(fields(activity("2019-05-29", null, List.of("kiel"), List.of(), null)))
                .containsExactly("sources[0].title");
        assertThat(fields(activity("2019-05-29", null, List.of(), List.of(SOURCE), null))).containsExactly("cities");
        assertThat(fields(activity("2019-05-29", "2019-04", List.of("kiel"), List.of(SOURCE), null)))
                .containsExactly("ends");
        assertThat(fields(activity("2019-05-29", "2019-05", List.of("kiel"), List.of(SOURCE), null)))
                .as("an end month that contains the start day").isEmpty();
        assertThat(fields(activity(null, null, List.of("kiel"), List.of(SOURCE), null))).containsExactly("starts");
        assertThat(ActivityRules.problems(activity("2019", null, List.of("atlantis"), List.of(SOURCE), null), null))
                .as("an import checks city names against its own document").isEmpty();
    }

    @Test
    void emptySourceRowsAndRepeatedCitiesAreDroppedWhenNormalised() {
        ActivityContent content = activity(" 2019 ", "", List.of("kiel", " kiel", "lviv"),
                List.of(new ActivityContent.Source(" ", null, "", null, null), SOURCE), null);
        assertThat(content.starts()).isEqualTo("2019");
        assertThat(content.ends()).isNull();
        assertThat(content.cities()).containsExactly("kiel", "lviv");
        assertThat(content.sources()).containsExactly(SOURCE);
    }
}
