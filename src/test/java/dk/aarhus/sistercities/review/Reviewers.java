package dk.aarhus.sistercities.review;

import static org.assertj.core.api.Assertions.assertThat;

import dk.aarhus.sistercities.account.TestAccounts;
import dk.aarhus.sistercities.support.AdminPages;
import dk.aarhus.sistercities.support.WebSession;
import java.net.http.HttpResponse;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.FormElement;

/** The people of the review tests and what they do through the forms, as an administrator sets them up. */
final class Reviewers {

    static final String PASSWORD = TestAccounts.GOOD_PASSWORD;

    private Reviewers() {
    }

    static WebSession logIn(int port, String username, String password) {
        WebSession session = new WebSession(port, "da-DK,da");
        session.logIn(username, password);
        return session;
    }

    static WebSession admin(int port) {
        return logIn(port, TestAccounts.ADMIN_USERNAME, TestAccounts.ADMIN_PASSWORD);
    }

    /** Creates an account through the administrator's form; fails unless it is created. */
    static void createAccount(WebSession admin, String username, String role) {
        Document form = admin.page("/admin/accounts/new");
        HttpResponse<String> created = admin.submit((FormElement) form.selectFirst("main form"), null,
                Map.of("username", username, "displayName", "Test " + username, "role", role, "password", PASSWORD,
                        "passwordAgain", PASSWORD));
        assertThat(created.statusCode()).as("creating " + username).isEqualTo(302);
    }

    /** The form that changes an account's role, on the administrator's list. */
    static String roleAction(WebSession admin, String username) {
        Element row = admin.page("/admin/accounts").select("main tbody tr").stream()
                .filter(tr -> tr.selectFirst("th").text().startsWith(username + " ") || tr.selectFirst("th").text()
                        .equals(username)).findFirst().orElseThrow(() -> new AssertionError("no row for " + username));
        return row.selectFirst("form[action$=/role]").attr("action");
    }

    static void fourEyes(WebSession admin, boolean on) {
        Document settings = admin.page("/admin/settings");
        HttpResponse<String> saved = admin.submit((FormElement) settings.selectFirst("main form"), null,
                Map.of("fourEyes", on ? "on" : "off"));
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(admin.page("/admin/settings").selectFirst("input[value=" + (on ? "on" : "off") + "]")
                .hasAttr("checked")).isTrue();
    }

    /** The address of a city's form, from the list, e.g. {@code /admin/cities/1}. */
    static String cityPath(WebSession session, String name) {
        Element link = session.page("/admin").selectFirst("main a:containsOwn(" + name + ")[href^=/admin/cities/]");
        assertThat(link).as("a link to " + name).isNotNull();
        return link.attr("href");
    }

    /** Saves the city's form with its Danish summary changed. */
    static void saveSummary(WebSession session, String city, String summary) {
        AdminPages.saveCity(session, city, Map.of("texts[da].summary", summary));
    }

    /** Sends the city's draft for review from its form; answers the response (a redirect to the form). */
    static HttpResponse<String> submit(WebSession session, String city, String comment) {
        Document form = session.page(city);
        return session.submit((FormElement) form.selectFirst("form.review-submit"), null, Map.of("comment", comment));
    }

    /** The id of the one submission in the queue. */
    static String waitingId(WebSession session) {
        Element link = session.page("/admin/reviews").selectFirst("main tbody a[href^=/admin/reviews/]");
        assertThat(link).as("a submission in the queue").isNotNull();
        return link.attr("href").substring("/admin/reviews/".length());
    }

    static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElse("");
    }
}
