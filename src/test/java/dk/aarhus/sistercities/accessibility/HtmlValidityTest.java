package dk.aarhus.sistercities.accessibility;

import static org.assertj.core.api.Assertions.assertThat;

import dk.aarhus.sistercities.account.TestAccounts;
import dk.aarhus.sistercities.support.AdminPages;
import dk.aarhus.sistercities.support.FullAppTest;
import dk.aarhus.sistercities.support.HtmlChecker;
import dk.aarhus.sistercities.support.Http;
import dk.aarhus.sistercities.support.SitePages;
import dk.aarhus.sistercities.support.WebSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.FormElement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every page, public and editorial, in both languages, passes the Nu Html Checker with no error
 * (warnings are allowed). Public pages are found by following the site's links; the editors' pages
 * are opened logged in, including forms showing validation errors and a refused, conflicting save.
 * The full reports, warnings included, are written to {@code target/html-validity-*.txt}.
 */
@FullAppTest
class HtmlValidityTest {

    static HtmlChecker checker;

    @LocalServerPort
    int port;

    @BeforeAll
    static void checker() {
        checker = new HtmlChecker();
    }

    /** A page as served, with the status it was served with. */
    record Served(String name, String url, int status, String html) {
    }

    @Test
    void everyPublicPageIsValidHtml() {
        Http http = new Http(port);
        List<Served> served = new ArrayList<>();
        for (SitePages.Page page : SitePages.publicPages(http)) {
            HttpResponse<String> response = http.get(page.path());
            served.add(new Served(page.path(), http.base() + page.path(), response.statusCode(), response.body()));
        }
        assertThat(served).as("public pages found").hasSizeGreaterThan(2 * (1 + 15 + 6));
        assertValid("public", served);
    }

    @Test
    void everyEditorPageIsValidHtmlInBothLanguages() {
        List<Served> served = new ArrayList<>();
        for (String lang : List.of("da", "en")) {
            WebSession anonymous = new WebSession(port, lang);
            served.add(fetch(anonymous, "login (" + lang + ")", "/login"));
            served.add(fetch(anonymous, "login with error (" + lang + ")", "/login?error"));

            WebSession admin = new WebSession(port, lang);
            admin.logIn(TestAccounts.ADMIN_USERNAME, TestAccounts.ADMIN_PASSWORD);
            // The admin's language is the account's, not the browser's.
            AdminPages.chooseLanguage(admin, lang);
            AdminPages pages = AdminPages.prepare(admin);
            for (AdminPages.Page page : pages.pages()) {
                served.add(fetch(admin, page.name() + " (" + lang + ")", page.path()));
            }
            served.addAll(formsWithErrors(admin, pages.cityPath(), lang));

            WebSession editor = new WebSession(port, lang);
            editor.logIn(AdminPages.EDITOR_USERNAME, AdminPages.EDITOR_PASSWORD);
            AdminPages.chooseLanguage(editor, lang);
            Served forbidden = fetch(editor, "accounts as an editor (403 page) (" + lang + ")", "/admin/accounts");
            assertThat(forbidden.status()).isEqualTo(403);
            served.add(forbidden);
            served.add(publishRefused(admin, editor, pages.cityPath(), lang));
        }
        assertThat(served).as("editor pages").hasSizeGreaterThan(2 * 25);
        assertValid("editor", served);
    }

    /** The page an editor gets for a publish the four-eyes rule refuses; the rule is off again afterwards. */
    private Served publishRefused(WebSession admin, WebSession editor, String city, String lang) {
        Document settings = admin.page("/admin/settings");
        admin.submit((FormElement) settings.selectFirst("main form"), null, Map.of("fourEyes", "on"));
        Document form = editor.page(city);
        HttpResponse<String> refused = editor.post(city + "/publish", form, "seenRevision",
                form.selectFirst("input[name=baseRevision]").val());
        admin.submit((FormElement) admin.page("/admin/settings").selectFirst("main form"), null,
                Map.of("fourEyes", "off"));
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(Jsoup.parse(refused.body()).select("main h1").text())
                .isEqualTo("da".equals(lang) ? "Du kan ikke offentliggøre" : "You may not publish");
        return new Served("publish refused by the four-eyes rule (403 page) (" + lang + ")",
                editor.base() + city + "/publish", refused.statusCode(), refused.body());
    }

