package dk.aarhus.sistercities.support;

import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Counts the password checks the application makes (every {@link PasswordEncoder#matches}), with the kind
 * of hash each was made against: its algorithm and cost, e.g. <code>{bcrypt}$2a$04$</code>. The work a
 * login costs, without a stopwatch: the same count and kind for two logins is the same work.
 *
 * <p>The full-app tests hash with bcrypt at its lowest cost (4) instead of the application's 10: the same
 * algorithm, format and code paths at a 64th of the work, so the suite's hundreds of logins (a thousand in
 * BruteForceTest) take seconds, not minutes. The production cost is checked by AccountConfigTest, and the
 * packaged jar (KillAndRestartIT) runs with it.
 */
public final class PasswordChecks {

    /** Each check: the password typed and the kind of hash it was checked against. */
    private record Check(String typed, String kind) {
    }

    private static final Queue<Check> CHECKS = new ConcurrentLinkedQueue<>();
    static final int BCRYPT_COST = 4;

    private PasswordChecks() {
    }

    /**
     * The kinds of hash the password {@code typed} has been checked against so far (in this JVM): a test
     * that types a password nobody else types learns the work its own logins cost, even while other
     * logins run at the same time.
     */
    public static List<String> of(String typed) {
        return CHECKS.stream().filter(c -> c.typed().equals(typed)).map(Check::kind).toList();
    }

    /** The algorithm and cost of an encoded password: everything before the salt. */
    static String kind(String encoded) {
        if (encoded == null) {
            return "none";
        }
        int cost = encoded.indexOf('$', encoded.indexOf("$2") + 2);
        return cost < 0 ? encoded.replaceAll("}.*", "}") : encoded.substring(0, Math.min(encoded.length(), cost + 4));
    }

    /** Registered by {@link FullAppTest}: the application's encoder, counted. */
    @TestConfiguration(proxyBeanMethods = false)
    static class Config {

        @Bean
        static BeanPostProcessor countPasswordChecks() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    if (bean instanceof PasswordEncoder) {
                        return new Counting(new DelegatingPasswordEncoder("bcrypt",
                                Map.of("bcrypt", new BCryptPasswordEncoder(BCRYPT_COST))));
                    }
                    return bean;
                }
            };
        }
    }

    private record Counting(PasswordEncoder encoder) implements PasswordEncoder {

        @Override
        public String encode(CharSequence rawPassword) {
            return encoder.encode(rawPassword);
        }

        @Override
        public boolean matches(CharSequence rawPassword, String encodedPassword) {
            CHECKS.add(new Check(rawPassword.toString(), kind(encodedPassword)));
            return encoder.matches(rawPassword, encodedPassword);
        }

        @Override
        public boolean upgradeEncoding(String encodedPassword) {
            return encoder.upgradeEncoding(encodedPassword);
        }
    }
}
