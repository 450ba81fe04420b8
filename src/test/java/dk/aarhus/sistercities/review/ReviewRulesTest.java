package dk.aarhus.sistercities.review;

import static dk.aarhus.sistercities.review.Reviewers.PASSWORD;
import static dk.aarhus.sistercities.review.Reviewers.location;
import static org.assertj.core.api.Assertions.assertThat;

import dk.aarhus.sistercities.account.TestAccounts;
import dk.aarhus.sistercities.schedule.SchedulePoller;
import dk.aarhus.sistercities.support.AdminPages;
import dk.aarhus.sistercities.support.FullAppTest;
import dk.aarhus.sistercities.support.Http;
import dk.aarhus.sistercities.support.ResetDataBeforeEachTest;
import dk.aarhus.sistercities.support.TestClock;
import dk.aarhus.sistercities.support.TestImages;
import dk.aarhus.sistercities.support.WebSession;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.FormElement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The rules of approval over real HTTP, each person in a session of their own: who may publish with the four-eyes
 * rule on and off, no approving one's own draft, no approving a draft changed since it was sent, no rejecting
 * without a comment, roles and the setting changed by administrators only, every step in the audit log.
 */
@FullAppTest
@ResetDataBeforeEachTest
class ReviewRulesTest {

    private static final String PUBLIC_BERGEN = "/da/venskabsbyer/bergen";

    @LocalServerPort
    int port;

    @Autowired
    TestClock clock;

    @Autowired
    SchedulePoller poller;

    @Autowired
    JdbcTemplate jdbc;

    WebSession admin;
    String bergen;

    @BeforeEach
    void people() {
        admin = Reviewers.admin(port);
        Reviewers.createAccount(admin, "eva", "EDITOR");
        Reviewers.createAccount(admin, "pia", "PUBLISHER");
        Reviewers.createAccount(admin, "per", "PUBLISHER");
        bergen = Reviewers.cityPath(admin, "Bergen");
    }

    private WebSession as(String username) {
        return Reviewers.logIn(port, username, PASSWORD);
    }

    private String citizenSees() {
        HttpResponse<String> page = new Http(port).get(PUBLIC_BERGEN);
        assertThat(page.statusCode()).isEqualTo(200);
        return Jsoup.parse(page.body()).select("main .lead").text();
    }

    private HttpResponse<String> postFromForm(WebSession session, String action, String... fields) {
        Document form = session.page(bergen);
        String seen = form.selectFirst("input[name=seenRevision]").val();
        String[] pairs = new String[fields.length + 2];
        pairs[0] = "seenRevision";
        pairs[1] = seen;
        System.arraycopy(fields, 0, pairs, 2, fields.length);
        return session.post(bergen + "/" + action, form, pairs);
    }

    private List<String> audit(String event) {
        return jdbc.queryForList("select actor || ' ' || coalesce(detail, '') from audit_log where event = ? order by id",
                String.class, event);
    }

    @Test
    void underTheRuleOnlyAPublisherChangesAnImageThatPublishedContentShows() {
        HttpResponse<String> uploaded = admin.upload((FormElement) admin.page("/admin/images/new")
                .selectFirst("form[enctype]"), Map.of("decorative", "true", "captionDa", "Bryggen, første udgave"), "file",
                "bryggen.png", "image/png", TestImages.encode(TestImages.picture(640, 400), "png"));
        assertThat(uploaded.statusCode()).isEqualTo(302);
        String image = "/admin/images/" + location(uploaded).replaceAll(".*/", "");
        assertThat(admin.submit((FormElement) admin.page(image).selectFirst("form[enctype]"), null,
                Map.of("captionDa", "Bryggen")).statusCode()).as("a second revision, to restore the first").isEqualTo(302);
        AdminPages.saveCity(admin, bergen, Map.of("image", image.replaceAll(".*/", "")));
        assertThat(postFromForm(admin, "publish").statusCode()).isEqualTo(302);
        Reviewers.fourEyes(admin, true);

        WebSession eva = as("eva");
        Document form = eva.page(image);
        assertThat(form.select("main p.banner-warning").text()).contains("kun en udgiver eller administrator");
        HttpResponse<String> refused = eva.submit((FormElement) form.selectFirst("form[enctype]"), null,
                Map.of("captionDa", "Ændret af en redaktør"));
        assertThat(refused.statusCode()).isEqualTo(200);
        Document again = Jsoup.parse(refused.body());
        assertThat(again.select("#error-summary").text()).contains("kun en udgiver eller administrator");
        assertThat(again.select("#captionDa").val()).as("what was typed is kept").isEqualTo("Ændret af en redaktør");
        FormElement restore = (FormElement) form.selectFirst("form[action$=/restore]");
        assertThat(eva.submit(restore, null, Map.of()).statusCode()).isEqualTo(302);
        assertThat(caption(image)).as("neither saved nor restored").isEqualTo("Bryggen");
        assertThat(Jsoup.parse(new Http(port).get(PUBLIC_BERGEN).body()).select("main figure figcaption").text())
                .contains("Bryggen").doesNotContain("redaktør");

        WebSession pia = as("pia");
        assertThat(pia.page(image).select("main p.banner-warning")).isEmpty();
        assertThat(pia.submit((FormElement) pia.page(image).selectFirst("form[enctype]"), null,
                Map.of("captionDa", "Bryggen i Bergen")).statusCode()).isEqualTo(302);
        assertThat(caption(image)).isEqualTo("Bryggen i Bergen");
    }

