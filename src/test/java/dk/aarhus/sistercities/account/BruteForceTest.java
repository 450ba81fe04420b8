package dk.aarhus.sistercities.account;

import static org.assertj.core.api.Assertions.assertThat;

import dk.aarhus.sistercities.support.FullAppTest;
import dk.aarhus.sistercities.support.PasswordChecks;
import dk.aarhus.sistercities.support.TestClock;
import dk.aarhus.sistercities.support.WebSession;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.Sort;

/**
 * Password guessing over real HTTP, as a script would do it: a thousand wrong passwords for a real
 * editor, a thousand for one unknown user name, and a thousand unknown names from one address, the
 * three side by side, every other one with a guessed code of an authenticator app. Each comes through the
 * trusted local proxy with its own client address (X-Forwarded-For), as it would behind the load balancer.
 * None succeeds; they are throttled; the answers for the real editor and for the unknown name are the same
 * words at the same step and cost the same work (one password check against a hash of the same algorithm
 * and cost while a password is checked at all, none once throttled, guessed code or not: counted, see
 * support/PasswordChecks, rather than timed on a machine that may be busy; the times are printed). The
 * clock stands still meanwhile, so the wait never runs out. Then the editor, from the browser they have
 * logged in with before, logs in at once, while a browser never used before is still held back; every
 * failure is in the audit log.
 */
@FullAppTest
class BruteForceTest {

    static final int ATTEMPTS = 1000;
    static final String EDITOR = "brute-editor";
    static final String NOBODY = "brute-nobody";
    static final String NOT_RIGHT = "The user name or the password is not right. Check both and try again.";
    static final String WAIT = "Too many failed attempts. Wait 1 minute, then try again.";

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    AccountRepository accountRepository;

    @Autowired
    AuditEntryRepository audit;

    @Autowired
    TestClock clock;

    /** A browser at one client address: its own session, its CSRF token, and the proxy's word for its address. */
    final class Guesser {

        final WebSession session;
        /** The login page last shown, whose CSRF token the next attempt sends. */
        Document loginPage;

        Guesser(String address) {
            this.session = new WebSession(port, "en").header("X-Forwarded-For", address);
            this.loginPage = session.page("/login");
        }

        /** Logs in; answers where it was sent, the words the login page then shows, and how long the POST took. */
        Attempt logIn(String username, String password) {
            return logIn(username, password, null);
        }

        /** The same with a code typed in the field the throttled login page shows, if {@code code} is not null. */
        Attempt logIn(String username, String password, String code) {
            int checksBefore = PasswordChecks.of(password).size();
            long start = System.nanoTime();
            HttpResponse<String> answer = code == null
                    ? session.post("/login", loginPage, "username", username, "password", password)
                    : session.post("/login", loginPage, "username", username, "password", password, "code", code);
            long nanos = System.nanoTime() - start;
            List<String> checks = PasswordChecks.of(password);
            checks = checks.subList(checksBefore, checks.size());
            String location = answer.headers().firstValue("Location").orElse("");
            String words = "";
            if (location.endsWith("/login?error")) {
                loginPage = session.page("/login?error");
                words = loginPage.select("#error-summary li").text();
            }
            return new Attempt(answer.statusCode(), location, words, nanos, checks);
        }
    }

    /** {@code checks}: the kind of hash of each password check the POST made (see support/PasswordChecks). */
    record Attempt(int status, String location, String words, long nanos, List<String> checks) {

        /** The words with the number of minutes left out, to compare two answers a moment apart. */
        String shape() {
            return words.replaceAll("\\d+ minutes?", "N minutes");
        }
    }

