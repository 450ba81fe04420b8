package dk.aarhus.sistercities.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import dk.aarhus.sistercities.account.TestAccounts;
import dk.aarhus.sistercities.support.AdminPages;
import dk.aarhus.sistercities.support.AlsoOnPostgres;
import dk.aarhus.sistercities.support.FullAppTest;
import dk.aarhus.sistercities.support.HtmlChecker;
import dk.aarhus.sistercities.support.Http;
import dk.aarhus.sistercities.support.ResetDataBeforeEachTest;
import dk.aarhus.sistercities.support.TestClock;
import dk.aarhus.sistercities.support.WebSession;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
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
 * Scheduled publishing over HTTP, the poller driven by the test clock: the form refuses what cannot be
 * scheduled with every reason and the input kept; a schedule publishes exactly its revision on time, and is
 * shown on the form, in the city list and in the history; a draft saved after scheduling is not published and
 * the refusal is shown to editors and audited; a take-off at a time; a cancelled schedule does nothing.
 */
@FullAppTest
@ResetDataBeforeEachTest
@AlsoOnPostgres
class ScheduledPublishingTest {

    private static final ZoneId AARHUS = ZoneId.of("Europe/Copenhagen");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestClock clock;

    @Autowired
    SchedulePoller poller;

    Http http;
    WebSession editor;
    String bergen;

    @BeforeEach
    void sessions() {
        http = new Http(port);
        editor = new WebSession(port, "da");
        editor.logIn(TestAccounts.ADMIN_USERNAME, TestAccounts.ADMIN_PASSWORD);
        bergen = editor.page("/admin").selectFirst("main a:containsOwn(Bergen)[href^=/admin/cities/]").attr("href");
    }