    private String caption(String imagePath) {
        return jdbc.queryForObject("select caption_da from image where id = ?", String.class,
                Long.valueOf(imagePath.replaceAll(".*/", "")));
    }

    @Test
    void anEditorPublishesWhileTheRuleIsOffAndIsRefusedWhileItIsOn() {
        WebSession eva = as("eva");
        Reviewers.saveSummary(eva, bergen, "Bergen, udgivet af en redaktør.");
        assertThat(eva.page(bergen).select("form[action$=/publish] button")).as("Publish while off").hasSize(1);
        HttpResponse<String> published = postFromForm(eva, "publish");
        assertThat(published.statusCode()).isEqualTo(302);
        assertThat(citizenSees()).isEqualTo("Bergen, udgivet af en redaktør.");

        Reviewers.fourEyes(admin, true);
        Reviewers.saveSummary(eva, bergen, "Bergen, ikke godkendt.");
        Document form = eva.page(bergen);
        assertThat(form.select("form[action$=/publish], form[action$=/unpublish]")).as("no publish while on").isEmpty();
        assertThat(form.select(".danger-zone, .action-bar button[form=publish-form]")).as("no take-off, delete or publish")
                .isEmpty();
        assertThat(form.select("form.review-submit button").text()).isEqualTo("Send til godkendelse");

        for (String action : List.of("publish", "unpublish", "delete")) {
            HttpResponse<String> refused = postFromForm(eva, action);
            assertThat(refused.statusCode()).as(action).isEqualTo(403);
            Document page = Jsoup.parse(refused.body());
            assertThat(page.select("h1").text()).isEqualTo("Du kan ikke offentliggøre");
            assertThat(page.select("main").text()).contains("Fire-øjne-princippet er slået til", "Send kladden til godkendelse");
        }
        for (String confirmation : List.of("/unpublish", "/delete")) {
            assertThat(eva.get(bergen + confirmation).statusCode()).as("the confirmation page " + confirmation)
                    .isEqualTo(403);
        }
        assertThat(citizenSees()).as("still the published version").isEqualTo("Bergen, udgivet af en redaktør.");
        assertThat(eva.page("/admin").select("main a:containsOwn(Bergen)")).as("not deleted").hasSize(1);

        // A publisher still may; and with the rule off again, so may the editor.
        assertThat(postFromForm(as("pia"), "publish").statusCode()).isEqualTo(302);
        assertThat(citizenSees()).isEqualTo("Bergen, ikke godkendt.");
        Reviewers.fourEyes(admin, false);
        Reviewers.saveSummary(eva, bergen, "Bergen, igen af redaktøren.");
        assertThat(postFromForm(eva, "publish").statusCode()).isEqualTo(302);
        assertThat(citizenSees()).isEqualTo("Bergen, igen af redaktøren.");

        assertThat(audit("SETTING_CHANGED")).containsExactly("admin four-eyes=on", "admin four-eyes=off");
    }

