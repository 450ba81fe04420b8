package dk.aarhus.sistercities.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import dk.aarhus.sistercities.support.AlsoOnPostgres;
import dk.aarhus.sistercities.support.FullAppTest;
import dk.aarhus.sistercities.support.TestClock;
import jakarta.servlet.http.Cookie;
import dk.aarhus.sistercities.support.PasswordChecks;
import java.time.Duration;
import java.util.List;
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
 * Password guessing is slowed down per user name and per address with growing waits, told plainly; a
 * browser that logged in before and the code of the account's authenticator app get past them.
 * Each test has its own user names and its own address (from the documentation ranges).
 */
@FullAppTest
@AlsoOnPostgres
class LoginThrottleTest {

    static final String WRONG = "not-the-right-password";

    @Autowired
    SecondFactor secondFactor;

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
        clock.advance(LoginThrottle.MEMORY.plusMinutes(1));
    }

    private void account(String username) {
        if (!accountRepository.existsByUsername(username)) {
            accounts.create(username, "Thea Throttled", Role.ADMIN, TestAccounts.GOOD_PASSWORD, "test");
        }
    }

    /**
     * A browser's cookies: its session (sessions live in the database, so the cookie is all a browser keeps)
     * and, once it has logged in, the cookie that makes it a known device.
     */
    private static final class Browser {

        private final java.util.Map<String, Cookie> cookies = new java.util.HashMap<>();

        MvcResult send(MockMvc mvc, MockHttpServletRequestBuilder request) throws Exception {
            if (!cookies.isEmpty()) {
                request.cookie(cookies.values().toArray(Cookie[]::new));
            }
            MvcResult result = mvc.perform(request).andReturn();
            for (Cookie set : result.getResponse().getCookies()) {
                cookies.put(set.getName(), set);
            }
            return result;
        }

        /** Logged out and the session gone, as after closing the browser; it keeps what it knows of the site. */
        Browser newSession() {
            cookies.remove("SESSION");
            return this;
        }
    }

    /** Logs in as a browser at the address would; answers where Spring Security sent it. */
    private String logIn(String username, String password, String address, Browser browser) throws Exception {
        return logIn(username, password, null, address, browser);
    }

    /** The same with the code of an authenticator app, as the login page asks for it while logins wait. */
    private String logIn(String username, String password, String code, String address, Browser browser)
            throws Exception {
        MockHttpServletRequestBuilder login = post("/login").with(csrf()).with(from(address))
                .param("username", username).param("password", password);
        if (code != null) {
            login.param("code", code);
        }
        return browser.send(mvc, login).getResponse().getRedirectedUrl();
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

    private static String waitWords(int minutes) {
        return "Too many failed attempts. Wait " + minutes + (minutes == 1 ? " minute" : " minutes")
                + ", then try again.";
    }

    @Test
    void afterFiveFailuresEachFailureDoublesTheWaitUpToFifteenMinutesAndTheRightPasswordWaitsToo() throws Exception {
        account("throttle-thea");
        Browser session = new Browser();
        for (int i = 0; i < LoginThrottle.FREE_FAILURES_PER_USERNAME; i++) {
            assertThat(logIn("throttle-thea", WRONG, "192.0.2.1", session)).isEqualTo("/login?error");
        }
        assertThat(loginError(session))
                .isEqualTo("The user name or the password is not right. Check both and try again.");

        assertThat(logIn("throttle-thea", TestAccounts.GOOD_PASSWORD, "192.0.2.1", session)).isEqualTo("/login?error");
        assertThat(loginError(session)).isEqualTo(waitWords(1));
        // From another address too: it is the user name that is being guessed.
        assertThat(logIn("Throttle-Thea ", TestAccounts.GOOD_PASSWORD, "192.0.2.2", session)).isEqualTo("/login?error");
        assertThat(loginError(session)).isEqualTo(waitWords(1));

        // A guesser who waits each time gets one more try, and a wait twice as long, up to 15 minutes.
        for (int wait : new int[] {1, 2, 4, 8, 15, 15}) {
            clock.advance(Duration.ofMinutes(wait).plusSeconds(1));
            assertThat(logIn("throttle-thea", WRONG, "192.0.2.1", session)).isEqualTo("/login?error");
            assertThat(loginError(session)).isEqualTo(
                    "The user name or the password is not right. Check both and try again.");
            assertThat(logIn("throttle-thea", WRONG, "192.0.2.1", session)).isEqualTo("/login?error");
            assertThat(loginError(session)).as("after waiting %d minutes", wait)
                    .isEqualTo(waitWords(Math.min(15, wait * 2)));
        }
        clock.advance(Duration.ofMinutes(14));
        assertThat(logIn("throttle-thea", TestAccounts.GOOD_PASSWORD, "192.0.2.1", session)).isEqualTo("/login?error");
        assertThat(loginError(session)).isEqualTo(waitWords(1));

        clock.advance(Duration.ofMinutes(1).plusSeconds(1));
        assertThat(logIn("throttle-thea", TestAccounts.GOOD_PASSWORD, "192.0.2.1", session)).isEqualTo("/admin");

        List<AuditEvent> events = audit.findAll(Sort.by("id")).stream()
                .filter(e -> e.getActor().equals("throttle-thea")).map(AuditEntry::getEvent).toList();
        assertThat(events).filteredOn(AuditEvent.LOGIN_FAILED::equals).as("checked guesses").hasSize(5 + 6);
        assertThat(events).filteredOn(AuditEvent.LOGIN_THROTTLED::equals).as("refused unchecked").hasSize(2 + 6 + 1);
        assertThat(events).last().isEqualTo(AuditEvent.LOGIN);
    }

    @Test
    void delaysGrowFromOneMinuteToFifteen() {
        int free = LoginThrottle.FREE_FAILURES_PER_USERNAME;
        assertThat(LoginThrottle.delayAfter(free - 1, free)).isZero();
        assertThat(java.util.stream.IntStream.rangeClosed(free, free + 7)
                .mapToObj(n -> LoginThrottle.delayAfter(n, free).toMinutes()).toList())
                .containsExactly(1L, 2L, 4L, 8L, 15L, 15L, 15L, 15L);
    }

    @Test
    void anUnknownUserNameIsThrottledWithTheSameWords() throws Exception {
        account("throttle-known");
        Browser known = new Browser();
        Browser unknown = new Browser();
        for (int i = 0; i <= LoginThrottle.FREE_FAILURES_PER_USERNAME; i++) {
            logIn("throttle-known", WRONG, "192.0.2.10", known);
            logIn("throttle-nobody", WRONG, "192.0.2.11", unknown);
        }
        assertThat(loginError(unknown)).startsWith("Too many failed attempts.").isEqualTo(loginError(known));
    }

    @Test
    void twentyFailuresFromOneAddressStopEveryUserNameFromIt() throws Exception {
        account("throttle-office");
        Browser session = new Browser();
        for (int i = 0; i < LoginThrottle.FREE_FAILURES_PER_ADDRESS; i++) {
            logIn("throttle-guess-" + i, WRONG, "198.51.100.20", session);
        }
        assertThat(logIn("throttle-office", TestAccounts.GOOD_PASSWORD, "198.51.100.20", session))
                .isEqualTo("/login?error");
        assertThat(loginError(session)).isEqualTo(waitWords(1));

        assertThat(logIn("throttle-office", TestAccounts.GOOD_PASSWORD, "198.51.100.21", new Browser()))
                .as("another address").isEqualTo("/admin");
    }

    @Test
    void aSuccessfulLoginWipesTheSlateOfItsUserName() throws Exception {
        account("throttle-typo");
        for (int i = 1; i < LoginThrottle.FREE_FAILURES_PER_USERNAME; i++) {
            logIn("throttle-typo", WRONG, "203.0.113.30", new Browser());
        }
        assertThat(logIn("throttle-typo", TestAccounts.GOOD_PASSWORD, "203.0.113.30", new Browser()))
                .isEqualTo("/admin");
        logIn("throttle-typo", WRONG, "203.0.113.30", new Browser());
        assertThat(logIn("throttle-typo", TestAccounts.GOOD_PASSWORD, "203.0.113.30", new Browser()))
                .as("one typo after a login is not five").isEqualTo("/admin");
    }

    @Test
    void aBrowserThatLoggedInBeforeGetsPastTheThrottleUntilItFailsItself() throws Exception {
        account("throttle-dana");
        Browser dana = new Browser();
        MvcResult first = dana.send(mvc, post("/login").with(csrf()).with(from("203.0.113.40"))
                .param("username", "throttle-dana").param("password", TestAccounts.GOOD_PASSWORD));
        assertThat(first.getResponse().getRedirectedUrl()).isEqualTo("/admin");
        assertThat(first.getResponse().getHeaders("Set-Cookie")).filteredOn(c -> c.startsWith("DEVICE="))
                .singleElement().asString().contains("Path=/login", "HttpOnly", "SameSite=Strict", "Max-Age=");

        // A stranger elsewhere holds the user name back.
        Browser stranger = new Browser();
        for (int i = 0; i <= LoginThrottle.FREE_FAILURES_PER_USERNAME; i++) {
            logIn("throttle-dana", WRONG, "198.51.100.40", stranger);
        }
        assertThat(loginError(stranger)).isEqualTo(waitWords(1));
        assertThat(logIn("throttle-dana", TestAccounts.GOOD_PASSWORD, "198.51.100.41", new Browser()))
                .as("the right password from a browser never used").isEqualTo("/login?error");

        // Dana's own browser, a day later from home, with the wait still on: in.
        assertThat(logIn("throttle-dana", TestAccounts.GOOD_PASSWORD, "203.0.113.41", dana.newSession()))
                .isEqualTo("/admin");

        // The stranger again, and then the known browser's own typos: after five it is a stranger too.
        for (int i = 0; i <= LoginThrottle.FREE_FAILURES_PER_USERNAME; i++) {
            logIn("throttle-dana", WRONG, "198.51.100.40", stranger);
        }
        for (int i = 0; i < KnownDevices.MAX_FAILURES; i++) {
            assertThat(logIn("throttle-dana", WRONG, "203.0.113.41", dana.newSession())).isEqualTo("/login?error");
            assertThat(loginError(dana)).as("typo %d from the known browser: checked", i + 1)
                    .startsWith("The user name or the password is not right.");
        }
        assertThat(logIn("throttle-dana", TestAccounts.GOOD_PASSWORD, "203.0.113.41", dana.newSession()))
                .isEqualTo("/login?error");
        assertThat(loginError(dana)).startsWith("Too many failed attempts.");
    }

    @Test
    void theAppsCodeGetsPastTheThrottleAndAWrongCodeCostsNoPasswordCheck() throws Exception {
        String password = "Tove's own long passphrase";
        if (!accountRepository.existsByUsername("throttle-tove")) {
            accounts.create("throttle-tove", "Tove Two-Step", Role.EDITOR, password, "test");
        }
        TestCodes app = TestCodes.turnOn(secondFactor, "throttle-tove", clock);
        Browser stranger = new Browser();
        for (int i = 0; i <= LoginThrottle.FREE_FAILURES_PER_USERNAME; i++) {
            logIn("throttle-tove", WRONG, "198.51.100.50", stranger);
            logIn("throttle-no-such-name", WRONG, "198.51.100.51", stranger);
        }
        assertThat(loginError(stranger)).isEqualTo(waitWords(1));

        int checks = PasswordChecks.of(password).size();
        Browser laptop = new Browser();
        assertThat(logIn("throttle-tove", password, app.wrong(), "203.0.113.50", laptop)).isEqualTo("/login?error");
        assertThat(loginError(laptop)).as("a wrong code: held back like anyone").isEqualTo(waitWords(1));
        Browser nobody = new Browser();
        assertThat(logIn("throttle-no-such-name", password, app.wrong(), "203.0.113.51", nobody))
                .isEqualTo("/login?error");
        assertThat(loginError(nobody)).isEqualTo(waitWords(1));
        assertThat(PasswordChecks.of(password)).as("no password checked for a wrong code").hasSize(checks);

        assertThat(logIn("throttle-tove", password, app.next(), "203.0.113.50", laptop)).isEqualTo("/admin");
        assertThat(PasswordChecks.of(password)).as("a right code: the password is checked").hasSize(checks + 1);
    }
}
