package dk.aarhus.sistercities.account;

import static org.assertj.core.api.Assertions.assertThat;

import dk.aarhus.sistercities.content.Language;
import dk.aarhus.sistercities.support.AlsoOnPostgres;
import dk.aarhus.sistercities.support.FullAppTest;
import dk.aarhus.sistercities.support.HtmlChecker;
import dk.aarhus.sistercities.support.TestClock;
import dk.aarhus.sistercities.support.WebSession;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.Sort;

/**
 * The second factor over real HTTP: an editor turns it on (a code first), logs in with the app's code or a
 * recovery code (each taken once), an administrator resets it, and an administrator who must have one is
 * sent to set it up after the password. The codes are computed here from the test clock, as the app does.
 */
@FullAppTest
class SecondFactorTest {

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    AccountRepository accountRepository;

    @Autowired
    SecondFactor secondFactor;

    @Autowired
    SecondFactorPolicy policy;

    @Autowired
    AuditEntryRepository audit;

    @Autowired
    TestClock clock;

    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactions;

    private static final HtmlChecker html = new HtmlChecker();

    private void account(String username, String password, Role role) {
        if (!accountRepository.existsByUsername(username)) {
            accounts.create(username, "Test " + username, role, password, "test");
        }
        accounts.chooseAdminLanguage(username, Language.EN);
    }

    private WebSession browser() {
        return new WebSession(port, "en");
    }

    private static String location(HttpResponse<?> response) {
        return response.headers().firstValue("Location").orElse("").replaceFirst("^http://localhost:\\d+", "");
    }

    private void assertValidHtml(WebSession session, String path) {
        HttpResponse<String> page = session.get(path);
        assertThat(page.statusCode()).as(path).isEqualTo(200);
        assertThat(html.check(page.body(), session.base() + path)).as(path).noneMatch(HtmlChecker.Problem::error);
    }

