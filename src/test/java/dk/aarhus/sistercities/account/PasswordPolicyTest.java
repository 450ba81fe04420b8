package dk.aarhus.sistercities.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void aPasswordHas12To64Characters() {
        assertThat(PasswordPolicy.violation("a".repeat(11), "anna")).contains("account.password.length");
        assertThat(PasswordPolicy.violation("a".repeat(12), "anna")).isEmpty();
        assertThat(PasswordPolicy.violation("a".repeat(64), "anna")).isEmpty();
        assertThat(PasswordPolicy.violation("a".repeat(65), "anna")).contains("account.password.length");
        assertThat(PasswordPolicy.violation(null, "anna")).contains("account.password.length");
    }

    @Test
    void bcryptsLimitOf72BytesIsKeptRatherThanSilentlyCut() {
        assertThat(PasswordPolicy.violation("æ".repeat(36), "anna")).as("72 bytes").isEmpty();
        assertThat(PasswordPolicy.violation("æ".repeat(37), "anna")).as("74 bytes").contains("account.password.bytes");
        // A character outside the basic plane counts once, though Java stores it as two.
        assertThat(PasswordPolicy.violation("🙂".repeat(12), "anna")).as("48 bytes").isEmpty();
        assertThat(PasswordPolicy.violation("🙂".repeat(11), "anna")).contains("account.password.length");
    }

    @Test
    void aPasswordIsNotTheUserName() {
        assertThat(PasswordPolicy.violation("anna.andersen", "anna.andersen")).contains("account.password.username");
        assertThat(PasswordPolicy.violation("Anna.Andersen ", "anna.andersen")).contains("account.password.username");
        assertThat(PasswordPolicy.violation("anna.andersen-2026", "anna.andersen")).isEmpty();
    }
}