    @Test
    void aPublisherCannotApproveTheirOwnSubmissionButAnotherPublisherCan() {
        Reviewers.fourEyes(admin, true);
        WebSession pia = as("pia");
        Reviewers.saveSummary(pia, bergen, "Bergen, sendt af Pia.");
        assertThat(Reviewers.submit(pia, bergen, "Se venligst årstallet.").statusCode()).isEqualTo(302);
        String id = Reviewers.waitingId(pia);

        Document own = pia.page("/admin/reviews/" + id);
        assertThat(own.select("form[action$=/approve]")).isEmpty();
        assertThat(own.select("main").text()).contains("Du har selv sendt denne kladde");
        HttpResponse<String> refused = pia.post("/admin/reviews/" + id + "/approve", own);
        assertThat(refused.statusCode()).isEqualTo(302);
        assertThat(pia.page(location(refused).replaceFirst("^https?://[^/]+", "")).select(".banner-warning").text())
                .contains("Du har selv sendt denne kladde");
        assertThat(citizenSees()).isNotEqualTo("Bergen, sendt af Pia.");
        assertThat(Reviewers.waitingId(pia)).as("still waiting").isEqualTo(id);

        WebSession per = as("per");
        Document review = per.page("/admin/reviews/" + id);
        assertThat(review.select("main").text()).contains("Se venligst årstallet.", "pia");
        HttpResponse<String> approved = per.submit((FormElement) review.selectFirst("form[action$=/approve]"), null,
                Map.of());
        assertThat(approved.statusCode()).isEqualTo(302);
        assertThat(citizenSees()).isEqualTo("Bergen, sendt af Pia.");
        assertThat(per.page("/admin/reviews").select("main tbody tr")).isEmpty();

        Document history = per.page(bergen + "/history");
        assertThat(history.select(".review-steps tbody th").eachText())
                .containsExactly("Godkendt og offentliggjort", "Sendt til godkendelse");
        assertThat(audit("REVIEW_SUBMITTED")).singleElement().asString().startsWith("pia CITY ");
        assertThat(audit("REVIEW_APPROVED")).singleElement().asString().startsWith("per CITY ");
        assertThat(audit("CITY_PUBLISHED")).last().asString().startsWith("per ");
    }

    /**
     * Under the rule an editor's action bar saves what is on screen and sends that for approval in one step (UI
     * tester: the panel's own button sends the saved draft, and what they had just typed was left behind).
     */
    @Test
    void underTheRuleTheActionBarSavesWhatIsOnScreenAndSendsThatForApproval() {
        Reviewers.fourEyes(admin, true);
        WebSession pia = as("pia");
        assertThat(pia.page(bergen).select(".action-bar button[value=save-and-submit]")).as("a publisher publishes")
                .isEmpty();
        assertThat(pia.page(bergen).select(".action-bar button[value=save-and-publish]")).hasSize(1);
        WebSession eva = as("eva");
        Document form = eva.page(bergen);
        assertThat(form.select(".action-bar button[value=save-and-publish]")).as("no save and publish").isEmpty();
        Element both = form.selectFirst("form#city-form .action-bar button[name=action][value=save-and-submit]");
        assertThat(both.text()).isEqualTo("Gem og send til godkendelse");

        HttpResponse<String> sent = eva.submit((FormElement) form.selectFirst("form#city-form"), both,
                Map.of("texts[da].summary", "Bergen, skrevet og sendt i ét."));
        assertThat(location(sent)).endsWith(bergen);
        Document after = eva.page(bergen);
        assertThat(after.select(".banner-success").text()).contains("Kladden er sendt til godkendelse");
        assertThat(after.select("#texts-da-summary").text()).isEqualTo("Bergen, skrevet og sendt i ét.");
        assertThat(after.select(".action-bar button[value=save-and-submit]")).as("not while it waits").isEmpty();
        assertThat(after.select(".action-bar button[value=save]")).as("saving goes on").hasSize(1);

        pia.submit((FormElement) pia.page("/admin/reviews/" + Reviewers.waitingId(pia))
                .selectFirst("form[action$=/approve]"), null, Map.of());
        assertThat(citizenSees()).as("what was on the editor's screen").isEqualTo("Bergen, skrevet og sendt i ét.");
    }