    @Test
    void anEditorTurnsItOnAndLogsInWithTheAppsCodeOrARecoveryCodeEachTakenOnce() {
        String password = "Erik's own long passphrase";
        account("tf-erik", password, Role.EDITOR);
        WebSession elsewhere = browser();
        elsewhere.logIn("tf-erik", password);
        WebSession erik = browser();
        erik.logIn("tf-erik", password);

        // The page: the key as text (and in an otpauth address), then a code before it counts.
        Document setUp = erik.page("/admin/second-factor");
        String secret = setUp.selectFirst("code.secret").text();
        assertThat(secret).matches("([A-Z2-7]{4} )+[A-Z2-7]{1,4}");
        assertThat(setUp.selectFirst("a[href^=otpauth://totp/]").attr("href"))
                .contains("secret=" + secret.replace(" ", ""), "issuer=Aarhus%20venskabsbyer", "digits=6", "period=30");
        assertThat(setUp.select("label[for=code]")).hasSize(1);
        assertThat(setUp.select("input#code[autocomplete=one-time-code][inputmode=numeric]")).hasSize(1);
        TestCodes app = new TestCodes(secret, clock);

        HttpResponse<String> wrong = erik.post("/admin/second-factor", setUp, "code", app.wrong());
        assertThat(wrong.statusCode()).isEqualTo(200);
        Document refused = Jsoup.parse(wrong.body());
        assertThat(refused.select("#error-summary a[href=#code]").text()).startsWith("The code is not right.");
        assertThat(refused.selectFirst("code.secret").text()).as("the same key").isEqualTo(secret);
        assertThat(html.check(wrong.body(), erik.base() + "/admin/second-factor")).noneMatch(HtmlChecker.Problem::error);
        assertThat(accountRepository.findByUsername("tf-erik").orElseThrow().hasSecondFactor()).isFalse();

        HttpResponse<String> on = erik.post("/admin/second-factor", setUp, "code", app.now());
        assertThat(location(on)).isEqualTo("/admin/second-factor");
        Document shown = erik.page("/admin/second-factor");
        List<String> recoveryCodes = shown.select("ol.recovery-codes code").eachText();
        assertThat(recoveryCodes).hasSize(SecondFactor.RECOVERY_CODES).doesNotHaveDuplicates()
                .allMatch(code -> code.matches("[a-hjkmnp-z2-9]{5}-[a-hjkmnp-z2-9]{5}"));
        assertThat(shown.select(".banner-success").text()).contains("The second factor is on");
        assertThat(html.check(shown.outerHtml(), erik.base() + "/admin/second-factor"))
                .noneMatch(HtmlChecker.Problem::error);
        assertThat(erik.page("/admin/second-factor").select("ol.recovery-codes")).as("shown once").isEmpty();
        assertThat(location(elsewhere.get("/admin"))).as("the other session has ended").isEqualTo("/login");

        // Logging in: the password, then the code; nothing else opens meanwhile.
        WebSession again = browser();
        assertThat(location(again.attemptLogIn("tf-erik", password))).isEqualTo("/login/code");
        assertThat(location(again.get("/admin"))).isEqualTo("/login/code");
        assertThat(location(again.get("/admin/second-factor"))).isEqualTo("/login/code");
        assertValidHtml(again, "/login/code");
        Document codePage = again.page("/login/code");
        HttpResponse<String> wrongCode = again.post("/login/code", codePage, "code", app.wrong());
        assertThat(wrongCode.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(wrongCode.body()).select("#error-summary a[href=#code]").text())
                .startsWith("The code is not right.");
        assertThat(Jsoup.parse(wrongCode.body()).select("h1 + #error-summary[autofocus]"))
                .as("after the heading, and it takes the focus").hasSize(1);
        assertThat(html.check(wrongCode.body(), again.base() + "/login/code")).noneMatch(HtmlChecker.Problem::error);
        String code = app.next();
        assertThat(location(again.post("/login/code", codePage, "code", code))).isEqualTo("/admin");
        assertThat(again.page("/admin").select(".signed-in").text()).contains("Test tf-erik");
        assertThat(location(again.get("/login/code"))).as("back on the code page once logged in").isEqualTo("/admin");

        WebSession replay = browser();
        replay.logIn("tf-erik", password);
        assertThat(replay.post("/login/code", replay.page("/login/code"), "code", code).statusCode())
                .as("a code is taken once").isEqualTo(200);

        // A recovery code instead: in, told how many are left; the same one again is refused.
        HttpResponse<String> recovered = replay.post("/login/recovery", replay.page("/login/code"),
                "recoveryCode", recoveryCodes.get(0).toUpperCase().replace("-", " "));
        assertThat(location(recovered)).isEqualTo("/admin/second-factor");
        assertThat(replay.page("/admin/second-factor").select(".banner-warning").text())
                .isEqualTo("You logged in with a recovery code. You have 9 left: make new ones below once you have "
                        + "your phone again.");
        WebSession reused = browser();
        reused.logIn("tf-erik", password);
        HttpResponse<String> refusedRecovery = reused.post("/login/recovery", reused.page("/login/code"),
                "recoveryCode", recoveryCodes.get(0));
        assertThat(Jsoup.parse(refusedRecovery.body()).select("#error-summary a[href=#recoveryCode]").text())
                .isEqualTo("That is not one of your recovery codes, or it has been used.");

        // Five tries, and the login starts again from the password. The fifth wrong code of the day (two above,
        // three here) stops the codes (LoginThrottle): the last try is told so, and not counted.
        for (int i = 2; i <= LoginCodeController.MAX_WRONG_CODES; i++) {
            reused.post("/login/code", reused.page("/login/code"), "code", app.wrong());
        }
        assertThat(location(reused.get("/login/code"))).isEqualTo("/login");
        assertThat(reused.page("/login?again").select(".banner-warning").text()).startsWith("Log in again");
        WebSession stopped = browser();
        stopped.logIn("tf-erik", password);
        assertThat(Jsoup.parse(stopped.post("/login/code", stopped.page("/login/code"), "code", app.next()).body())
                .select("#error-summary a[href=#code]").text()).startsWith("Too many wrong codes have been typed");

        assertThat(audit.findAll(Sort.by("id"))).filteredOn(e -> e.getActor().equals("tf-erik"))
                .extracting(AuditEntry::getEvent)
                .contains(AuditEvent.SECOND_FACTOR_ON, AuditEvent.RECOVERY_CODE_USED)
                .filteredOn(e -> e == AuditEvent.LOGIN_FAILED || e == AuditEvent.LOGIN_CODE_FAILED)
                .as("the wrong recovery code, and the wrong codes counted")
                .containsExactly(AuditEvent.LOGIN_CODE_FAILED, AuditEvent.LOGIN_CODE_FAILED, AuditEvent.LOGIN_FAILED,
                        AuditEvent.LOGIN_CODE_FAILED, AuditEvent.LOGIN_CODE_FAILED, AuditEvent.LOGIN_CODE_FAILED);
    }

    @Test
    void theHeldBackLoginPageAsksForTheAppsCode() {
        WebSession guesser = browser().header("X-Forwarded-For", "198.51.100.77");
        for (int i = 0; i <= LoginThrottle.FREE_FAILURES_PER_USERNAME; i++) {
            guesser.attemptLogIn("tf-nobody", "not the password");
        }
        Document page = guesser.page("/login?error");
        assertThat(page.select("#error-summary a[href=#code]").text()).startsWith("Too many failed attempts.");
        assertThat(page.select("label[for=code]").text()).isEqualTo("Code from your authenticator app");
        assertThat(page.select("input#code[autocomplete=one-time-code][inputmode=numeric]")).hasSize(1);
        assertThat(html.check(page.outerHtml(), guesser.base() + "/login?error")).noneMatch(HtmlChecker.Problem::error);
    }

