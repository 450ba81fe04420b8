package dk.aarhus.sistercities.activity;

import static org.assertj.core.api.Assertions.assertThat;

import dk.aarhus.sistercities.account.TestAccounts;
import dk.aarhus.sistercities.support.AlsoOnPostgres;
import dk.aarhus.sistercities.support.FullAppTest;
import dk.aarhus.sistercities.support.Http;
import dk.aarhus.sistercities.support.ResetDataBeforeEachTest;
import dk.aarhus.sistercities.support.WebSession;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.FormElement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Activities made by editors over HTTP: a form with every problem is refused in the GOV.UK pattern with
 * the input kept and nothing stored; a saved draft is nowhere public; published, it is on the activities
 * page, its city's page, the overview, the feed and the calendar, and in the audit log; a stale save is
 * refused with both versions; taken off, it is gone again; the seeded ones are editable.
 */
@FullAppTest
@ResetDataBeforeEachTest
@AlsoOnPostgres
class ActivityAdminTest {

    static final String NEW = "/admin/activities/new";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    Http http;
    WebSession editor;

    @BeforeEach
    void sessions() {
        http = new Http(port);
        editor = new WebSession(port, "da");
        editor.logIn(TestAccounts.ADMIN_USERNAME, TestAccounts.ADMIN_PASSWORD);
    }

    @Test
    void aFormWithProblemsIsRefusedWithEveryReasonAndTheInputKept() {
        Map<String, String> hostile = new HashMap<>();
        hostile.put("texts[da][title]", " ");
        hostile.put("texts[en][title]", "<script>alert(1)</script>");
        hostile.put("texts[da][place]", "x".repeat(201));
        hostile.put("starts", "2019-02-30");
        hostile.put("ends", "2018");
        hostile.put("link", "javascript:alert(1)");
        hostile.put("sources[0].title", "");
        hostile.put("sources[0].url", "ftp://example.org/");
        HttpResponse<String> refused = submit(NEW, hostile);
        assertThat(refused.statusCode()).isEqualTo(200);
        Document page = Jsoup.parse(refused.body());
        // The empty title, the missing city and the source without a title would only keep a draft from publishing.
        assertThat(page.select(".error-summary a").eachAttr("href")).containsExactly(
                "#texts-da-place", "#starts", "#link", "#sources-0-url");
        assertThat(page.selectFirst("#texts-en-title").val()).isEqualTo("<script>alert(1)</script>");
        assertThat(page.selectFirst("#starts").val()).isEqualTo("2019-02-30");
        assertThat(page.selectFirst("#sources-0-url").val()).isEqualTo("ftp://example.org/");
        assertThat(refused.body()).doesNotContain("<script>alert(1)</script>");
        assertThat(jdbc.queryForObject("select count(*) from revision where subject_kind = 'ACTIVITY'", Integer.class))
                .as("nothing stored").isZero();
    }

    @Test
    void aDraftIsSavedWithOnlyATitleAndItsPublishAndPreviewSayWhatIsMissing() {
        HttpResponse<String> saved = submit(NEW, Map.of("texts[da][title]", "Kun en titel"));
        assertThat(saved.statusCode()).isEqualTo(302);
        String form = saved.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
        assertThat(editor.page("/admin/activities").select("main a[href=" + form + "]").text()).isEqualTo("Kun en titel");

        publish(form);
        Document refused = editor.page(form);
        assertThat(refused.select(".banner-warning").text()).contains("Ikke offentliggjort");
        assertThat(refused.select(".error-summary a").eachAttr("href")).containsExactly("#texts-en-title", "#starts",
                "#cities", "#sources-0-title");
        assertThat(http.get("/da/aktiviteter").body()).doesNotContain("Kun en titel");

        assertThat(editor.get(form + "/preview/da").statusCode()).as("no preview without a date").isEqualTo(302);
        assertThat(editor.page(form).select(".error-summary a").eachAttr("href")).contains("#starts");
    }

