package dk.aarhus.sistercities.admin;

import static org.assertj.core.api.Assertions.assertThat;

import dk.aarhus.sistercities.account.TestAccounts;
import dk.aarhus.sistercities.support.AdminPages;
import dk.aarhus.sistercities.support.AlsoOnPostgres;
import dk.aarhus.sistercities.support.FullAppTest;
import dk.aarhus.sistercities.support.Http;
import dk.aarhus.sistercities.support.ResetDataBeforeEachTest;
import dk.aarhus.sistercities.support.TestClock;
import dk.aarhus.sistercities.support.WebSession;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
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
 * Issue 14 over HTTP: a draft is saved incomplete and checked for completeness on publish, each missing field
 * named once; an editor is told who else opened the same form lately; after a refused save the editor keeps,
 * field by field, their version or the one saved meanwhile.
 */
@FullAppTest
@ResetDataBeforeEachTest
class DraftsTest {

    @LocalServerPort
    int port;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcTemplate jdbc;

    WebSession anna;
    Http http;

    @BeforeEach
    void logIn() {
        http = new Http(port);
        anna = new WebSession(port, "en");
        anna.logIn(TestAccounts.ADMIN_USERNAME, TestAccounts.ADMIN_PASSWORD);
        AdminPages.chooseLanguage(anna, "en"); // the admin is Danish until an editor chooses
    }

    private static FormElement cityForm(Document page) {
        return (FormElement) page.selectFirst("form#city-form");
    }

    private static Element saveButton(Document page) {
        return page.selectFirst("form#city-form button[value=save]");
    }

    private static String location(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
        return response.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
    }

    private int revisions() {
        return jdbc.queryForObject("select count(*) from revision", Integer.class);
    }

    /** A second editor, made through the accounts form, logged in in a session of their own. */
    private WebSession ingrid() {
        if (!anna.page("/admin/accounts").text().contains("ingrid")) {
            Document form = anna.page("/admin/accounts/new");
            HttpResponse<String> created = anna.submit((FormElement) form.selectFirst("main form"), null,
                    Map.of("username", "ingrid", "displayName", "Ingrid Holm", "role", "EDITOR",
                            "password", TestAccounts.GOOD_PASSWORD, "passwordAgain", TestAccounts.GOOD_PASSWORD));
            assertThat(created.statusCode()).isEqualTo(302);
        }
        WebSession ingrid = new WebSession(port, "da");
        ingrid.logIn("ingrid", TestAccounts.GOOD_PASSWORD);
        return ingrid;
    }

    @Test
    void anEmptyNewCityIsSavedAsADraftWithOnlyItsAddressAndPublishNamesEachMissingFieldOnce() {
        Document empty = anna.page("/admin/cities/new");
        HttpResponse<String> noAddress = anna.submit(cityForm(empty), saveButton(empty), Map.of());
        assertThat(noAddress.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(noAddress.body()).select("#error-summary a").eachAttr("href"))
                .as("a draft needs only its address").containsExactly("#slug");

        String form = location(anna.submit(cityForm(empty), saveButton(empty), Map.of("slug", "new-draft")));
        Document saved = anna.page(form);
        assertThat(saved.select("#error-summary")).isEmpty();
        assertThat(saved.select("#slug").val()).isEqualTo("new-draft");
        assertThat(anna.page("/admin").select("main a[href=" + form + "]").text()).isEqualTo("new-draft");
        assertThat(anna.get(form + "/history").statusCode()).isEqualTo(200);

        assertThat(location(anna.get(form + "/preview/en"))).isEqualTo(form);
        Document preview = anna.page(form);
        assertThat(preview.select(".banner").text()).contains("No preview yet");
        assertThat(preview.select("#error-summary a").eachAttr("href")).contains("#countryCode", "#texts-en-name");

        String seen = saved.select("input[name=seenRevision]").first().val();
        String back = location(anna.post(form + "/publish", saved, "seenRevision", seen));
        assertThat(back).isEqualTo(form);
        Document refused = anna.page(form);
        assertThat(refused.select(".banner").text()).contains("Not published: the draft is not finished");
        List<String> links = refused.select("#error-summary a").eachAttr("href");
        assertThat(links).as("each missing field once, in the form's order").containsExactly("#countryCode", "#type",
                "#statusSources", "#texts-da-name", "#texts-da-country", "#texts-da-summary", "#texts-da-description",
                "#texts-en-name", "#texts-en-country", "#texts-en-summary", "#texts-en-description");
        assertThat(refused.select("#error-summary a").eachText()).doesNotHaveDuplicates()
                .contains("Enter the name in Danish", "Choose a partnership type",
                        "Give the source of the status: citizens are shown no fact without its source");
        assertThat(refused.select("#texts-da-name-error").text()).contains("Enter the name in Danish");
        assertThat(http.get("/en/cities/new-draft").statusCode()).isEqualTo(404);
        assertThat(anna.page(form).select("#error-summary")).as("said once, after the refused publish").isEmpty();
    }

