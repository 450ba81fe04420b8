package dk.aarhus.sistercities.account;

import static org.assertj.core.api.Assertions.assertThat;

import dk.aarhus.sistercities.support.AdminPages;
import dk.aarhus.sistercities.support.FullAppTest;
import dk.aarhus.sistercities.support.WebSession;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.FormElement;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Each editor's admin is in the language they chose on their account, Danish unless they chose English,
 * whatever their browser asks for; only the login page (nobody known yet) follows the browser. Every
 * editor page writes its dates and times one way per language, never as ISO timestamps.
 */
@FullAppTest
class AdminLanguageTest {

    /** "2. december 2026 kl. 17.05" */
    static final Pattern DANISH_TIME = Pattern.compile("\\d{1,2}\\. [a-zæøå]+ \\d{4} kl\\. \\d{2}\\.\\d{2}");
    /** "2 December 2026, 17:05" */
    static final Pattern ENGLISH_TIME = Pattern.compile("\\d{1,2} [A-Z][a-z]+ \\d{4}, \\d{2}:\\d{2}");
    /** A timestamp as machines write it: 2026-12-02T17:05 or 2026-12-02 17:05. */
    static final Pattern ISO_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}(T|\\s+\\d{1,2}:\\d{2})");

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anEditorWithAnEnglishBrowserGetsTheDanishAdminUntilTheyChooseEnglish() {
        WebSession admin = new WebSession(port, "da");
        admin.logIn(TestAccounts.ADMIN_USERNAME, TestAccounts.ADMIN_PASSWORD);
        Document form = admin.page("/admin/accounts/new");
        HttpResponse<String> created = admin.submit((FormElement) form.selectFirst("main form"), null,
                Map.of("username", "ingrid", "displayName", "Ingrid", "role", "EDITOR",
                        "password", TestAccounts.GOOD_PASSWORD, "passwordAgain", TestAccounts.GOOD_PASSWORD));
        assertThat(created.statusCode()).isEqualTo(302);
        assertThat(jdbc.queryForObject("select admin_language from account where username = 'ingrid'", String.class))
                .as("a new account's language").isEqualTo("da");

        WebSession editor = new WebSession(port, "en-GB,en;q=0.9");
        Document login = editor.page("/login");
        assertThat(login.selectFirst("html").attr("lang")).as("the login page follows the browser").isEqualTo("en");
        editor.logIn("ingrid", TestAccounts.GOOD_PASSWORD);
        Document cities = editor.page("/admin");
        assertThat(cities.selectFirst("html").attr("lang")).isEqualTo("da");
        assertThat(cities.select("nav.admin-nav a[href=/admin/password]").text()).isEqualTo("Skift adgangskode");

        Document choice = editor.page("/admin/language");
        assertThat(choice.select("input[name=language][checked]").val()).isEqualTo("da");
        HttpResponse<String> chosen = editor.submit((FormElement) choice.selectFirst("main form"), null,
                Map.of("language", "en"));
        assertThat(chosen.statusCode()).isEqualTo(302);
        Document after = editor.page("/admin/language");
        assertThat(after.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(after.select(".banner").text()).isEqualTo("The admin is now shown in English.");
        assertThat(after.select("input[name=language][checked]").val()).isEqualTo("en");

        // Another session of the same editor, with a Danish browser, follows the account from its next request.
        WebSession elsewhere = new WebSession(port, "da");
        elsewhere.logIn("ingrid", TestAccounts.GOOD_PASSWORD);
        assertThat(elsewhere.page("/admin").selectFirst("html").attr("lang")).isEqualTo("en");

        Document beforeLogout = editor.page("/admin");
        assertThat(editor.submit((FormElement) beforeLogout.selectFirst("form.logout"), null, Map.of()).statusCode())
                .isEqualTo(302);
        assertThat(editor.get("/admin").statusCode()).as("logged out").isEqualTo(302);
        editor.acceptLanguage("da");
        editor.logIn("ingrid", TestAccounts.GOOD_PASSWORD);
        Document back = editor.page("/admin");
        assertThat(back.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(back.select("nav.admin-nav a[href=/admin/password]").text()).isEqualTo("Change password");
    }

    @Test
    void aLanguageTheSiteDoesNotHaveIsRefusedWithItsReason() {
        WebSession editor = new WebSession(port, "da");
        editor.logIn(TestAccounts.ADMIN_USERNAME, TestAccounts.ADMIN_PASSWORD);
        Document choice = editor.page("/admin/language");
        for (String hostile : List.of("de", "", "<script>alert(1)</script>", "e".repeat(5000))) {
            HttpResponse<String> refused = editor.submit((FormElement) choice.selectFirst("main form"), null,
                    Map.of("language", hostile));
            assertThat(refused.statusCode()).as(hostile).isEqualTo(200);
            Document page = Jsoup.parse(refused.body());
            assertThat(page.select(".error-summary a[href=#language]").text()).isEqualTo("Vælg dansk eller engelsk");
        }
        assertThat(jdbc.queryForObject("select admin_language from account where username = ?", String.class,
                TestAccounts.ADMIN_USERNAME)).isEqualTo("da");
    }

    /** Every editor page in each language: dates and times as the language writes them, none as ISO. */
    @Test
    void everyEditorPageWritesTimesOneWayPerLanguage() {
        WebSession admin = new WebSession(port, "en");
        admin.logIn(TestAccounts.ADMIN_USERNAME, TestAccounts.ADMIN_PASSWORD);
        AdminPages pages = AdminPages.prepare(admin);
        for (String lang : List.of("da", "en")) {
            AdminPages.chooseLanguage(admin, lang);
            Pattern expected = lang.equals("da") ? DANISH_TIME : ENGLISH_TIME;
            Pattern other = lang.equals("da") ? ENGLISH_TIME : DANISH_TIME;
            List<String> wrong = new ArrayList<>();
            int shown = 0;
            for (AdminPages.Page page : pages.pages()) {
                HttpResponse<String> response = admin.get(page.path());
                String text = Jsoup.parse(response.body()).body().text();
                for (Pattern unwanted : List.of(ISO_TIME, other)) {
                    Matcher found = unwanted.matcher(text);
                    while (found.find()) {
                        wrong.add(page.name() + " (" + lang + "): " + found.group());
                    }
                }
                shown += (int) expected.matcher(text).results().count();
            }
            assertThat(wrong).as("times not written the " + lang + " way").isEmpty();
            assertThat(shown).as("times written the " + lang + " way").isGreaterThan(10);
            Document audit = admin.page("/admin/audit");
            assertThat(audit.select("main tbody tr td:first-child").eachText())
                    .as("every time in the audit log").isNotEmpty().allMatch(t -> expected.matcher(t).matches());
        }
        AdminPages.chooseLanguage(admin, "da");
    }
}