    @Test
    void anAdministratorResetsItAndThePersonsSessionsEnd() {
        String password = "Frida's own long passphrase";
        account("tf-frida", password, Role.EDITOR);
        TestCodes app = TestCodes.turnOn(secondFactor, "tf-frida", clock);
        WebSession frida = browser();
        frida.attemptLogIn("tf-frida", password);
        assertThat(location(frida.post("/login/code", frida.page("/login/code"), "code", app.next())))
                .isEqualTo("/admin");

        accounts.chooseAdminLanguage(TestAccounts.ADMIN_USERNAME, Language.EN);
        WebSession admin = browser();
        admin.logIn(TestAccounts.ADMIN_USERNAME, TestAccounts.ADMIN_PASSWORD);
        Document list = admin.page("/admin/accounts");
        String reset = list.select("form[action$=/second-factor/reset]").stream()
                .filter(form -> form.selectFirst("button").attr("aria-label").endsWith(": tf-frida"))
                .findFirst().orElseThrow().attr("action");
        assertThat(location(admin.post(reset, list))).isEqualTo("/admin/accounts");
        assertThat(admin.page("/admin/accounts").select(".banner-success").text())
                .startsWith("The second factor of tf-frida is removed");

        assertThat(location(frida.get("/admin"))).as("her session has ended").isEqualTo("/login");
        assertThat(location(browser().attemptLogIn("tf-frida", password))).as("the password alone").isEqualTo("/admin");
        assertThat(audit.findAll(Sort.by("id"))).filteredOn(e -> e.getEvent() == AuditEvent.SECOND_FACTOR_RESET)
                .singleElement().satisfies(e -> {
                    assertThat(e.getActor()).isEqualTo(TestAccounts.ADMIN_USERNAME);
                    assertThat(e.getDetail()).isEqualTo("tf-frida");
                });
    }

    @Test
    void whereItIsRequiredAnAccountWithoutOneSetsItUpRightAfterThePassword() {
        String password = "Greta's own long passphrase";
        account("tf-greta", password, Role.ADMIN);
        account("tf-hugo", password, Role.EDITOR);
        SecondFactorPolicy.Requirement before = policy.require(SecondFactorPolicy.Requirement.ADMINISTRATORS);
        try {
            assertThat(location(browser().attemptLogIn("tf-hugo", password))).as("an editor").isEqualTo("/admin");

            WebSession greta = browser();
            assertThat(location(greta.attemptLogIn("tf-greta", password))).isEqualTo("/admin/second-factor");
            assertThat(location(greta.get("/admin/accounts"))).isEqualTo("/admin/second-factor");
            Document setUp = greta.page("/admin/second-factor");
            assertThat(setUp.select("main p").text()).contains("Your account must have a second factor.");
            assertThat(setUp.select(".admin-nav")).as("no editor pages yet").isEmpty();
            TestCodes app = new TestCodes(setUp.selectFirst("code.secret").text(), clock);
            assertThat(location(greta.post("/admin/second-factor", setUp, "code", app.now())))
                    .isEqualTo("/admin/second-factor");
            assertThat(greta.get("/admin/accounts").statusCode()).as("logged in now").isEqualTo(200);

            // It cannot be turned off while it is required.
            Document page = greta.page("/admin/second-factor");
            assertThat(page.select("button[formaction$=/off]")).isEmpty();
            greta.post("/admin/second-factor/off", page, "code", app.next());
            assertThat(accountRepository.findByUsername("tf-greta").orElseThrow().hasSecondFactor()).isTrue();
        } finally {
            policy.require(before);
        }
    }

    /**
     * Two logins at the code step send one code at the very same moment (a double click, a second tab), a few
     * rounds: one gets in, the other is told the code is not right (taken), never a 500. On PostgreSQL too, as
     * it is the database's row lock that decides.
     */
    @Test
    @AlsoOnPostgres
    void oneAppCodeSentTwiceAtOnceLogsInOnce() throws Exception {
        String password = "Ivan's own long passphrase";
        account("tf-ivan", password, Role.EDITOR);
        TestCodes app = TestCodes.turnOn(secondFactor, "tf-ivan", clock);
        for (int round = 0; round < 3; round++) {
            String code = app.next();
            List<HttpResponse<String>> answers = atOnce("tf-ivan", password, round,
                    (session, page) -> session.post("/login/code", page, "code", code));
            assertThat(answers).as("round %d", round).extracting(HttpResponse::statusCode)
                    .containsExactlyInAnyOrder(302, 200);
            assertThat(answers).filteredOn(a -> a.statusCode() == 302).singleElement()
                    .extracting(SecondFactorTest::location).isEqualTo("/admin");
            assertThat(answers).filteredOn(a -> a.statusCode() == 200).singleElement()
                    .extracting(a -> Jsoup.parse(a.body()).select("#error-summary a[href=#code]").text()).asString()
                    .startsWith("The code is not right.");
        }
    }