    @Test
    void aThousandWrongPasswordsAreThrottledAlikeForRealAndUnknownNamesAndAllAudited() throws Exception {
        if (!accountRepository.existsByUsername(EDITOR)) {
            accounts.create(EDITOR, "Brute Force Target", Role.EDITOR, TestAccounts.GOOD_PASSWORD, "test");
        }
        // The editor's own browser has logged in before (and out again): it holds the known-device cookie.
        WebSession editorsBrowser = new WebSession(port, "en").header("X-Forwarded-For", "203.0.113.49");
        editorsBrowser.logIn(EDITOR, TestAccounts.GOOD_PASSWORD);
        editorsBrowser.post("/logout", editorsBrowser.page("/admin"));
        assertThat(editorsBrowser.cookie("DEVICE")).isNotNull();
        clock.freeze();
        Guesser real = new Guesser("203.0.113.50");
        Guesser unknown = new Guesser("203.0.113.51");
        Guesser spray = new Guesser("203.0.113.52");
        List<Long> realTimes = new ArrayList<>();
        List<Long> unknownTimes = new ArrayList<>();
        int realThrottled = 0;
        int sprayThrottled = 0;
        ExecutorService guessing = Executors.newFixedThreadPool(3);
        for (int i = 1; i <= ATTEMPTS; i++) {
            // The three at once, as a script would send them; each types passwords of its own, so that the
            // password checks each attempt caused can be told apart.
            int attempt = i;
            String code = attempt % 2 == 0 ? String.format("%06d", attempt * 997 % 1_000_000) : null;
            Future<Attempt> fromReal = guessing.submit(() -> real.logIn(EDITOR, "wrong password " + attempt, code));
            Future<Attempt> fromUnknown = guessing.submit(() -> unknown.logIn(NOBODY, "wrong guess " + attempt, code));
            Future<Attempt> fromSpray = guessing.submit(() -> spray.logIn(NOBODY + "-" + attempt, "wrong try " + attempt));
            Attempt r = fromReal.get();
            Attempt u = fromUnknown.get();
            Attempt s = fromSpray.get();
            for (Attempt a : List.of(r, u, s)) {
                assertThat(a.status()).as("attempt " + i).isEqualTo(302);
                assertThat(a.location()).as("attempt " + i).endsWith("/login?error");
            }
            assertThat(u.shape()).as("attempt %d: the same words for a real and an unknown name", i)
                    .isEqualTo(r.shape());
            if (i <= LoginThrottle.FREE_FAILURES_PER_USERNAME) {
                assertThat(r.words()).as("attempt " + i).isEqualTo(NOT_RIGHT);
            } else {
                assertThat(r.words()).as("attempt " + i).isEqualTo(WAIT);
                realThrottled++;
            }
            if (i <= LoginThrottle.FREE_FAILURES_PER_ADDRESS) {
                assertThat(s.words()).as("spray attempt " + i).isEqualTo(NOT_RIGHT);
            } else {
                assertThat(s.words()).as("spray attempt " + i).startsWith("Too many failed attempts.");
                sprayThrottled++;
            }
            // Work: the first answers check a password (against a stand-in hash for an unknown name, of the
            // same algorithm and cost); the throttled ones check none.
            assertThat(u.checks()).as("attempt %d: the same password checks for a real and an unknown name", i)
                    .isEqualTo(r.checks());
            if (i <= LoginThrottle.FREE_FAILURES_PER_USERNAME) {
                assertThat(r.checks()).as("attempt " + i).singleElement().asString().startsWith("{bcrypt}$2");
                realTimes.add(r.nanos());
                unknownTimes.add(u.nanos());
            } else {
                assertThat(r.checks()).as("attempt " + i + ", throttled").isEmpty();
            }
            assertThat(s.checks()).as("spray attempt " + i)
                    .hasSize(i <= LoginThrottle.FREE_FAILURES_PER_ADDRESS ? 1 : 0);
        }
        guessing.shutdown();
        assertThat(realThrottled).isEqualTo(ATTEMPTS - LoginThrottle.FREE_FAILURES_PER_USERNAME);
        assertThat(sprayThrottled).isEqualTo(ATTEMPTS - LoginThrottle.FREE_FAILURES_PER_ADDRESS);

        // Every failure is in the audit log, under the name typed and the address the proxy gave.
        List<AuditEntry> entries = audit.findAll(Sort.by("id"));
        assertThat(entries).filteredOn(e -> e.getActor().equals(EDITOR) && e.getEvent() == AuditEvent.LOGIN)
                .as("no login but the editor's own, before the guessing").hasSize(1);
        assertThat(entries).filteredOn(e -> e.getActor().equals(EDITOR) && e.getEvent() != AuditEvent.LOGIN
                        && e.getEvent() != AuditEvent.LOGOUT)
                .allMatch(e -> "203.0.113.50".equals(e.getRemoteAddress()))
                .extracting(AuditEntry::getEvent)
                .containsOnly(AuditEvent.LOGIN_FAILED, AuditEvent.LOGIN_THROTTLED, AuditEvent.LOGIN_WAIT_CODE_FAILED)
                .hasSize(ATTEMPTS)
                .satisfies(events -> assertThat(events).filteredOn(AuditEvent.LOGIN_WAIT_CODE_FAILED::equals)
                        .as("guessed codes looked at while waiting").hasSize(LoginThrottle.WRONG_CODES_PER_USERNAME))
                .filteredOn(AuditEvent.LOGIN_FAILED::equals).hasSize(LoginThrottle.FREE_FAILURES_PER_USERNAME);
        assertThat(entries).filteredOn(e -> e.getActor().equals(NOBODY)).hasSize(ATTEMPTS)
                .extracting(AuditEntry::getEvent)
                .containsOnly(AuditEvent.LOGIN_FAILED, AuditEvent.LOGIN_THROTTLED, AuditEvent.LOGIN_WAIT_CODE_FAILED)
                .filteredOn(AuditEvent.LOGIN_WAIT_CODE_FAILED::equals).hasSize(LoginThrottle.WRONG_CODES_PER_USERNAME);
        assertThat(entries).filteredOn(e -> e.getActor().startsWith(NOBODY + "-")).hasSize(ATTEMPTS)
                .allMatch(e -> "203.0.113.52".equals(e.getRemoteAddress()));

        // The right password from a browser never used waits too; the editor's own browser is let in at once.
        Attempt stranger = new Guesser("203.0.113.53").logIn(EDITOR, TestAccounts.GOOD_PASSWORD);
        assertThat(stranger.location()).endsWith("/login?error");
        assertThat(stranger.words()).isEqualTo(WAIT);
        HttpResponse<String> own = editorsBrowser.attemptLogIn(EDITOR, TestAccounts.GOOD_PASSWORD);
        assertThat(own.headers().firstValue("Location").orElse(""))
                .as("the editor logs in from their own browser, the guessing notwithstanding").endsWith("/admin");

        // More timing samples: rounds of four failures each (under the limit), a window apart.
        for (int round = 0; round < 8; round++) {
            clock.advance(LoginThrottle.MEMORY.plusMinutes(1));
            Guesser realAgain = new Guesser("203.0.113." + (60 + round));
            Guesser unknownAgain = new Guesser("203.0.113." + (80 + round));
            for (int i = 0; i < LoginThrottle.FREE_FAILURES_PER_USERNAME - 1; i++) {
                Attempt r = realAgain.logIn(EDITOR, "wrong again " + i);
                Attempt u = unknownAgain.logIn(NOBODY + "-timing", "wrong guess again " + i);
                assertThat(r.checks()).as("round %d, attempt %d", round, i).hasSize(1).isEqualTo(u.checks());
                realTimes.add(r.nanos());
                unknownTimes.add(u.nanos());
            }
        }
        double realMedian = median(realTimes);
        double unknownMedian = median(unknownTimes);
        System.out.printf("%nLogin failure time, median of %d: real editor %.1f ms, unknown name %.1f ms%n",
                realTimes.size(), realMedian, unknownMedian);
    }

    static double median(List<Long> nanos) {
        List<Long> sorted = nanos.stream().sorted().toList();
        return sorted.get(sorted.size() / 2) / 1_000_000.0;
    }
}