    @Test
    void aMalformedValueIsStillRefusedOnSave() {
        int before = revisions();
        Document empty = anna.page("/admin/cities/new");
        HttpResponse<String> refused = anna.submit(cityForm(empty), saveButton(empty), Map.of("slug", "Not A Slug",
                "sinceYear", "nineteen", "website", "javascript:alert(1)", "countryCode", "Norway"));
        assertThat(refused.statusCode()).isEqualTo(200);
        Document page = Jsoup.parse(refused.body());
        assertThat(page.select("#error-summary a").eachAttr("href"))
                .containsExactly("#slug", "#countryCode", "#sinceYear", "#website");
        assertThat(page.select("#website").val()).isEqualTo("javascript:alert(1)");
        assertThat(page.select("#countryCode").val()).as("kept as typed, not cut to two letters").isEqualTo("Norway");
        assertThat(page.select("#countryCode").attr("maxlength")).isEqualTo("60");
        assertThat(page.select("#error-summary").text()).contains("(not the name of the country)");
        assertThat(revisions()).as("nothing stored").isEqualTo(before);
    }

    @Test
    void aCountryCodeInSmallLettersIsTakenInCapitals() {
        String bergen = anna.page("/admin").selectFirst("main a:containsOwn(Bergen)[href^=/admin/cities/]").attr("href");
        Document form = anna.page(bergen);
        location(anna.submit(cityForm(form), saveButton(form), Map.of("countryCode", " no ")));
        assertThat(anna.page(bergen).select("#countryCode").val()).isEqualTo("NO");
    }

    @Test
    @AlsoOnPostgres
    void anEditorIsToldWhoElseOpenedTheFormLatelyButNotAboutThemselves() {
        String bergen = anna.page("/admin").selectFirst("main a:containsOwn(Bergen)[href^=/admin/cities/]").attr("href");
        assertThat(anna.page(bergen).select(".presence")).as("nobody else yet").isEmpty();

        WebSession ingrid = ingrid();
        Document hers = ingrid.page(bergen);
        assertThat(hers.select(".presence").text()).contains("åbnede også denne side kl.").doesNotContain("Ingrid Holm");
        // Opened again: her row is renewed, not doubled.
        assertThat(ingrid.page(bergen).select(".presence p:not(.hint)")).hasSize(1);

        Document annas = anna.page(bergen);
        assertThat(annas.select(".presence p:not(.hint)").text())
                .matches("Ingrid Holm also opened this page at \\d{2}:\\d{2}");
        assertThat(anna.page("/admin/pages/get-involved").select(".presence")).as("another form").isEmpty();

        clock.advance(Duration.ofMinutes(11));
        assertThat(anna.page(bergen).select(".presence")).as("gone after ten minutes").isEmpty();
    }

