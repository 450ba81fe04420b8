package dk.aarhus.sistercities.account;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.OptionalLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords (RFC 6238) over HOTP (RFC 4226): the six-digit codes of an authenticator
 * app. What every app supports: HMAC-SHA1, 30-second steps, six digits. Small enough to write here rather
 * than bring in a library; checked against the RFCs' test vectors.
 */
final class Totp {

    static final long STEP_SECONDS = 30;
    static final int DIGITS = 6;
    /** Codes of the step before and after are taken too: a phone's clock a little off, a code typed slowly. */
    static final int STEPS_TOLERATED = 1;

    private Totp() {
    }

    /** The step a moment falls in: seconds since 1970 divided by 30. */
    static long step(Instant moment) {
        return Math.floorDiv(moment.getEpochSecond(), STEP_SECONDS);
    }

    /** The code of a step, as an authenticator app shows it. */
    static String code(byte[] secret, long step) {
        return hotp("HmacSHA1", secret, step, DIGITS);
    }

    /**
     * The step whose code was typed, from the step before {@code now} to the one after, newer than
     * {@code lastUsedStep} (a code is taken once); empty if none. Compared in constant time.
     */
    static OptionalLong matchingStep(byte[] secret, String typed, Instant now, long lastUsedStep) {
        if (typed == null || !typed.matches("[0-9]{" + DIGITS + "}")) {
            return OptionalLong.empty();
        }
        long current = step(now);
        OptionalLong found = OptionalLong.empty();
        for (long step = current - STEPS_TOLERATED; step <= current + STEPS_TOLERATED; step++) {
            boolean same = MessageDigest.isEqual(code(secret, step).getBytes(), typed.getBytes());
            if (same && step > lastUsedStep && found.isEmpty()) {
                found = OptionalLong.of(step);
            }
        }
        return found;
    }

    /** RFC 4226's HOTP with a chosen HMAC and number of digits (RFC 6238 also uses SHA-256 and SHA-512). */
    static String hotp(String algorithm, byte[] key, long counter, int digits) {
        try {
            Mac mac = Mac.getInstance(algorithm);
            mac.init(new SecretKeySpec(key, "RAW"));
            byte[] hash = mac.doFinal(ByteBuffer.allocate(Long.BYTES).putLong(counter).array());
            int offset = hash[hash.length - 1] & 0x0f;
            int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
                    | ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
            int otp = binary % (int) Math.pow(10, digits);
            return String.format("%0" + digits + "d", otp);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(algorithm + " is part of every Java runtime", e);
        }
    }
}