    @Test
    void approvalIsRefusedWhenTheDraftChangedAfterItWasSent() {
        Reviewers.fourEyes(admin, true);
        WebSession eva = as("eva");
        Reviewers.saveSummary(eva, bergen, "Bergen, som sendt.");
        Reviewers.submit(eva, bergen, "");
        Reviewers.saveSummary(eva, bergen, "Bergen, ændret bagefter.");
        assertThat(eva.page(bergen).select(".review-panel").text()).contains("Kladden er ændret");

        WebSession pia = as("pia");
        String id = Reviewers.waitingId(pia);
        assertThat(pia.page("/admin/reviews").select("main tbody").text()).contains("Ændret efter afsendelse");
        Document review = pia.page("/admin/reviews/" + id);
        assertThat(review.select("form[action$=/approve]")).isEmpty();
        HttpResponse<String> refused = pia.post("/admin/reviews/" + id + "/approve", review);
        assertThat(pia.page(location(refused).replaceFirst("^https?://[^/]+", "")).select(".banner-warning").text())
                .contains("Ikke godkendt: kladden er ændret");
        assertThat(citizenSees()).isNotIn("Bergen, som sendt.", "Bergen, ændret bagefter.");
        assertThat(audit("REVIEW_APPROVED")).isEmpty();

        // The editor withdraws it and sends what is there now; that one is approved.
        Document form = eva.page(bergen);
        assertThat(eva.submit((FormElement) form.selectFirst("form[action$=/withdraw]"), null, Map.of()).statusCode())
                .isEqualTo(302);
        Reviewers.submit(eva, bergen, "Nu er den færdig.");
        String second = Reviewers.waitingId(pia);
        pia.submit((FormElement) pia.page("/admin/reviews/" + second).selectFirst("form[action$=/approve]"), null,
                Map.of());
        assertThat(citizenSees()).isEqualTo("Bergen, ændret bagefter.");
        assertThat(audit("REVIEW_WITHDRAWN")).singleElement().asString().startsWith("eva ");
    }

    @Test
    void aRejectionNeedsACommentWhichTheAuthorSeesUntilTheySaveAgain() {
        Reviewers.fourEyes(admin, true);
        WebSession eva = as("eva");
        Reviewers.saveSummary(eva, bergen, "Bergen med en fejl.");
        Reviewers.submit(eva, bergen, "Første udkast.");
        assertThat(eva.page("/admin").select("main tbody tr:has(a:containsOwn(Bergen)) .tag-waiting").text())
                .isEqualTo("Afventer godkendelse");

        WebSession pia = as("pia");
        String id = Reviewers.waitingId(pia);
        Document review = pia.page("/admin/reviews/" + id);
        FormElement reject = (FormElement) review.selectFirst("form[action$=/reject]");
        HttpResponse<String> blank = pia.submit(reject, null, Map.of("comment", "  \n "));
        assertThat(blank.statusCode()).isEqualTo(200);
        Document again = Jsoup.parse(blank.body());
        assertThat(again.select(".error-summary a[href=#comment]").text()).startsWith("Skriv, hvorfor kladden afvises");
        assertThat(again.select("textarea#comment").attr("aria-invalid")).isEqualTo("true");
        assertThat(Reviewers.waitingId(pia)).as("still waiting").isEqualTo(id);
        HttpResponse<String> tooLong = pia.submit(reject, null, Map.of("comment", "x".repeat(1001)));
        assertThat(Jsoup.parse(tooLong.body()).select("textarea#comment").text()).hasSize(1001);

        assertThat(pia.submit(reject, null, Map.of("comment", "Årstallet mangler en kilde.")).statusCode())
                .isEqualTo(302);
        assertThat(pia.page("/admin/reviews").select("main tbody tr")).isEmpty();
        Document form = eva.page(bergen);
        assertThat(form.select("#review-rejection").text()).contains("Afvist af pia", "Årstallet mangler en kilde.");
        assertThat(eva.page("/admin").select("main .tag-waiting")).isEmpty();

        Reviewers.saveSummary(eva, bergen, "Bergen uden fejl.");
        assertThat(eva.page(bergen).select("#review-rejection")).as("gone once saved again").isEmpty();
        assertThat(eva.page(bergen + "/history").select(".review-steps tbody td.review-comment").eachText())
                .contains("Årstallet mangler en kilde.", "Første udkast.");
        assertThat(audit("REVIEW_REJECTED")).singleElement().asString().startsWith("pia CITY ");
    }

