package dk.aarhus.sistercities.activity;

import static org.assertj.core.api.Assertions.assertThat;

import dk.aarhus.sistercities.support.AlsoOnPostgres;
import dk.aarhus.sistercities.support.FullAppTest;
import dk.aarhus.sistercities.support.Http;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The seeded activities as citizens meet them, over real HTTP: the activities page in both languages,
 * newest first, each with its sources; its filters by city and by year, offered only where there are
 * activities; each city page's own; the newest three on the overview; the Atom feed; and the events as
 * an iCalendar that a reader following RFC 5545 parses.
 */
@FullAppTest
@AlsoOnPostgres
class ActivitiesPublicTest {

    static final String SITE = "https://sistercities.example";
    static final List<String> NEWEST_FIRST = List.of("activity-lviv-cooperation-agreement-2023",
            "activity-lviv-sister-city-2023", "activity-st-petersburg-partnership-ended-2022",
            "activity-kiel-cooperation-agreement-2019");

    @LocalServerPort
    int port;

    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    @Test
    void theActivitiesPageListsTheSourcedFactsNewestFirst() {
        Document da = http.page("/da/aktiviteter");
        assertThat(da.select("h1").text()).isEqualTo("Aktiviteter");
        assertThat(da.select("main li.activity").eachAttr("id")).containsExactlyElementsOf(NEWEST_FIRST);
        assertThat(da.select("header nav a[aria-current=page]").text()).isEqualTo("Aktiviteter");
        assertThat(da.select("link[rel=alternate][hreflang=en]").attr("href")).isEqualTo(SITE + "/en/activities");
        for (Element activity : da.select("main li.activity")) {
            assertThat(activity.select(".activity-sources a[href^=https://]")).as(activity.id() + " cites a source")
                    .isNotEmpty();
        }
        Element kiel = da.getElementById("activity-kiel-cooperation-agreement-2019");
        assertThat(kiel.select("h2").text()).isEqualTo("Aarhus og Kiel underskriver en samarbejdsaftale");
        assertThat(kiel.select(".activity-meta time").attr("datetime")).isEqualTo("2019-05-29");
        assertThat(kiel.select(".activity-meta").text()).isEqualTo("29. maj 2019 · Aarhus Rådhus");
        assertThat(kiel.select(".activity-cities a").eachAttr("href")).containsExactly("/da/venskabsbyer/kiel");
        assertThat(kiel.select(".activity-cities").text()).isEqualTo("Samarbejder: Kiel");
        assertThat(da.getElementById("activity-st-petersburg-partnership-ended-2022").select(".activity-cities").text())
                .isEqualTo("Samarbejder: Sankt Petersborg");
        assertThat(kiel.select(".sources a").eachAttr("href")).containsExactly(
                "https://kiel.de/de/kiel_zukunft/kiel_international/aarhus.php",
                "https://www.kn-online.de/Kiel/Aarhus-und-Kiel-unterzeichnen-Staedtepartnerschaft");
        assertThat(da.getElementById("activity-st-petersburg-partnership-ended-2022").select(".activity-meta").text())
                .isEqualTo("Marts 2022");

        Document en = http.page("/en/activities");
        assertThat(en.select("main li.activity").eachAttr("id")).containsExactlyElementsOf(NEWEST_FIRST);
        assertThat(en.getElementById("activity-kiel-cooperation-agreement-2019").select(".activity-meta").text())
                .isEqualTo("29 May 2019 · Aarhus City Hall");
        assertThat(en.select("a[href=/en/activities.ics]")).hasSize(1);
    }

    @Test
    void theFiltersAreLinksToTheCitiesAndYearsThatHaveActivities() {
        Document all = http.page("/da/aktiviteter");
        assertThat(all.select(".activity-filters a").eachAttr("href")).containsExactly("/da/aktiviteter",
                "/da/aktiviteter/kiel", "/da/aktiviteter/lviv", "/da/aktiviteter/st-petersburg",
                "/da/aktiviteter/2023", "/da/aktiviteter/2022", "/da/aktiviteter/2019");
        assertThat(all.select(".activity-filters a[aria-current=page]").text()).isEqualTo("Alle");

        Document lviv = http.page("/da/aktiviteter/lviv");
        assertThat(lviv.select("h1").text()).isEqualTo("Aktiviteter: Lviv");
        assertThat(lviv.select("main li.activity").eachAttr("id")).containsExactlyElementsOf(NEWEST_FIRST.subList(0, 2));
        assertThat(lviv.select(".activity-filters a[aria-current=page]").text()).isEqualTo("Lviv");
        assertThat(lviv.select("link[rel=alternate][hreflang=en]").attr("href")).isEqualTo(SITE + "/en/activities/lviv");
        assertThat(lviv.select("header nav a[href=/da/aktiviteter]").attr("aria-current")).isEqualTo("true");

        Document year = http.page("/en/activities/2022");
        assertThat(year.select("h1").text()).isEqualTo("Activities in 2022");
        assertThat(year.select("main li.activity").eachAttr("id")).containsExactly(NEWEST_FIRST.get(2));

        for (String none : List.of("/da/aktiviteter/bergen", "/da/aktiviteter/2020", "/en/activities/atlantis",
                "/en/activities/0000", "/da/aktiviteter/12345")) {
            assertThat(http.get(none).statusCode()).as(none).isEqualTo(404);
        }
    }

