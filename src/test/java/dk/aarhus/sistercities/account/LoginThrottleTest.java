package dk.aarhus.sistercities.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import dk.aarhus.sistercities.support.AlsoOnPostgres;
import dk.aarhus.sistercities.support.FullAppTest;
import dk.aarhus.sistercities.support.TestClock;
import jakarta.servlet.http.Cookie;
import java.time.Duration;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Sort;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Password guessing is slowed down per user name and per address, and the wait is told plainly.
 * Each test has its own user names and its own address (from the documentation ranges).
 */
@FullAppTest
@AlsoOnPostgres
class LoginThrottleTest {

    static final String WRONG = "not-the-right-password";

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountService accounts;

    @Autowired
    AccountRepository accountRepository;

    @Autowired
    AuditEntryRepository audit;

    @Autowired
    TestClock clock;

    /** Lets the windows of this test's failures pass, for the tests that follow. */
    @AfterEach
    void windowPasses() {
        clock.advance(LoginThrottle.WINDOW.plusMinutes(1));
    }

    private void account(String username) {
        if (!accountRepository.existsByUsername(username)) {
            accounts.create(username, "Thea Throttled", Role.ADMIN, TestAccounts.GOOD_PASSWORD, "test");
        }
    }

    /** A browser's session cookie (sessions live in the database, so the cookie is all a browser keeps). */
    private static final class Browser {

        private Cookie session;

        MvcResult send(MockMvc mvc, MockHttpServletRequestBuilder request) throws Exception {
            if (session != null) {
                request.cookie(session);
            }
            MvcResult result = mvc.perform(request).andReturn();
            Cookie set = result.getResponse().getCookie("SESSION");
            if (set != null) {
                session = set;
            }
            return result;
        }
    }

    /** Logs in as a browser at the address would; answers where Spring Security sent it. */
    private String logIn(String username, String password, String address, Browser browser) throws Exception {
        return browser.send(mvc, post("/login").with(csrf()).with(from(address))
                        .param("username", username).param("password", password))
                .getResponse().getRedirectedUrl();
    }

    /** The error summary the login page shows after the last failure of the session. */
    private String loginError(Browser browser) throws Exception {
        String html = browser.send(mvc, get("/login").param("error", "").header("Accept-Language", "en"))
                .getResponse().getContentAsString();
        return Jsoup.parse(html).select("#error-summary li").text();
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    @Test
    void afterFiveFailuresEvenTheRightPasswordWaitsUntilTheWindowHasPassed() throws Exception {
        account("throttle-thea");
        Browser session = new Browser();
        for (int i = 0; i < LoginThrottle.MAX_FAILURES_PER_USERNAME; i++) {
            assertThat(logIn("throttle-thea", WRONG, "192.0.2.1", session)).isEqualTo("/login?error");
        }
        assertThat(loginError(session))
                .isEqualTo("The user name or the password is not right. Check both and try again.");

        assertThat(logIn("throttle-thea", TestAccounts.GOOD_PASSWORD, "192.0.2.1", session)).isEqualTo("/login?error");
        assertThat(loginError(session)).isEqualTo("Too many failed attempts. Wait 15 minutes, then try again.");
        // From another address too: it is the user name that is being guessed.
        assertThat(logIn("Throttle-Thea ", TestAccounts.GOOD_PASSWORD, "192.0.2.2", session)).isEqualTo("/login?error");

        clock.advance(Duration.ofMinutes(14));
        assertThat(logIn("throttle-thea", TestAccounts.GOOD_PASSWORD, "192.0.2.1", session)).isEqualTo("/login?error");
        assertThat(loginError(session)).isEqualTo("Too many failed attempts. Wait 1 minute, then try again.");

        clock.advance(Duration.ofMinutes(1).plusSeconds(1));
        assertThat(logIn("throttle-thea", TestAccounts.GOOD_PASSWORD, "192.0.2.1", session)).isEqualTo("/admin");

        assertThat(audit.findAll(Sort.by("id"))).filteredOn(e -> e.getActor().equals("throttle-thea"))
                .extracting(AuditEntry::getEvent)
                .containsExactly(AuditEvent.LOGIN_FAILED, AuditEvent.LOGIN_FAILED, AuditEvent.LOGIN_FAILED,
                        AuditEvent.LOGIN_FAILED, AuditEvent.LOGIN_FAILED, AuditEvent.LOGIN_THROTTLED,
                        AuditEvent.LOGIN_THROTTLED, AuditEvent.LOGIN_THROTTLED, AuditEvent.LOGIN);
    }

    @Test
    void anUnknownUserNameIsThrottledWithTheSameWords() throws Exception {
        account("throttle-known");
        Browser known = new Browser();
        Browser unknown = new Browser();
        for (int i = 0; i <= LoginThrottle.MAX_FAILURES_PER_USERNAME; i++) {
            logIn("throttle-known", WRONG, "192.0.2.10", known);
            logIn("throttle-nobody", WRONG, "192.0.2.11", unknown);
        }
        assertThat(loginError(unknown)).startsWith("Too many failed attempts.").isEqualTo(loginError(known));
    }

    @Test
    void twentyFailuresFromOneAddressStopEveryUserNameFromIt() throws Exception {
        account("throttle-office");
        Browser session = new Browser();
        for (int i = 0; i < LoginThrottle.MAX_FAILURES_PER_ADDRESS; i++) {
            logIn("throttle-guess-" + i, WRONG, "198.51.100.20", session);
        }
        assertThat(logIn("throttle-office", TestAccounts.GOOD_PASSWORD, "198.51.100.20", session))
                .isEqualTo("/login?error");
        assertThat(loginError(session)).isEqualTo("Too many failed attempts. Wait 15 minutes, then try again.");

        assertThat(logIn("throttle-office", TestAccounts.GOOD_PASSWORD, "198.51.100.21", new Browser()))
                .as("another address").isEqualTo("/admin");
    }

    @Test
    void aSuccessfulLoginWipesTheSlateOfItsUserName() throws Exception {
        account("throttle-typo");
        for (int i = 1; i < LoginThrottle.MAX_FAILURES_PER_USERNAME; i++) {
            logIn("throttle-typo", WRONG, "203.0.113.30", new Browser());
        }
        assertThat(logIn("throttle-typo", TestAccounts.GOOD_PASSWORD, "203.0.113.30", new Browser()))
                .isEqualTo("/admin");
        logIn("throttle-typo", WRONG, "203.0.113.30", new Browser());
        assertThat(logIn("throttle-typo", TestAccounts.GOOD_PASSWORD, "203.0.113.30", new Browser()))
                .as("one typo after a login is not five").isEqualTo("/admin");
    }
}