    @Test
    void pagesAndActivitiesGoThroughTheSameReview() {
        Reviewers.fourEyes(admin, true);
        WebSession eva = as("eva");
        WebSession pia = as("pia");
        for (String path : List.of("/admin/pages/get-involved", "/admin/activities/kiel-cooperation-agreement-2019")) {
            Document form = eva.page(path);
            assertThat(form.select("form[action$=/publish], form[action$=/unpublish], form[action$=/remove], "
                    + ".danger-zone, .action-bar button[form=publish-form]")).as(path).isEmpty();
            String seen = form.selectFirst("form[data-unsaved-warning] input[name=baseRevision]").val();
            assertThat(eva.post(path + "/publish", form, "seenRevision", seen).statusCode()).as(path).isEqualTo(403);

            FormElement draft = (FormElement) form.selectFirst("form[data-unsaved-warning]");
            assertThat(eva.submit(draft, draft.selectFirst("button[type=submit]"), Map.of()).statusCode()).isEqualTo(302);
            Document saved = eva.page(path);
            assertThat(eva.submit((FormElement) saved.selectFirst("form.review-submit"), null,
                    Map.of("comment", "Klar til at blive set.")).statusCode()).isEqualTo(302);
            assertThat(eva.page(path).select(".review-panel .tag-waiting").text()).isEqualTo("Afventer godkendelse");

            Document queue = pia.page("/admin/reviews");
            assertThat(queue.select("main tbody tr")).as(path).hasSize(1);
            assertThat(queue.select("main tbody a[href=" + path + "]")).as("a link to the draft").hasSize(1);
            String id = Reviewers.waitingId(pia);
            HttpResponse<String> approved = pia.submit(
                    (FormElement) pia.page("/admin/reviews/" + id).selectFirst("form[action$=/approve]"), null, Map.of());
            assertThat(approved.statusCode()).isEqualTo(302);
            assertThat(pia.page("/admin/reviews").select("main tbody tr")).isEmpty();
            assertThat(eva.page(path).select(".review-steps tbody th").eachText())
                    .containsExactly("Godkendt og offentliggjort", "Sendt til godkendelse");
        }
        assertThat(audit("REVIEW_APPROVED")).hasSize(2);
        assertThat(audit("PAGE_PUBLISHED")).last().asString().startsWith("pia ");
        assertThat(audit("ACTIVITY_PUBLISHED")).last().asString().startsWith("pia ");
    }

    @Test
    void onlyAdministratorsChangeRolesAndSettingsAndBothAreAudited() {
        String evasRole = Reviewers.roleAction(admin, "eva");
        WebSession eva = as("eva");
        WebSession pia = as("pia");
        Document evasPage = eva.page("/admin/password");
        assertThat(eva.post(evasRole, evasPage, "role", "ADMIN").statusCode()).isEqualTo(403);
        assertThat(pia.post(evasRole, pia.page("/admin/password"), "role", "PUBLISHER").statusCode()).isEqualTo(403);
        assertThat(eva.get("/admin/settings").statusCode()).isEqualTo(403);
        assertThat(pia.post("/admin/settings", pia.page("/admin/password"), "fourEyes", "on").statusCode())
                .isEqualTo(403);
        assertThat(eva.page("/admin").select(".admin-nav a[href=/admin/settings]")).isEmpty();
        assertThat(audit("ACCOUNT_ROLE_CHANGED")).isEmpty();
        assertThat(audit("SETTING_CHANGED")).isEmpty();

        // The administrator makes Eva a publisher: her open session ends, and she may publish after logging in.
        Reviewers.fourEyes(admin, true);
        HttpResponse<String> changed = admin.post(evasRole, admin.page("/admin/accounts"), "role", "PUBLISHER");
        assertThat(changed.statusCode()).isEqualTo(302);
        Document accounts = admin.page("/admin/accounts");
        assertThat(accounts.select(".banner-success").text()).contains("eva");
        assertThat(accounts.select("form[action=" + evasRole + "] option[selected]").text()).isEqualTo("Udgiver");
        assertThat(audit("ACCOUNT_ROLE_CHANGED")).containsExactly("admin eva: EDITOR -> PUBLISHER");
        assertThat(eva.get("/admin").statusCode()).as("logged out").isEqualTo(302);
        WebSession evaAgain = as("eva");
        assertThat(evaAgain.page(bergen).select(".danger-zone a[href$=/unpublish]")).hasSize(1);

        // No one changes their own role; a role that does not exist is refused with a message.
        String adminsRole = admin.page("/admin/accounts").select("main tbody tr").stream()
                .filter(tr -> tr.selectFirst("th").text().startsWith(TestAccounts.ADMIN_USERNAME + " "))
                .findFirst().orElseThrow().select("form[action$=/role]").attr("action");
        assertThat(adminsRole).as("no role form on one's own row").isEmpty();
        admin.post(Reviewers.roleAction(admin, "per"), admin.page("/admin/accounts"), "role", "KING");
        assertThat(admin.page("/admin/accounts").select(".banner-warning").text()).isEqualTo("Vælg en rolle til per.");
        assertThat(audit("ACCOUNT_ROLE_CHANGED")).hasSize(1);
        assertThat(audit("SETTING_CHANGED")).containsExactly("admin four-eyes=on");
    }