    @Test
    void cityPagesAndTheOverviewShowTheirActivities() {
        Document lviv = http.page("/da/venskabsbyer/lviv");
        assertThat(lviv.select("#activities-heading").text()).isEqualTo("Aktiviteter");
        assertThat(lviv.select("section[aria-labelledby=activities-heading] li.activity").eachAttr("id"))
                .containsExactlyElementsOf(NEWEST_FIRST.subList(0, 2));
        assertThat(http.page("/en/cities/kiel").select("section[aria-labelledby=activities-heading] h3").eachText())
                .containsExactly("Aarhus and Kiel sign a cooperation agreement");
        assertThat(http.page("/da/venskabsbyer/bergen").select("#activities-heading")).as("none: no section").isEmpty();

        Document overview = http.page("/da");
        assertThat(overview.select(".activity-briefs a").eachAttr("href")).containsExactly(
                "/da/aktiviteter#" + NEWEST_FIRST.get(0), "/da/aktiviteter#" + NEWEST_FIRST.get(1),
                "/da/aktiviteter#" + NEWEST_FIRST.get(2));
        assertThat(overview.select("section[aria-labelledby=activities-heading] a[href=/da/aktiviteter]").text())
                .isEqualTo("Alle aktiviteter");
    }

    @Test
    void theFeedListsTheActivities() {
        HttpResponse<String> response = http.get("/en/feed.xml");
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/atom+xml");
        Document feed = Jsoup.parse(response.body(), "", Parser.xmlParser());
        assertThat(feed.select("feed > link[rel=alternate]").attr("href")).isEqualTo(SITE + "/en/activities");
        assertThat(feed.select("entry > title").eachText()).containsExactly(
                "Lviv and Aarhus sign a cooperation agreement", "Lviv becomes a sister city of Aarhus",
                "The City Council ends the partnership with St Petersburg", "Aarhus and Kiel sign a cooperation agreement");
        assertThat(feed.select("entry > link").eachAttr("href")).allMatch(href -> href.startsWith(SITE + "/en/activities#"));
        assertThat(feed.select("entry > id").eachText()).doesNotHaveDuplicates().hasSize(4);
        assertThat(feed.select("entry > updated").eachText()).allMatch(at -> at.matches("\\d{4}-\\d\\d-\\d\\dT.*Z"));
        assertThat(feed.select("entry > content[type=html]").first().text()).contains("<p>The mayors of Lviv");
        assertThat(feed.select("entry > title").text()).doesNotContain("updated");
    }

    @Test
    void theEventsAreAnICalendarThatParses() {
        HttpResponse<String> response = http.get("/da/aktiviteter.ics");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/calendar");
        String body = response.body();
        assertThat(body).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
        assertThat(body.replace("\r\n", "")).as("every line ends in CRLF").doesNotContain("\n", "\r");
        for (String line : body.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
        }
        List<Map<String, String>> events = events(body);
        assertThat(events).as("only the activities dated to the day").hasSize(2);
        Map<String, String> kiel = events.get(1);
        assertThat(kiel).containsEntry("UID", "kiel-cooperation-agreement-2019@sistercities.example")
                .containsEntry("DTSTART;VALUE=DATE", "20190529").containsEntry("DTEND;VALUE=DATE", "20190530")
                .containsEntry("SUMMARY", "Aarhus og Kiel underskriver en samarbejdsaftale")
                .containsEntry("LOCATION", "Aarhus Rådhus")
                .containsEntry("URL", SITE + "/da/aktiviteter#activity-kiel-cooperation-agreement-2019");
        assertThat(kiel.get("DESCRIPTION")).startsWith("Borgmester Jacob Bundsgaard og byrådsformand Hans-Werner Tovar")
                .contains("Aarhus Rådhus, i første omgang");
        assertThat(kiel.get("DTSTAMP")).matches("\\d{8}T\\d{6}Z");
        assertThat(events.get(0)).containsEntry("DTSTART;VALUE=DATE", "20230418").doesNotContainKey("LOCATION");
        assertThat(events(http.get("/en/activities.ics").body()).get(0))
                .containsEntry("SUMMARY", "Lviv and Aarhus sign a cooperation agreement");
    }

    /** The VEVENTs of a calendar as RFC 5545 reads them: lines unfolded, TEXT values unescaped. */
    static List<Map<String, String>> events(String calendar) {
        List<Map<String, String>> events = new ArrayList<>();
        Map<String, String> event = null;
        for (String line : calendar.replace("\r\n ", "").split("\r\n")) {
            int colon = line.indexOf(':');
            String name = line.substring(0, colon);
            String value = line.substring(colon + 1);
            if (line.equals("BEGIN:VEVENT")) {
                event = new LinkedHashMap<>();
            } else if (line.equals("END:VEVENT")) {
                events.add(event);
                event = null;
            } else if (event != null) {
                event.put(name, value.replace("\\n", "\n").replace("\\,", ",").replace("\\;", ";").replace("\\\\", "\\"));
            }
        }
        return events;
    }
}