    @Test
    void whatCannotBeScheduledIsRefusedWithEveryReasonAndTheInputKept() {
        HttpResponse<String> nothing = schedule(bergen, Map.of());
        assertThat(nothing.statusCode()).isEqualTo(200);
        assertThat(errors(nothing)).containsExactly("#publishDate");

        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), AARHUS);
        Map<String, String> wrong = new HashMap<>();
        wrong.put("publishDate", "2026-13-45");
        wrong.put("publishTime", "25:99");
        wrong.put("unpublishDate", now.plusDays(3).format(DATE));
        HttpResponse<String> refused = schedule(bergen, wrong);
        Document page = Jsoup.parse(refused.body());
        assertThat(errors(refused)).containsExactly("#publishDate", "#publishTime", "#unpublishTime");
        assertThat(page.select(".error-summary a").eachText()).contains(
                "Skriv datoen som en rigtig dato, fx 2026-12-03 eller 3.12.2026",
                "Skriv klokkeslættet som timer og minutter, fx 09:00", "Angiv også klokkeslættet");
        assertThat(page.selectFirst("#publishDate").val()).isEqualTo("2026-13-45");
        assertThat(page.selectFirst("#publishTime").val()).isEqualTo("25:99");
        assertThat(page.selectFirst("#unpublishDate").val()).isEqualTo(now.plusDays(3).format(DATE));
        assertThat(page.selectFirst("#publishTime").attr("aria-describedby")).isEqualTo("publishTime-error");
        assertThat(page.selectFirst("#publishDate").attr("type")).as("not a date: shown back as text").isEqualTo("text");
        assertThat(page.selectFirst("#unpublishDate").attr("type")).isEqualTo("date");
        assertThat(new HtmlChecker().check(refused.body(), http.base() + "/admin/schedules"))
                .as("the refused form's page is valid HTML").noneMatch(HtmlChecker.Problem::error);

        Map<String, String> past = Map.of("publishDate", now.minusDays(1).format(DATE), "publishTime", "09:00");
        assertThat(errors(schedule(bergen, past))).containsExactly("#publishDate");
        Map<String, String> tooFar = Map.of("publishDate", now.plusYears(3).format(DATE), "publishTime", "09:00");
        assertThat(Jsoup.parse(schedule(bergen, tooFar).body()).select(".error-summary").text())
                .contains("Planlæg højst to år frem");
        Map<String, String> backwards = Map.of("publishDate", now.plusDays(5).format(DATE), "publishTime", "09:00",
                "unpublishDate", now.plusDays(4).format(DATE), "unpublishTime", "09:00");
        assertThat(errors(schedule(bergen, backwards))).containsExactly("#unpublishDate");
        Map<String, String> generalOff = Map.of("unpublishDate", now.plusDays(4).format(DATE), "unpublishTime", "09:00");
        HttpResponse<String> general = schedule("/admin/contacts/general", generalOff);
        assertThat(errors(general)).as("the general contact is never taken off").containsExactly("#unpublishDate");
        assertThat(Jsoup.parse(general.body()).select(".error-summary").text()).contains("kan ikke tages af sitet");
        Map<String, String> hostile = Map.of("publishDate", "<script>alert(1)</script>", "publishTime", "\u0000" + "x".repeat(5000));
        HttpResponse<String> script = schedule(bergen, hostile);
        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(script.body()).doesNotContain("<script>alert(1)</script>");
        assertThat(errors(script)).containsExactly("#publishDate", "#publishTime");

        // A form opened before another save schedules nothing: the editor must see what is to be published.
        Document opened = editor.page(bergen);
        AdminPages.saveCity(editor, bergen, Map.of("texts[en].summary", "Saved meanwhile"));
        HttpResponse<String> stale = editor.submit(scheduleForm(opened), null, at(now.plusDays(1)));
        assertThat(Jsoup.parse(stale.body()).select("[role=alert]").text()).contains("Ikke planlagt");
        assertThat(jdbc.queryForObject("select count(*) from scheduled_action", Long.class)).as("nothing stored").isZero();
    }

    @Test
    void aScheduledPublishPublishesExactlyThatRevisionOnTime() {
        AdminPages.saveCity(editor, bergen, Map.of("texts[en].summary", "Bergen, published on time"));
        int revision = draftRevision(bergen);
        LocalDateTime due = LocalDateTime.ofInstant(clock.instant(), AARHUS).plusDays(2).withHour(9).withMinute(0);
        HttpResponse<String> scheduled = schedule(bergen, at(due));
        assertThat(scheduled.statusCode()).isEqualTo(302);
        assertThat(scheduled.headers().firstValue("Location").orElseThrow()).endsWith(bergen + "#schedule");

        Document form = editor.page(bergen);
        assertThat(form.select("#schedule [role=status]").text()).startsWith("Planlagt.");
        assertThat(form.select("#schedule tr.scheduled-action[data-state=PENDING] th").text())
                .isEqualTo("Udgiv version " + revision);
        String when = due.getDayOfMonth() + ". " + DateTimeFormatter.ofPattern("MMM", java.util.Locale.forLanguageTag("da"))
                .format(due) + " kl. 09.00";
        assertThat(editor.page("/admin").select("tr:has(a:containsOwn(Bergen)) .scheduled").text())
                .startsWith("Udgives " + due.getDayOfMonth() + ". ").endsWith("kl. 09.00");
        assertThat(form.select("#schedule tr.scheduled-action td").first().text()).startsWith(when);

        clock.advance(Duration.ofHours(24));
        assertThat(poller.runDue()).as("not due yet").isZero();
        assertThat(http.page("/en/cities/bergen").text()).doesNotContain("Bergen, published on time");
        clock.advance(Duration.between(clock.instant(), due.atZone(AARHUS).toInstant()).plusSeconds(1));
        assertThat(poller.runDue()).isEqualTo(1);
        assertThat(poller.runDue()).as("done once").isZero();

        assertThat(http.page("/en/cities/bergen").text()).contains("Bergen, published on time");
        assertThat(jdbc.queryForObject("select count(*) from audit_log where event = 'CITY_PUBLISHED' and detail = 'bergen'"
                + " and actor = ?", Long.class, TestAccounts.ADMIN_USERNAME)).isEqualTo(1);
        assertThat(editor.page(bergen).select("#schedule tr.scheduled-action[data-state=DONE] td").text())
                .contains("Udført");
        Document history = editor.page(bergen + "/history");
        assertThat(history.select("tr.scheduled-action[data-state=DONE]")).hasSize(1);
        assertThat(history.select("tbody tr").first().text()).contains("Offentliggjort");
        assertThat(editor.page("/admin").select("tr:has(a:containsOwn(Bergen)) .scheduled")).isEmpty();
    }

    @Test
    void aDraftSavedAfterSchedulingIsNotPublishedAndTheRefusalIsShown() {
        AdminPages.saveCity(editor, bergen, Map.of("texts[en].summary", "The scheduled version"));
        int scheduled = draftRevision(bergen);
        LocalDateTime due = LocalDateTime.ofInstant(clock.instant(), AARHUS).plusHours(2);
        assertThat(schedule(bergen, at(due)).statusCode()).isEqualTo(302);
        AdminPages.saveCity(editor, bergen, Map.of("texts[en].summary", "A later draft nobody scheduled"));

        clock.advance(Duration.ofHours(3));
        assertThat(poller.runDue()).isZero();
        String page = http.page("/en/cities/bergen").text();
        assertThat(page).doesNotContain("The scheduled version").doesNotContain("A later draft nobody scheduled");
        assertThat(editor.page(bergen).select("#schedule tr.scheduled-action[data-state=STALE] td").text())
                .contains("Ikke udgivet: Version " + scheduled + " var ikke længere den nyeste kladde");
        assertThat(editor.page(bergen + "/history").select("tr.scheduled-action[data-state=STALE]")).hasSize(1);
        assertThat(jdbc.queryForObject("select count(*) from audit_log where event = 'SCHEDULE_REFUSED'", Long.class))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from revision where action = 'PUBLISHED' and author = ?",
                Long.class, TestAccounts.ADMIN_USERNAME)).isZero();
        assertThat(poller.runDue()).as("a refused step is not tried again").isZero();
    }

    @Test
    void aPageIsTakenOffTheSiteAtItsTimeAndACancelledScheduleDoesNothing() {
        String page = "/admin/pages/get-involved";
        assertThat(http.get("/en/pages/get-involved").statusCode()).isEqualTo(200);
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), AARHUS);
        Map<String, String> takeOff = Map.of("unpublishDate", now.plusDays(2).format(DATE), "unpublishTime", "12:00");
        assertThat(schedule(page, takeOff).statusCode()).isEqualTo(302);
        assertThat(schedule(page, takeOff).statusCode()).as("a second take-off while one waits").isEqualTo(200);

        // Bergen: scheduled, then cancelled from its form; the same cancel again says it is no longer pending.
        AdminPages.saveCity(editor, bergen, Map.of("texts[en].summary", "Never published"));
        assertThat(schedule(bergen, at(now.plusDays(1))).statusCode()).isEqualTo(302);
        Document form = editor.page(bergen);
        FormElement cancel = (FormElement) form.selectFirst("#schedule form[action$=/cancel]");
        assertThat(editor.submit(cancel, null, Map.of()).statusCode()).isEqualTo(302);
        assertThat(editor.page(bergen).select("#schedule [role=status]").text()).contains("annulleret");
        assertThat(editor.page(bergen).select("#schedule tr.scheduled-action[data-state=CANCELLED]")).hasSize(1);
        editor.submit(cancel, null, Map.of());
        assertThat(editor.page(bergen).select("#schedule [role=alert]").text()).contains("Kunne ikke annulleres");

        clock.advance(Duration.ofDays(3));
        assertThat(poller.runDue()).as("the page's take-off; the cancelled publish is not done").isEqualTo(1);
        assertThat(http.get("/en/pages/get-involved").statusCode()).isEqualTo(404);
        assertThat(http.page("/en/cities/bergen").text()).doesNotContain("Never published");
        assertThat(editor.page(page).select("#schedule tr.scheduled-action[data-state=DONE] th").text())
                .isEqualTo("Tag af sitet");
        assertThat(jdbc.queryForObject("select count(*) from audit_log where event = 'PAGE_UNPUBLISHED'", Long.class))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from audit_log where event in ('SCHEDULE_SET',"
                + " 'SCHEDULE_CANCELLED')", Long.class)).isEqualTo(3);
    }

    @Test
    void anActivityIsPublishedAtItsTime() {
        String kiel = "/admin/activities/kiel-cooperation-agreement-2019";
        Document form = editor.page(kiel);
        assertThat(editor.submit((FormElement) form.selectFirst("main form[method=post]:has(#starts)"), null,
                Map.of("texts[en][place]", "Scheduled place")).statusCode()).isEqualTo(302);
        LocalDateTime due = LocalDateTime.ofInstant(clock.instant(), AARHUS).plusMinutes(30);
        assertThat(schedule(kiel, at(due)).statusCode()).isEqualTo(302);
        assertThat(http.page("/en/cities/kiel").text()).doesNotContain("Scheduled place");
        clock.advance(Duration.ofMinutes(31));
        assertThat(poller.runDue()).isEqualTo(1);
        assertThat(http.page("/en/cities/kiel").text()).contains("Scheduled place");
    }

    private HttpResponse<String> schedule(String path, Map<String, String> values) {
        return editor.submit(scheduleForm(editor.page(path)), null, values);
    }

    private static FormElement scheduleForm(Document page) {
        return (FormElement) page.selectFirst("form[action=/admin/schedules]");
    }

    private static Map<String, String> at(LocalDateTime moment) {
        return Map.of("publishDate", moment.format(DATE), "publishTime", moment.format(TIME));
    }

    private static java.util.List<String> errors(HttpResponse<String> response) {
        return Jsoup.parse(response.body()).select(".error-summary a").eachAttr("href");
    }

    private int draftRevision(String city) {
        return jdbc.queryForObject("select max(number) from revision where subject_kind = 'CITY' and subject_key = ?",
                Integer.class, city.substring(city.lastIndexOf('/') + 1));
    }
}