    @Test
    void aScheduleAnEditorMadeBeforeTheRuleWentOnIsNotCarriedOut() {
        WebSession eva = as("eva");
        Reviewers.saveSummary(eva, bergen, "Bergen, planlagt af en redaktør.");
        LocalDateTime due = LocalDateTime.ofInstant(clock.instant(), ZoneId.of("Europe/Copenhagen")).plusHours(2);
        FormElement schedule = (FormElement) eva.page(bergen).selectFirst("form[action=/admin/schedules]");
        assertThat(schedule).as("an editor may schedule while the rule is off").isNotNull();
        assertThat(eva.submit(schedule, null, Map.of("publishDate", due.format(DateTimeFormatter.ISO_LOCAL_DATE),
                "publishTime", due.format(DateTimeFormatter.ofPattern("HH:mm")))).statusCode()).isEqualTo(302);

        Reviewers.fourEyes(admin, true);
        assertThat(eva.page(bergen).select("form[action=/admin/schedules]")).as("no scheduling while on").isEmpty();
        clock.advance(Duration.ofHours(3));
        assertThat(poller.runDue()).isZero();
        assertThat(citizenSees()).as("not published by the editor's schedule").isNotEqualTo("Bergen, planlagt af en redaktør.");
        assertThat(jdbc.queryForObject("select outcome from scheduled_action", String.class)).isEqualTo("NOT_ALLOWED");
        assertThat(as("pia").page(bergen).select("#schedule").text()).contains("må ikke længere offentliggøre");
    }

    @Test
    void aSubmissionPublishedMeanwhileByAPublisherCanStillBeDecidedButNotAfterAnEdit() {
        Reviewers.fourEyes(admin, true);
        WebSession eva = as("eva");
        Reviewers.saveSummary(eva, bergen, "Bergen, sendt af Eva.");
        assertThat(Reviewers.submit(eva, bergen, "Klar.").statusCode()).isEqualTo(302);
        String id = Reviewers.waitingId(eva);

        WebSession pia = as("pia");
        assertThat(postFromForm(pia, "publish").statusCode()).as("Pia publishes it herself").isEqualTo(302);
        Document review = pia.page("/admin/reviews/" + id);
        assertThat(review.select("main").text()).as("publishing changed no content").doesNotContain("Ændret efter afsendelse");
        assertThat(pia.submit((FormElement) review.selectFirst("form[action$=/approve]"), null, Map.of()).statusCode())
                .isEqualTo(302);
        assertThat(pia.page("/admin/reviews").select("main tbody tr")).as("decided, not stuck").isEmpty();
        assertThat(citizenSees()).isEqualTo("Bergen, sendt af Eva.");

        Reviewers.saveSummary(eva, bergen, "Bergen, sendt igen.");
        assertThat(Reviewers.submit(eva, bergen, "Igen.").statusCode()).isEqualTo(302);
        String again = Reviewers.waitingId(eva);
        Reviewers.saveSummary(eva, bergen, "Bergen, ændret efter afsendelse.");
        Document changed = pia.page("/admin/reviews/" + again);
        assertThat(changed.select("form[action$=/approve]")).as("nothing to approve unread").isEmpty();
        HttpResponse<String> refused = pia.post("/admin/reviews/" + again + "/approve", changed);
        assertThat(refused.statusCode()).isEqualTo(302);
        assertThat(citizenSees()).as("an edited draft is not approved unread").isEqualTo("Bergen, sendt af Eva.");
    }
}