    @Test
    void aDraftIsPrivateUntilPublishedThenEverywhereUntilTakenOff() {
        HttpResponse<String> saved = submit(NEW, visit("Besøg i Turku"));
        assertThat(saved.statusCode()).isEqualTo(302);
        String form = saved.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
        assertThat(form).matches("/admin/activities/a-[a-z0-9]{10}");
        String key = form.substring(form.lastIndexOf('/') + 1);
        assertThat(editor.page("/admin/activities").select("main a[href=" + form + "]").text()).isEqualTo("Besøg i Turku");
        assertThat(http.get("/da/aktiviteter").body()).doesNotContain("Besøg i Turku");
        assertThat(http.get("/da/venskabsbyer/turku").body()).doesNotContain("Besøg i Turku");
        assertThat(editor.page(form + "/preview/da").select("li.activity h2").eachText()).contains("Besøg i Turku");

        publish(form);
        assertThat(http.page("/da/aktiviteter").select("li.activity").first().id()).isEqualTo("activity-" + key);
        assertThat(http.page("/da/venskabsbyer/turku").select("#activities-heading + ol li.activity h3").eachText())
                .containsExactly("Besøg i Turku");
        assertThat(http.page("/da").select(".activity-briefs a").first().text()).isEqualTo("Besøg i Turku");
        assertThat(http.get("/da/feed.xml").body()).contains("<title>Besøg i Turku</title>");
        assertThat(http.get("/en/activities.ics").body()).contains("UID:" + key + "@sistercities.example",
                "DTSTART;VALUE=DATE:20260610", "DTEND;VALUE=DATE:20260613", "LOCATION:Turku City Hall");
        assertThat(http.page("/da/aktiviteter").select(".activity-filters a").eachAttr("href"))
                .contains("/da/aktiviteter/turku", "/da/aktiviteter/2026");
        assertThat(jdbc.queryForObject("select count(*) from audit_log where event = 'ACTIVITY_PUBLISHED' and detail = ?",
                Integer.class, "activities/" + key)).isEqualTo(1);

        // A form opened before another save is refused, with both versions and the input kept.
        Document opened = editor.page(form);
        submit(form, visit("Besøg i Turku, rettet"));
        HttpResponse<String> stale = editor.submit((FormElement) opened.selectFirst("main form[method=post]:has(#starts)"),
                null, Map.of("texts[da][title]", "Min version"));
        Document conflict = Jsoup.parse(stale.body());
        assertThat(conflict.select("#conflict-title")).hasSize(1);
        assertThat(conflict.selectFirst("#texts-da-title").val()).isEqualTo("Min version");
        assertThat(conflict.select("table.diff td").eachText()).as("the words taken out and put in, said so to a screen reader")
                .contains("fjernet: Besøg i Turku, rettet", "tilføjet: Min version");

        Document current = editor.page(form);
        editor.post(form + "/remove", current, "seenRevision", current.selectFirst("#baseRevision").val());
        assertThat(http.get("/da/aktiviteter").body()).doesNotContain("Besøg i Turku");
        assertThat(http.get("/da/aktiviteter/turku").statusCode()).isEqualTo(404);
        assertThat(editor.get("/admin/activities/no-such-activity").statusCode()).isEqualTo(404);
    }

    @Test
    void aSeededActivityIsEditedLikeAnyOther() {
        String kiel = "/admin/activities/kiel-cooperation-agreement-2019";
        Document form = editor.page(kiel);
        assertThat(form.selectFirst("#texts-da-title").val()).isEqualTo("Aarhus og Kiel underskriver en samarbejdsaftale");
        assertThat(form.select("input[name=cities][checked]").eachAttr("value")).containsExactly("kiel");
        assertThat(form.selectFirst("#sources-1-title").val()).isEqualTo("Aarhus und Kiel sind jetzt Freunde");
        assertThat(form.selectFirst("#sources-2-title").val()).as("one empty row for the next source").isEmpty();
        Map<String, String> place = Map.of("texts[en][place]", "City Hall, Aarhus");
        assertThat(editor.submit((FormElement) form.selectFirst("main form[method=post]:has(#starts)"), null, place)
                .statusCode()).isEqualTo(302);
        publish(kiel);
        assertThat(http.page("/en/cities/kiel").select("li.activity .activity-meta").text())
                .isEqualTo("29 May 2019 · City Hall, Aarhus");
    }

    private static Map<String, String> visit(String title) {
        Map<String, String> values = new HashMap<>();
        values.put("texts[da][title]", title);
        values.put("texts[en][title]", "A visit to Turku");
        values.put("texts[en][place]", "Turku City Hall");
        values.put("texts[da][body]", "Et **besøg**.");
        values.put("starts", "2026-06-10");
        values.put("ends", "2026-06-12");
        values.put("cities", "turku");
        values.put("sources[0].title", "Et besøg");
        values.put("sources[0].language", "da");
        values.put("sources[0].url", "https://example.org/besoeg");
        return values;
    }

    private HttpResponse<String> submit(String path, Map<String, String> values) {
        Document form = editor.page(path);
        return editor.submit((FormElement) form.selectFirst("main form[method=post]:has(#starts)"), null, values);
    }

    private void publish(String path) {
        Document form = editor.page(path);
        HttpResponse<String> published = editor.submit((FormElement) form.selectFirst("form[action$=/publish]"),
                null, Map.of());
        assertThat(published.statusCode()).isEqualTo(302);
    }
}