    /** The forms after a refused POST: what an editor sees when something must be put right. */
    private List<Served> formsWithErrors(WebSession admin, String city, String lang) {
        List<Served> served = new ArrayList<>();

        Document form = admin.page(city);
        HttpResponse<String> invalid = admin.submit(AdminPages.cityForm(form), AdminPages.saveButton(form),
                Map.of("slug", "Not a slug!", "texts[en].name", "", "texts[da].name", "", "sinceYear", "19x6",
                        "website", "javascript:alert(1)"));
        served.add(served("city form with validation errors (" + lang + ")", admin, city, invalid, ".error-summary"));

        Document stale = admin.page(city);
        AdminPages.saveCity(admin, city, Map.of("texts[en].summary",
                "Bergen in Norway is one of the three Nordic sister cities of Aarhus (saved meanwhile)."));
        HttpResponse<String> conflict = admin.submit(AdminPages.cityForm(stale), AdminPages.saveButton(stale),
                Map.of("texts[en].summary", "Bergen, as I would have it."));
        served.add(served("city form with a conflict (" + lang + ")", admin, city, conflict, ".conflict"));

        Document account = admin.page("/admin/accounts/new");
        HttpResponse<String> accountErrors = admin.submit((FormElement) account.selectFirst("main form"), null,
                Map.of("username", "", "password", "short", "passwordAgain", "other"));
        served.add(served("new account form with errors (" + lang + ")", admin, "/admin/accounts/new",
                accountErrors, ".error-summary"));

        String review = admin.page("/admin/reviews").selectFirst("main tbody a[href^=/admin/reviews/]").attr("href");
        HttpResponse<String> rejectErrors = admin.submit(
                (FormElement) admin.page(review).selectFirst("form[action$=/reject]"), null, Map.of("comment", ""));
        served.add(served("reject form with errors (" + lang + ")", admin, review, rejectErrors, ".error-summary"));

        Document password = admin.page("/admin/password");
        HttpResponse<String> passwordErrors = admin.submit((FormElement) password.selectFirst("main form"), null,
                Map.of());
        served.add(served("change password form with errors (" + lang + ")", admin, "/admin/password",
                passwordErrors, ".error-summary"));
        return served;
    }

    private static Served served(String name, WebSession session, String path, HttpResponse<String> response,
            String mustShow) {
        assertThat(response.statusCode()).as(name).isEqualTo(200);
        assertThat(Jsoup.parse(response.body()).select(mustShow)).as(name + " shows " + mustShow).isNotEmpty();
        return new Served(name, session.base() + path, response.statusCode(), response.body());
    }

    private static Served fetch(WebSession session, String name, String path) {
        HttpResponse<String> response = session.get(path);
        assertThat(response.statusCode()).as(name + " " + path).isIn(200, 400, 403, 404);
        return new Served(name, session.base() + path, response.statusCode(), response.body());
    }

    private static void assertValid(String kind, List<Served> pages) {
        StringBuilder failures = new StringBuilder();
        StringBuilder report = new StringBuilder();
        int errors = 0;
        for (Served page : pages) {
            List<HtmlChecker.Problem> problems = checker.check(page.html(), page.url());
            long pageErrors = problems.stream().filter(HtmlChecker.Problem::error).count();
            errors += (int) pageErrors;
            report.append(page.name()).append(" – ").append(page.url()).append(" (").append(page.status())
                    .append("): ").append(pageErrors).append(" errors, ")
                    .append(problems.size() - pageErrors).append(" warnings\n");
            String[] lines = page.html().split("\n", -1);
            for (HtmlChecker.Problem problem : problems) {
                String source = problem.line() >= 1 && problem.line() <= lines.length
                        ? lines[problem.line() - 1].strip() : "";
                if (source.length() > 200) {
                    source = source.substring(0, 200) + "…";
                }
                String line = "  " + problem + "\n      " + source + "\n";
                report.append(line);
                if (problem.error()) {
                    failures.append(page.name()).append(" – ").append(page.url()).append('\n').append(line);
                }
            }
        }
        System.out.printf("Nu Html Checker: %d %s pages checked, %d errors%n", pages.size(), kind, errors);
        Path file = writeReport(kind, report.toString());
        assertThat(errors).as("HTML errors on the %s pages (the whole report: %s):%n%s", kind, file, failures)
                .isZero();
    }

    private static Path writeReport(String kind, String text) {
        Path file = Path.of("target", "html-validity-" + kind + ".txt");
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
