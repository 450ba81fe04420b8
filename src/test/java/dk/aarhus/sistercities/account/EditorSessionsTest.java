package dk.aarhus.sistercities.account;

import static org.assertj.core.api.Assertions.assertThat;

import dk.aarhus.sistercities.content.Language;
import dk.aarhus.sistercities.support.FullAppTest;
import dk.aarhus.sistercities.support.WebSession;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** An editor sees where they are logged in and ends the other sessions; a password change ends them too. */
@FullAppTest
class EditorSessionsTest {

    static final String FIREFOX_ON_WINDOWS =
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0";
    static final String CHROME_ON_ANDROID = "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 "
            + "(KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36";
    static final String SAFARI_ON_IPHONE = "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 "
            + "(KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1";

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    AccountRepository accountRepository;

    private WebSession loggedIn(String username, String userAgent) {
        WebSession session = new WebSession(port, "en").header("User-Agent", userAgent);
        session.logIn(username, TestAccounts.GOOD_PASSWORD);
        return session;
    }

    private static String location(HttpResponse<?> response) {
        return response.headers().firstValue("Location").orElse("").replaceFirst("^http://localhost:\\d+", "");
    }

    @Test
    void anEditorSeesTheirSessionsInPlainWordsAndEndsTheOthers() {
        if (!accountRepository.existsByUsername("sess-hans")) {
            accounts.create("sess-hans", "Hans Sessions", Role.EDITOR, TestAccounts.GOOD_PASSWORD, "test");
        }
        accounts.chooseAdminLanguage("sess-hans", Language.EN);
        WebSession desk = loggedIn("sess-hans", FIREFOX_ON_WINDOWS);
        WebSession phone = loggedIn("sess-hans", CHROME_ON_ANDROID);
        WebSession tablet = loggedIn("sess-hans", SAFARI_ON_IPHONE);

        Document page = desk.page("/admin/sessions");
        assertThat(page.select("tbody th").eachText())
                .containsExactly("Firefox on Windows", "Safari on iPhone", "Chrome on Android");
        assertThat(page.select("tbody tr").first().text()).contains("This session");
        String deskSession = new String(Base64.getDecoder().decode(desk.cookie("SESSION")), StandardCharsets.UTF_8);
        assertThat(page.outerHtml()).as("no session id on the page").doesNotContain(deskSession);

        Element phoneRow = page.select("tbody tr").stream().filter(row -> row.text().contains("Android"))
                .findFirst().orElseThrow();
        assertThat(phoneRow.selectFirst("button").attr("aria-label")).startsWith("End the session: Chrome on Android");
        String handle = phoneRow.selectFirst("input[name=session]").val();
        assertThat(location(desk.post("/admin/sessions/end", page, "session", handle))).isEqualTo("/admin/sessions");
        assertThat(desk.page("/admin/sessions").select(".banner-success").text()).isEqualTo("The session has ended.");
        assertThat(location(phone.get("/admin"))).as("the phone is logged out").isEqualTo("/login");
        assertThat(location(desk.post("/admin/sessions/end", page, "session", handle))).isEqualTo("/admin/sessions");
        assertThat(desk.page("/admin/sessions").select(".banner-warning").text())
                .isEqualTo("That session had already ended.");

        desk.post("/admin/sessions/end-others", desk.page("/admin/sessions"));
        assertThat(location(tablet.get("/admin"))).isEqualTo("/login");
        assertThat(desk.page("/admin/sessions").select("tbody tr")).hasSize(1);
        assertThat(desk.get("/admin").statusCode()).as("this one goes on").isEqualTo(200);

        // A password change ends the others at once: gone from the list, not only refused at their next click.
        WebSession laptop = loggedIn("sess-hans", FIREFOX_ON_WINDOWS);
        assertThat(desk.page("/admin/sessions").select("tbody tr")).hasSize(2);
        desk.post("/admin/password", desk.page("/admin/password"), "currentPassword", TestAccounts.GOOD_PASSWORD,
                "password", "A new passphrase for Hans", "passwordAgain", "A new passphrase for Hans");
        assertThat(desk.page("/admin/sessions").select("tbody tr")).hasSize(1);
        assertThat(location(laptop.get("/admin"))).isEqualTo("/login");
    }

    @Test
    void browsersInPlainWords() {
        assertThat(BrowserName.of(FIREFOX_ON_WINDOWS)).isEqualTo(new BrowserName("Firefox", "Windows"));
        assertThat(BrowserName.of(CHROME_ON_ANDROID)).isEqualTo(new BrowserName("Chrome", "Android"));
        assertThat(BrowserName.of(SAFARI_ON_IPHONE)).isEqualTo(new BrowserName("Safari", "iPhone"));
        assertThat(BrowserName.of("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like "
                + "Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0")).isEqualTo(new BrowserName("Edge", "macOS"));
        assertThat(BrowserName.of(null)).isEqualTo(new BrowserName(null, null));
    }
}
