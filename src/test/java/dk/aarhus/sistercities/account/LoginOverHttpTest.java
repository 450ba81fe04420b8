package dk.aarhus.sistercities.account;

import static org.assertj.core.api.Assertions.assertThat;

import dk.aarhus.sistercities.content.Language;
import dk.aarhus.sistercities.support.AlsoOnPostgres;
import dk.aarhus.sistercities.support.FullAppTest;
import dk.aarhus.sistercities.support.WebSession;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.function.Consumer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Logging in and out as a browser does it: real HTTP, real cookies, the login form and its CSRF token. */
@FullAppTest
@AlsoOnPostgres
class LoginOverHttpTest {

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    AccountRepository accountRepository;

    WebSession browser;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void browser() {
        browser = new WebSession(port, "en");
    }

    @Test
    void theAdministratorLogsInWorksAndLogsOut() {
        HttpResponse<String> loginPage = browser.get("/login");
        assertThat(loginPage.statusCode()).isEqualTo(200);
        assertThat(loginPage.headers().firstValue("Cache-Control")).hasValueSatisfying(noStore());
        List<String> cookies = loginPage.headers().allValues("Set-Cookie");
        assertThat(cookies).singleElement().satisfies(cookie -> assertThat(cookie)
                .startsWith("SESSION=").contains("HttpOnly").containsIgnoringCase("SameSite=Lax"));
        Document form = Jsoup.parse(loginPage.body());
        assertThat(form.select("input#username[autocomplete=username]")).hasSize(1);
        assertThat(form.select("input#password[type=password][autocomplete=current-password]")).hasSize(1);
        String anonymousSession = browser.cookie("SESSION");

        HttpResponse<String> login = browser.post("/login", form,
                "username", TestAccounts.ADMIN_USERNAME, "password", TestAccounts.ADMIN_PASSWORD);
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(location(login)).isEqualTo("/admin");
        assertThat(browser.cookie("SESSION")).as("a new session id after login").isNotEqualTo(anonymousSession);

        Document accountsPage = browser.page("/admin/accounts");
        assertThat(accountsPage.select(".signed-in").text()).contains("Administrator");
        // The cookie holds the session id, Base64-encoded (Spring Session's cookie serializer).
        String sessionId = new String(Base64.getDecoder().decode(browser.cookie("SESSION")), StandardCharsets.UTF_8);
        assertThat(jdbc.queryForList("select max_inactive_interval from spring_session where session_id = ?"
                + " and principal_name = ?", Integer.class, sessionId, TestAccounts.ADMIN_USERNAME))
                .as("the session in the database, with the 30-minute idle timeout").containsExactly(30 * 60);

        HttpResponse<String> publicPage = browser.get("/en");
        assertThat(publicPage.statusCode()).isEqualTo(200);
        assertThat(publicPage.headers().allValues("Set-Cookie")).as("a public page sets no cookie").isEmpty();
        assertThat(publicPage.body()).doesNotContain("signed-in", "_csrf");

        HttpResponse<String> logout = browser.post("/logout", accountsPage);
        assertThat(logout.statusCode()).isEqualTo(302);
        assertThat(location(logout)).isEqualTo("/login?logout");
        assertThat(browser.page("/login?logout").select(".banner[role=status]").text())
                .isEqualTo("You have logged out.");
        assertThat(jdbc.queryForObject("select count(*) from spring_session where session_id = ?",
                Integer.class, sessionId)).as("the session after logout").isZero();
        HttpResponse<String> afterLogout = browser.get("/admin/accounts");
        assertThat(afterLogout.statusCode()).isEqualTo(302);
        assertThat(location(afterLogout)).isEqualTo("/login");
    }

    @Test
    void aWrongPasswordAndAnUnknownUserNameGetTheSameAnswer() {
        HttpResponse<String> wrongPassword = browser.attemptLogIn(TestAccounts.ADMIN_USERNAME, "not the password at all");
        assertThat(location(wrongPassword)).isEqualTo("/login?error");
        String wrongPasswordText = browser.page("/login?error").select("#error-summary").text();

        HttpResponse<String> unknownUser = browser.attemptLogIn("nobody-by-this-name", "not the password at all");
        assertThat(location(unknownUser)).isEqualTo("/login?error");
        String unknownUserText = browser.page("/login?error").select("#error-summary").text();

        assertThat(wrongPasswordText).contains("The user name or the password is not right").isEqualTo(unknownUserText);
    }

    /** Where a redirect leads, as a path of this site. */
    private String location(HttpResponse<?> response) {
        return response.headers().firstValue("Location").orElseThrow().replace("http://localhost:" + port, "");
    }

    private static Consumer<String> noStore() {
        return cacheControl -> assertThat(cacheControl).contains("no-store");
    }

    @Test
    void anEditorWhoOpensAccountAdministrationGetsTheForbiddenPage() {
        if (!accountRepository.existsByUsername("http-editor")) {
            accounts.create("http-editor", "Hanne Editor", Role.EDITOR, TestAccounts.GOOD_PASSWORD, "test");
        }
        // This editor works in English: the account's choice, not the browser's.
        accounts.chooseAdminLanguage("http-editor", Language.EN);
        browser.logIn("http-editor", TestAccounts.GOOD_PASSWORD);

        HttpResponse<String> forbidden = browser.get("/admin/accounts");
        assertThat(forbidden.statusCode()).isEqualTo(403);
        assertThat(forbidden.headers().firstValue("Cache-Control")).hasValueSatisfying(noStore());
        Document page = Jsoup.parse(forbidden.body());
        assertThat(page.select("h1").text()).isEqualTo("You do not have access to this page");
        assertThat(page.select("html").attr("lang")).isEqualTo("en");
        assertThat(forbidden.body()).doesNotContain("Exception");
    }

    @Test
    void anEditorChangesTheirPasswordStaysLoggedInAndLogsInWithTheNewOne() {
        String username = "http-changer";
        if (!accountRepository.existsByUsername(username)) {
            accounts.create(username, "Carl Changer", Role.EDITOR, TestAccounts.GOOD_PASSWORD, "test");
        }
        // This editor works in English: the account's choice, not the browser's.
        accounts.chooseAdminLanguage(username, Language.EN);
        browser.logIn(username, TestAccounts.GOOD_PASSWORD);
        Document form = browser.page("/admin/password");

        HttpResponse<String> changed = browser.post("/admin/password", form,
                "currentPassword", TestAccounts.GOOD_PASSWORD,
                "password", "My own new passphrase", "passwordAgain", "My own new passphrase");
        assertThat(changed.statusCode()).isEqualTo(302);
        Document after = browser.page("/admin/password");
        assertThat(after.select(".banner-success[role=status]").text()).isEqualTo("Your password is changed.");

        browser.post("/logout", after);
        WebSession other = new WebSession(port, "en");
        assertThat(location(other.attemptLogIn(username, TestAccounts.GOOD_PASSWORD))).isEqualTo("/login?error");
        assertThat(location(other.attemptLogIn(username, "My own new passphrase"))).isEqualTo("/admin");
    }
}
