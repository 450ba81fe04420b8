package dk.aarhus.sistercities.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import dk.aarhus.sistercities.support.Addresses;
import dk.aarhus.sistercities.support.FullAppTest;
import dk.aarhus.sistercities.support.Http;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The timeline over real HTTP, against the seed: both drawings and the list show the same events, every city
 * with a start has its row, no date is shown or placed more precisely than its source gives it (a step the
 * source dates only in words is told in those words and not placed), each city page shows the same events as
 * the timeline, and the page is there in both languages like every other.
 */
@FullAppTest
class TimelineTest {

    private static final String SITE = "https://sistercities.example";
    private static final List<String> LANGUAGES = List.of("da", "en");

    @LocalServerPort
    int port;

    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    @Test
    void theTimelineIsAPageInBothLanguagesLinkedFromTheOverviewTheFooterAndTheSitemap() {
        assertThat(Addresses.timeline("da")).isEqualTo("/da/tidslinje");
        assertThat(Addresses.timeline("en")).isEqualTo("/en/timeline");
        String sitemap = http.get("/sitemap.xml").body();
        for (String lang : LANGUAGES) {
            String path = Addresses.timeline(lang);
            String other = lang.equals("da") ? "en" : "da";
            HttpResponse<String> response = http.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.headers().allValues("Set-Cookie")).as(path).isEmpty();
            assertThat(response.headers().firstValue("ETag")).as("kept by the page cache").isPresent();
            Document page = http.page(path);
            assertThat(page.select("html").attr("lang")).isEqualTo(lang);
            assertThat(page.select("h1")).hasSize(1);
            assertThat(page.select("link[rel=alternate][hreflang=" + other + "]").attr("href"))
                    .isEqualTo(SITE + Addresses.timeline(other));
            assertThat(page.select("nav.language a").attr("href")).isEqualTo(Addresses.timeline(other));
            assertThat(page.select("script, img[src^=http], link[href^=http][rel=stylesheet]")).isEmpty();
            assertThat(page.select("svg.timeline-svg")).hasSize(2)
                    .allSatisfy(svg -> assertThat(svg.attr("aria-hidden")).isEqualTo("true"));
            // The drawing and its legend are hidden from screen readers as one; the list tells the events.
            assertThat(page.select("figure.timeline").attr("aria-hidden")).isEqualTo("true");
            assertThat(page.select("figure.timeline").select("a, button, input, [tabindex]")).isEmpty();
            assertThat(page.select(".page-meta time")).as("last updated").hasSize(1);
            assertThat(sitemap).contains("<loc>" + SITE + path + "</loc>");
            Document overview = http.page("/" + lang);
            assertThat(overview.select("main a").eachAttr("href")).contains(path);
            assertThat(overview.select("footer a").eachAttr("href")).contains(path);
            assertThat(http.page(Addresses.city(lang, "bergen")).select("main a").eachAttr("href")).contains(path);
        }
    }

    @Test
    void theDrawingsAndTheListShowTheSameEventsNeverMorePreciseThanTheirSources() throws IOException {
        JsonNode seed = seed();
        for (String lang : LANGUAGES) {
            Document page = http.page(Addresses.timeline(lang));
            Map<String, String> names = new LinkedHashMap<>();
            Set<String> withStart = new HashSet<>();
            for (JsonNode city : seed.get("cities")) {
                names.put(city.get("texts").get(lang).get("name").asString(), city.get("slug").asString());
                boolean datedStep = false;
                for (JsonNode step : city.get("milestones")) {
                    datedStep |= !step.get("texts").get(lang).hasNonNull("when");
                }
                if (city.hasNonNull("sinceYear") || datedStep) {
                    withStart.add(city.get("texts").get(lang).get("name").asString());
                }
            }
            assertThat(withStart).as("the seed's cities with a start").hasSize(9);

            List<String> dated = new ArrayList<>();
            List<String> undated = new ArrayList<>();
            Map<String, List<String>> byCity = new LinkedHashMap<>();
            for (Element item : page.select("ol.timeline-list > li")) {
                String city = item.selectFirst("a").text();
                Element time = item.selectFirst("time");
                String when = item.selectFirst(".milestone-when").text();
                String event = when + " – " + city + ": " + item.selectFirst("li > span:not(.milestone-when)").text();
                (time == null ? undated : dated).add(event);
                byCity.computeIfAbsent(city, c -> new ArrayList<>()).add(when + ": "
                        + item.selectFirst("li > span:not(.milestone-when)").text());
                JsonNode seedCity = city(seed, names.get(city));
                if (time != null) {
                    assertPrecise(time, seedCity, lang);
                }
                for (Element ref : item.select("sup.refs a")) {
                    assertThat(ref.attr("href")).startsWith(Addresses.city(lang, names.get(city)) + "#source-");
                }
            }
            assertThat(undated).as("the steps dated in words only").hasSize(5);
            for (Element svg : page.select("svg.timeline-svg")) {
                assertThat(svg.select("g.tl-mark > title").eachText()).as("the marks of " + svg.className())
                        .containsExactlyInAnyOrderElementsOf(dated);
                assertThat(svg.select("text.tl-name").eachText()).as("a row for every city with a start")
                        .containsExactlyInAnyOrderElementsOf(withStart);
            }
            // Every step the source dates only in words is told in them, and claims no date.
            for (JsonNode city : seed.get("cities")) {
                String name = city.get("texts").get(lang).get("name").asString();
                for (JsonNode step : city.get("milestones")) {
                    JsonNode texts = step.get("texts").get(lang);
                    if (texts.hasNonNull("when")) {
                        assertThat(undated).contains(texts.get("when").asString() + " – " + name + ": "
                                + texts.get("text").asString());
                    }
                }
            }
            // A city's page shows the same events as the timeline, in the same order.
            for (Map.Entry<String, List<String>> city : byCity.entrySet()) {
                Document cityPage = http.page(Addresses.city(lang, names.get(city.getKey())));
                List<String> shown = cityPage.select("ol.milestones > li").stream()
                        .map(li -> li.selectFirst(".milestone-when").text() + ": "
                                + li.selectFirst("li > span:not(.milestone-when)").text())
                        .toList();
                assertThat(shown).as(city.getKey() + "'s page").containsExactlyElementsOf(city.getValue());
            }
        }
    }

    /** The date is one the seed gives for the city, and the words say no more than it does. */
    private static void assertPrecise(Element time, JsonNode city, String lang) {
        String iso = time.attr("datetime");
        Set<String> given = new HashSet<>();
        if (city.hasNonNull("sinceYear")) {
            given.add(city.get("sinceYear").asString());
        }
        if (city.hasNonNull("statusSince")) {
            given.add(city.get("statusSince").asString());
        }
        for (JsonNode step : city.get("milestones")) {
            if (!step.get("texts").get(lang).hasNonNull("when")) {
                given.add(step.get("date").asString());
            }
        }
        assertThat(given).as(city.get("slug").asString() + "'s dates").contains(iso);
        String shown = time.text();
        String year = iso.substring(0, 4);
        switch (iso.length()) {
            case 4 -> assertThat(shown).isEqualTo(year);
            case 7 -> assertThat(shown.replace(year, "")).as(shown).matches("\\D+");
            default -> assertThat(shown).as(shown).contains(String.valueOf(Integer.parseInt(iso.substring(8))));
        }
    }

    private static JsonNode city(JsonNode seed, String slug) {
        for (JsonNode city : seed.get("cities")) {
            if (city.get("slug").asString().equals(slug)) {
                return city;
            }
        }
        throw new AssertionError("no city " + slug + " in the seed");
    }

    private static JsonNode seed() throws IOException {
        try (InputStream in = TimelineTest.class.getResourceAsStream("/seed/content.json")) {
            return JsonMapper.builder().build().readTree(in);
        }
    }
}
