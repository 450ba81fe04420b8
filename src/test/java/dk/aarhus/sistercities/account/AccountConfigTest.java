package dk.aarhus.sistercities.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The application hashes passwords with bcrypt at cost 10 (the full-app tests use a cheaper cost). */
class AccountConfigTest {

    @Test
    void passwordsAreHashedWithBcryptAtCost10() {
        PasswordEncoder encoder = new AccountConfig().passwordEncoder();
        String hash = encoder.encode("a long enough passphrase");
        assertThat(hash).startsWith("{bcrypt}$2a$10$");
        assertThat(encoder.matches("a long enough passphrase", hash)).isTrue();
        assertThat(encoder.upgradeEncoding("{bcrypt}$2a$04$" + hash.substring(15))).as("a weaker hash is upgraded").isTrue();
    }
}
