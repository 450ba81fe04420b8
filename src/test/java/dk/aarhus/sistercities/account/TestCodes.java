package dk.aarhus.sistercities.account;

import dk.aarhus.sistercities.support.TestClock;
import java.time.Duration;

/**
 * An authenticator app for tests: its codes are computed here from the secret and the test clock, as the app
 * on a phone computes them from its own clock. Each code is taken once, so {@link #next} moves the clock to
 * the next 30-second step first.
 */
final class TestCodes {

    private final String secret;
    private final TestClock clock;

    TestCodes(String secret, TestClock clock) {
        this.secret = secret.replace(" ", "");
        this.clock = clock;
    }

    /** Turns the second factor on for an account, as its editor would with the app. */
    static TestCodes turnOn(SecondFactor secondFactor, String username, TestClock clock) {
        String secret = SecondFactor.newSecret();
        TestCodes app = new TestCodes(secret, clock);
        if (secondFactor.turnOn(username, secret, app.now()).isEmpty()) {
            throw new AssertionError("the second factor of " + username + " was not turned on");
        }
        return app;
    }

    /** The code the app shows now. */
    String now() {
        return code(Totp.step(clock.instant()));
    }

    /** Half a minute later, the app's next code (one not taken yet). */
    String next() {
        clock.advance(Duration.ofSeconds(Totp.STEP_SECONDS));
        return now();
    }

    /** Six digits that are none of the codes the app shows a step before, now or a step after. */
    String wrong() {
        long step = Totp.step(clock.instant());
        java.util.Set<String> taken = java.util.Set.of(code(step - 1), code(step), code(step + 1));
        for (int digit = 0; ; digit++) {
            String guess = String.valueOf(digit).repeat(Totp.DIGITS);
            if (!taken.contains(guess)) {
                return guess;
            }
        }
    }

    private String code(long step) {
        return Totp.code(Base32.decode(secret), step);
    }
}