    @Test
    void afterARefusedSaveTheEditorKeepsTheirsOrMineFieldByField() {
        String bergen = anna.page("/admin").selectFirst("main a:containsOwn(Bergen)[href^=/admin/cities/]").attr("href");
        WebSession ingrid = ingrid();
        Document annas = anna.page(bergen);
        Document hers = ingrid.page(bergen);
        String originalName = annas.select("#texts-en-name").val();

        location(ingrid.submit(cityForm(hers), saveButton(hers), Map.of("texts[en].summary", "Ingrid's summary")));
        HttpResponse<String> stale = anna.submit(cityForm(annas), saveButton(annas),
                Map.of("texts[en].description", "Anna's description", "texts[en].name", "Anna's Bergen"));
        assertThat(stale.statusCode()).isEqualTo(200);
        Document conflict = Jsoup.parse(stale.body(), anna.base() + bergen);
        assertThat(conflict.select(".conflict").text()).contains("Your changes were not saved", "Ingrid's summary");
        assertThat(conflict.select(".conflict input[type=radio][value=mine]").eachAttr("name")).containsExactly(
                "choice-texts-en-name", "choice-texts-en-summary", "choice-texts-en-description");
        Map<String, String> checked = new HashMap<>();
        conflict.select(".conflict input[type=radio][checked]").forEach(r -> checked.put(r.attr("name"), r.val()));
        assertThat(checked).as("mine where Anna changed the field, theirs where only Ingrid did").isEqualTo(Map.of(
                "choice-texts-en-name", "mine", "choice-texts-en-summary", "theirs",
                "choice-texts-en-description", "mine"));
        assertThat(conflict.select(".conflict table.choices tbody th").eachText()).as("the field only the other changed says so")
                .containsExactly("Name (English)", "Summary (English) Only the other person changed this field",
                        "Description (English)");
        assertThat(conflict.select(".conflict input[type=radio]").eachAttr("form")).containsOnly("city-form");
        assertThat(conflict.select(".conflict label").eachText()).contains("Keep mine", "Use theirs");

        Map<String, String> choices = new HashMap<>();
        conflict.select("input[type=radio][form=city-form][checked]").forEach(r -> choices.put(r.attr("name"), r.val()));
        choices.put("choice-texts-en-name", "theirs");
        // A row added before saving keeps the choices: they are taken into the form first.
        Element addSource = conflict.selectFirst("button[name=action][value=add-source]");
        Document withRow = Jsoup.parse(anna.submit(cityForm(conflict), addSource, choices).body(), anna.base() + bergen);
        assertThat(withRow.select("#texts-en-summary").text()).isEqualTo("Ingrid's summary");
        assertThat(withRow.select("#texts-en-name").val()).isEqualTo(originalName);
        location(anna.submit(cityForm(withRow), saveButton(withRow), Map.of()));

        Document draft = anna.page(bergen);
        assertThat(draft.select("#texts-en-summary").text()).isEqualTo("Ingrid's summary");
        assertThat(draft.select("#texts-en-name").val()).isEqualTo(originalName);
        assertThat(draft.select("#texts-en-description").text()).isEqualTo("Anna's description");
    }

    /**
     * The action bar's button saves what is on screen and publishes that revision (UI report, finding 5), through
     * the publish address's checks: a draft not finished is saved but not published, a save refused for a
     * change made meanwhile publishes nothing, and under the four-eyes rule an editor has no such button and
     * is refused at the door.
     */
    @Test
    void theActionBarsSaveAndPublishPublishesWhatIsOnScreenOnlyWhereAPublishWould() {
        String bergen = anna.page("/admin").selectFirst("main a:containsOwn(Bergen)[href^=/admin/cities/]").attr("href");
        Document page = anna.page(bergen);
        Element both = page.selectFirst("form#city-form .action-bar button[name=action][value=save-and-publish]");
        assertThat(both.text()).isEqualTo("Save and publish");
        assertThat(location(anna.submit(cityForm(page), both, Map.of("texts[en].summary", "Typed, then published."))))
                .isEqualTo(bergen);
        assertThat(anna.page(bergen).select(".banner-success").text()).contains("Published");
        assertThat(http.get("/en/cities/bergen").body()).contains("Typed, then published.");

        page = anna.page(bergen);
        location(anna.submit(cityForm(page), both, Map.of("texts[en].summary", "")));
        Document incomplete = anna.page(bergen);
        assertThat(incomplete.select(".banner").text()).contains("Not published: the draft is not finished");
        assertThat(incomplete.select("#texts-en-summary").text()).as("saved as a draft").isEmpty();
        assertThat(http.get("/en/cities/bergen").body()).contains("Typed, then published.");

        WebSession ingrid = ingrid();
        Document hers = ingrid.page(bergen);
        page = anna.page(bergen);
        location(ingrid.submit(cityForm(hers), saveButton(hers), Map.of("texts[en].summary", "Ingrid's summary")));
        HttpResponse<String> stale = anna.submit(cityForm(page), both, Map.of("texts[en].summary", "Anna's summary"));
        assertThat(stale.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(stale.body()).select(".conflict").text()).contains("Your changes were not saved");
        assertThat(http.get("/en/cities/bergen").body()).contains("Typed, then published.");

        anna.submit((FormElement) anna.page("/admin/settings").selectFirst("main form"), null, Map.of("fourEyes", "on"));
        hers = ingrid.page(bergen);
        assertThat(hers.select("button[value=save-and-publish]")).as("not for who may not publish now").isEmpty();
        HttpResponse<String> refused = ingrid.submit(cityForm(hers), null,
                Map.of("texts[en].summary", "Ingrid's own summary", "action", "save-and-publish"));
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(http.get("/en/cities/bergen").body()).contains("Typed, then published.");
    }
}
