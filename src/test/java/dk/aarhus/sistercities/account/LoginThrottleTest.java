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

    @Autowired
    KnownDevices devices;

    @Autowired
    KnownDeviceRepository deviceRepository;

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
    void aKnownBrowserPastItsLifetimeIsForgottenByTheNightlyCleanUp() throws Exception {
        account("throttle-ester");
        long ester = accountRepository.findByUsername("throttle-ester").orElseThrow().getId();
        assertThat(logIn("throttle-ester", TestAccounts.GOOD_PASSWORD, "203.0.113.45", new Browser())).isEqualTo("/admin");
        clock.advance(KnownDevices.LIFETIME.minusDays(1));
        assertThat(logIn("throttle-ester", TestAccounts.GOOD_PASSWORD, "203.0.113.45", new Browser())).isEqualTo("/admin");
        devices.forgetExpired();
        assertThat(deviceRepository.findAll()).as("nothing past its lifetime yet")
                .filteredOn(d -> d.accountId().equals(ester)).hasSize(2);
        clock.advance(Duration.ofDays(2));
        assertThat(devices.forgetExpired()).as("the first browser's row at least").isPositive();
        assertThat(deviceRepository.findAll()).as("the second browser is kept")
                .filteredOn(d -> d.accountId().equals(ester)).hasSize(1);
    }

    @Test
    void theAppsCodeGetsPastTheThrottleAndAWrongCodeIsCountedWithoutAPasswordCheck() throws Exception {
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
        assertThat(events("throttle-tove")).as("the wrong code is counted, for a real name")
                .filteredOn(AuditEvent.LOGIN_WAIT_CODE_FAILED::equals).hasSize(1);
        assertThat(events("throttle-no-such-name")).as("and for an unknown one alike")
                .filteredOn(AuditEvent.LOGIN_WAIT_CODE_FAILED::equals).hasSize(1);

        assertThat(logIn("throttle-tove", password, app.next(), "203.0.113.50", laptop)).isEqualTo("/admin");
        assertThat(PasswordChecks.of(password)).as("a right code: the password is checked").hasSize(checks + 1);
    }

    /**
     * A guesser who has the password and types codes while the login waits: after a few wrong ones no code is
     * looked at, so even the right one is answered with the wait, from any address, for a real name as for an
     * unknown one. The editor, with password and phone, still logs in once the wait is over: what strangers
     * type while waiting never stops the code after the right password.
     */
    @Test
    void withThePasswordManyWrongCodesWhileWaitingGetNowhere() throws Exception {
        String password = "Ulla's own long passphrase";
        if (!accountRepository.existsByUsername("throttle-ulla")) {
            accounts.create("throttle-ulla", "Ulla Guessed", Role.EDITOR, password, "test");
        }
        TestCodes app = TestCodes.turnOn(secondFactor, "throttle-ulla", clock);
        Browser guesser = new Browser();
        for (int i = 0; i <= LoginThrottle.FREE_FAILURES_PER_USERNAME; i++) {
            logIn("throttle-ulla", WRONG, "198.51.100.60", guesser);
            logIn("throttle-ulla-nobody", WRONG, "198.51.100.61", guesser);
        }
        int checks = PasswordChecks.of(password).size();
        for (int guess = 0; guess < 40; guess++) {
            // The clock stands still, so the wait never runs out: forty codes the app does not show.
            for (String name : List.of("throttle-ulla", "throttle-ulla-nobody")) {
                Browser browser = new Browser();
                assertThat(logIn(name, password, app.wrong(), "203.0.113.60", browser)).isEqualTo("/login?error");
                assertThat(loginError(browser)).as("guess %d for %s", guess, name).startsWith("Too many failed attempts.");
            }
        }
        for (String name : List.of("throttle-ulla", "throttle-ulla-nobody")) {
            assertThat(events(name)).as(name).filteredOn(AuditEvent.LOGIN_WAIT_CODE_FAILED::equals)
                    .hasSize(LoginThrottle.WRONG_CODES_PER_USERNAME);
        }
        // Now the right code, from an address never used: not looked at.
        Browser elsewhere = new Browser();
        assertThat(logIn("throttle-ulla", password, app.next(), "203.0.113.61", elsewhere)).isEqualTo("/login?error");
        assertThat(loginError(elsewhere)).startsWith("Too many failed attempts.");
        assertThat(PasswordChecks.of(password)).as("no password checked while waiting").hasSize(checks);

        // The wait over (the strangers' six wrong passwords: two minutes), the editor logs in with password and code.
        clock.advance(Duration.ofMinutes(3));
        Browser ulla = new Browser();
        assertThat(logIn("throttle-ulla", password, "203.0.113.62", ulla)).isEqualTo("/login/code");
        assertThat(ulla.send(mvc, post("/login/code").with(csrf()).with(from("203.0.113.62"))
                .param("code", app.next())).getResponse().getRedirectedUrl()).isEqualTo("/admin");
    }

    /**
     * With the password, the code page's five tries per login are no way round the limit either: logins opened
     * before any wrong code each stop looking at codes once the user name has had a few wrong ones, and say
     * so; a recovery code still gets in.
     */
    @Test
    void withThePasswordWrongCodesAfterItStopInEveryLoginAtOnce() throws Exception {
        String password = "Vera's own long passphrase";
        if (!accountRepository.existsByUsername("throttle-vera")) {
            accounts.create("throttle-vera", "Vera Verified", Role.EDITOR, password, "test");
        }
        TestCodes app = TestCodes.turnOn(secondFactor, "throttle-vera", clock);
        String recoveryCode = secondFactor.newRecoveryCodes("throttle-vera", app.next()).orElseThrow().get(0);
        List<Browser> logins = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Browser browser = new Browser();
            assertThat(logIn("throttle-vera", password, "198.51.100.7" + i, browser)).isEqualTo("/login/code");
            logins.add(browser);
        }
        for (int wrong = 0; wrong < LoginThrottle.WRONG_CODES_PER_USERNAME; wrong++) {
            Browser browser = logins.get(wrong < 3 ? 0 : 1);
            assertThat(codeError(browser, app.wrong(), "198.51.100.70")).as("wrong code %d", wrong + 1)
                    .startsWith("Koden er forkert.");
        }
        assertThat(Jsoup.parse(logins.get(2).send(mvc, get("/login/code").with(from("198.51.100.72")))
                .getResponse().getContentAsString()).select("main p.banner-warning").text())
                .as("said on arrival, before a right code is typed in vain")
                .startsWith("Der er skrevet for mange forkerte koder");
        for (Browser browser : logins.subList(1, 3)) {
            assertThat(codeError(browser, app.next(), "198.51.100.79"))
                    .as("the right code, no longer looked at").startsWith("Der er skrevet for mange forkerte koder");
        }
        assertThat(events("throttle-vera")).filteredOn(AuditEvent.LOGIN_CODE_FAILED::equals)
                .hasSize(LoginThrottle.WRONG_CODES_PER_USERNAME);
        assertThat(events("throttle-vera")).doesNotContain(AuditEvent.LOGIN);
        assertThat(logins.get(2).send(mvc, post("/login/recovery").with(csrf()).with(from("198.51.100.72"))
                .param("recoveryCode", recoveryCode)).getResponse().getRedirectedUrl())
                .isEqualTo("/admin/second-factor");
    }

    /** Sends a code on the code page; answers where it was sent, or the error summary (in the editors' Danish). */
    private String codeError(Browser browser, String code, String address) throws Exception {
        MvcResult result = browser.send(mvc, post("/login/code").with(csrf()).with(from(address))
                .param("code", code));
        if (result.getResponse().getRedirectedUrl() != null) {
            return result.getResponse().getRedirectedUrl();
        }
        return Jsoup.parse(result.getResponse().getContentAsString()).select("#error-summary li").text();
    }

    private List<AuditEvent> events(String actor) {
        return audit.findAll(Sort.by("id")).stream().filter(e -> e.getActor().equals(actor))
                .map(AuditEntry::getEvent).toList();
    }
}
