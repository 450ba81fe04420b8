package dk.aarhus.sistercities.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one-time codes against the RFCs' own test vectors, and the rules for taking a typed code. */
class TotpTest {

    private static byte[] ascii(String seed) {
        return seed.getBytes(StandardCharsets.US_ASCII);
    }

    /** RFC 6238, appendix B: eight digits, the three algorithms, their seeds. */
    @ParameterizedTest
    @CsvSource({
            "59, 94287082, 46119246, 90693936",
            "1111111109, 07081804, 68084774, 25091201",
            "1111111111, 14050471, 67062674, 99943326",
            "1234567890, 89005924, 91819424, 93441116",
            "2000000000, 69279037, 90698825, 38618901",
            "20000000000, 65353130, 77737706, 47863826"})
    void rfc6238TestVectors(long seconds, String sha1, String sha256, String sha512) {
        long step = Totp.step(Instant.ofEpochSecond(seconds));
        assertThat(Totp.hotp("HmacSHA1", ascii("12345678901234567890"), step, 8)).isEqualTo(sha1);
        assertThat(Totp.hotp("HmacSHA256", ascii("12345678901234567890123456789012"), step, 8)).isEqualTo(sha256);
        assertThat(Totp.hotp("HmacSHA512", ascii("1234567890123456789012345678901234567890123456789012345678901234"),
                step, 8)).isEqualTo(sha512);
    }

    /** RFC 4226, appendix D: the six-digit HOTP values of counters 0 to 9, which the apps' codes are. */
    @Test
    void rfc4226TestVectors() {
        String[] expected = {"755224", "287082", "359152", "969429", "338314", "254676", "287922", "162583",
                "399871", "520489"};
        for (int counter = 0; counter < expected.length; counter++) {
            assertThat(Totp.code(ascii("12345678901234567890"), counter)).as("counter " + counter)
                    .isEqualTo(expected[counter]);
        }
    }

    @Test
    void aCodeOfTheStepBeforeOrAfterIsTakenOnceAndNothingElse() {
        byte[] secret = ascii("12345678901234567890");
        Instant now = Instant.ofEpochSecond(1_234_567_890);
        long step = Totp.step(now);
        assertThat(Totp.matchingStep(secret, Totp.code(secret, step), now, 0)).hasValue(step);
        assertThat(Totp.matchingStep(secret, Totp.code(secret, step - 1), now, 0)).hasValue(step - 1);
        assertThat(Totp.matchingStep(secret, Totp.code(secret, step + 1), now, 0)).hasValue(step + 1);
        assertThat(Totp.matchingStep(secret, Totp.code(secret, step - 2), now, 0)).as("a minute old").isEmpty();
        assertThat(Totp.matchingStep(secret, Totp.code(secret, step), now, step)).as("used already").isEmpty();
        assertThat(Totp.matchingStep(secret, "12345", now, 0)).isEmpty();
        assertThat(Totp.matchingStep(secret, "abcdef", now, 0)).isEmpty();
        assertThat(Totp.matchingStep(secret, null, now, 0)).isEmpty();
    }

    @Test
    void base32RoundTripsAndReadsWhatAPersonTypes() {
        byte[] bytes = ascii("12345678901234567890");
        String text = Base32.encode(bytes);
        assertThat(text).isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
        assertThat(Base32.decode("gezd gnbv-gy3t qojq gezdgnbvgy3tqojq")).isEqualTo(bytes);
        assertThat(Base32.encode(new byte[] {(byte) 0xff})).isEqualTo("74");
        assertThat(Base32.decode("74")).containsExactly((byte) 0xff);
    }
}