    /**
     * The race the two requests above may or may not run into, made certain: one request has read the account
     * when the other takes the code and commits. The first is then told the code is taken; it does not fail (the
     * account's version, which the other request's commit moved on, would make its own commit fail: a 500).
     */
    @Test
    @AlsoOnPostgres
    void aCodeTakenWhileAnotherRequestHasReadTheAccountIsRefusedToItCalmly() {
        account("tf-karl", "Karl's own long passphrase", Role.EDITOR);
        TestCodes app = TestCodes.turnOn(secondFactor, "tf-karl", clock);
        String code = app.next();
        ExecutorService other = Executors.newSingleThreadExecutor();
        try {
            Boolean late = new org.springframework.transaction.support.TransactionTemplate(transactions).execute(t -> {
                assertThat(accountRepository.findByUsername("tf-karl")).isPresent();
                try {
                    assertThat(other.submit(() -> secondFactor.takeCode("tf-karl", code)).get())
                            .as("the other request, first").isTrue();
                } catch (Exception e) {
                    throw new AssertionError(e);
                }
                return secondFactor.takeCode("tf-karl", code);
            });
            assertThat(late).as("the request that read the account before").isFalse();
        } finally {
            other.shutdown();
        }
    }

    /** The same for a recovery code: it logs in once, whatever the timing; the other login is refused calmly. */
    @Test
    @AlsoOnPostgres
    void oneRecoveryCodeSentTwiceAtOnceLogsInOnce() throws Exception {
        String password = "Jens's own long passphrase";
        account("tf-jens", password, Role.EDITOR);
        TestCodes app = TestCodes.turnOn(secondFactor, "tf-jens", clock);
        List<String> recoveryCodes = secondFactor.newRecoveryCodes("tf-jens", app.next()).orElseThrow();
        for (int round = 0; round < 3; round++) {
            String recoveryCode = recoveryCodes.get(round);
            List<HttpResponse<String>> answers = atOnce("tf-jens", password, round,
                    (session, page) -> session.post("/login/recovery", page, "recoveryCode", recoveryCode));
            assertThat(answers).as("round %d", round).extracting(HttpResponse::statusCode)
                    .containsExactlyInAnyOrder(302, 200);
            assertThat(answers).filteredOn(a -> a.statusCode() == 200).singleElement()
                    .extracting(a -> Jsoup.parse(a.body()).select("#error-summary a[href=#recoveryCode]").text())
                    .isEqualTo("That is not one of your recovery codes, or it has been used.");
        }
        assertThat(secondFactor.recoveryCodesLeft("tf-jens")).isEqualTo(SecondFactor.RECOVERY_CODES - 3L);
        assertThat(audit.findAll(Sort.by("id"))).filteredOn(e -> e.getActor().equals("tf-jens"))
                .filteredOn(e -> e.getEvent() == AuditEvent.RECOVERY_CODE_USED).hasSize(3);
    }

    /**
     * Two browsers log in with the password (each from an address of its own, so no other test's wrong codes
     * count), then send the second step at once, released together; the two answers.
     */
    private List<HttpResponse<String>> atOnce(String username, String password, int round,
            java.util.function.BiFunction<WebSession, Document, HttpResponse<String>> send) throws Exception {
        List<WebSession> sessions = List.of(browser().header("X-Forwarded-For", "203.0.113." + (170 + 2 * round)),
                browser().header("X-Forwarded-For", "203.0.113." + (171 + 2 * round)));
        List<Document> pages = new java.util.ArrayList<>();
        for (WebSession session : sessions) {
            assertThat(location(session.attemptLogIn(username, password))).isEqualTo("/login/code");
            pages.add(session.page("/login/code"));
        }
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService both = Executors.newFixedThreadPool(2);
        try {
            List<Future<HttpResponse<String>>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < 2; i++) {
                int which = i;
                answers.add(both.submit(() -> {
                    go.await();
                    return send.apply(sessions.get(which), pages.get(which));
                }));
            }
            go.countDown();
            return List.of(answers.get(0).get(), answers.get(1).get());
        } finally {
            both.shutdown();
        }
    }
}
