package dk.aarhus.sistercities.account;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.springframework.validation.Errors;

/**
 * The rules every password meets, whoever sets it: an editor, an administrator or the start-up
 * configuration. Long passphrases are welcome; bcrypt reads only 72 bytes, so a longer one is
 * refused rather than silently cut.
 */
final class PasswordPolicy {

    static final int MIN_LENGTH = 12;
    static final int MAX_LENGTH = 64;
    static final int MAX_BYTES = 72;

    private PasswordPolicy() {
    }

    /** The message key of the first rule the password breaks, or empty when it meets them all. */
    static Optional<String> violation(String password, String username) {
        if (password == null) {
            return Optional.of("account.password.length");
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH || length > MAX_LENGTH) {
            return Optional.of("account.password.length");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.of("account.password.bytes");
        }
        if (username != null && password.strip().equalsIgnoreCase(username.strip())) {
            return Optional.of("account.password.username");
        }
        return Optional.empty();
    }

    /** Throws when the password breaks a rule: the last guard behind the forms' checks. */
    static void require(String password, String username) {
        violation(password, username).ifPresent(rule -> {
            throw new IllegalArgumentException("The password breaks the rule " + rule);
        });
    }

    /**
     * Adds the rules' errors to a form with the fields {@code password} and {@code passwordAgain},
     * after Bean Validation, without a second message for a field that already has one.
     */
    static void check(String password, String passwordAgain, String username, Errors errors) {
        if (!errors.hasFieldErrors("password")) {
            violation(password, username).ifPresent(rule -> errors.rejectValue("password", rule));
        }
        if (!errors.hasFieldErrors("password") && !errors.hasFieldErrors("passwordAgain")
                && !password.equals(passwordAgain)) {
            errors.rejectValue("passwordAgain", "account.password.mismatch");
        }
    }
}
