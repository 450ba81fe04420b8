package dk.aarhus.sistercities.account;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * An editor's second factor: an authenticator app's codes (TOTP), turned on only with a code that proves the
 * app has the secret, and ten recovery codes for the day the phone is lost, shown once, stored as SHA-256,
 * each taken once. Every change is in the audit log.
 */
@Service
@Transactional
class SecondFactor {

    static final int RECOVERY_CODES = 10;
    static final String ISSUER = "Aarhus venskabsbyer";
    private static final int SECRET_BYTES = 20;
    private static final int RECOVERY_CODE_CHARACTERS = 10;
    /** Recovery codes are read off paper: no l, i, o, 1 or 0, so none is taken for another (49 bits a code). */
    private static final String RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

    private final AccountRepository accounts;
    private final RecoveryCodeRepository recoveryCodes;
    private final AuditLog auditLog;
    private final Clock clock;

    SecondFactor(AccountRepository accounts, RecoveryCodeRepository recoveryCodes, AuditLog auditLog, Clock clock) {
        this.accounts = accounts;
        this.recoveryCodes = recoveryCodes;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** A new secret, 160 bits as RFC 4226 recommends, in Base32 as the apps take it. */
    static String newSecret() {
        return Base32.encode(Hashes.randomBytes(SECRET_BYTES));
    }

    /** The address an authenticator app reads (the same as a QR code would hold). */
    static String otpauthUri(String secret, String username) {
        String label = encode(ISSUER + ":" + username);
        return "otpauth://totp/" + label + "?secret=" + secret + "&issuer=" + encode(ISSUER)
                + "&algorithm=SHA1&digits=" + Totp.DIGITS + "&period=" + Totp.STEP_SECONDS;
    }

    /** The secret in groups of four, easier to type from the screen. */
    static String grouped(String secret) {
        return secret.replaceAll("(.{4})(?=.)", "$1 ");
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /**
     * Turns the second factor on when {@code code} is the app's code for {@code secret}; answers the
     * recovery codes to show, once, or empty when the code is not right.
     */
    Optional<List<String>> turnOn(String username, String secret, String code) {
        Account account = accounts.findByUsername(username).orElseThrow();
        OptionalLong step = Totp.matchingStep(Base32.decode(secret), digits(code), clock.instant(), Long.MIN_VALUE);
        if (step.isEmpty()) {
            return Optional.empty();
        }
        account.turnOnSecondFactor(secret, step.getAsLong(), clock.instant());
        auditLog.record(AuditEvent.SECOND_FACTOR_ON, username, null);
        return Optional.of(replaceRecoveryCodes(account));
    }

    /**
     * Whether {@code code} is the account's current code, not taken before; taking it. False for an unknown
     * account or one without a second factor: the same answer, and no password check, either way.
     */
    boolean takeCode(String username, String code) {
        Optional<Account> account = accounts.findByUsername(username).filter(Account::hasSecondFactor);
        if (account.isEmpty()) {
            return false;
        }
        OptionalLong step = Totp.matchingStep(Base32.decode(account.get().totpSecret()), digits(code),
                clock.instant(), account.get().totpLastStep());
        // Taken by a conditional update: of two requests with one code at once, one gets it, the other a "no".
        return step.isPresent() && accounts.takeStep(account.get().getId(), step.getAsLong()) == 1;
    }

    /** Takes a recovery code of the account; answers how many are left, or empty when it is not one of them. */
    OptionalLong takeRecoveryCode(String username, String code) {
        Optional<Account> account = accounts.findByUsername(username).filter(Account::hasSecondFactor);
        if (account.isEmpty() || code == null) {
            return OptionalLong.empty();
        }
        String hash = Hashes.sha256(normalized(code));
        List<RecoveryCode> unused = recoveryCodes.findByAccountIdAndUsedAtIsNull(account.get().getId());
        Optional<RecoveryCode> match = unused.stream().filter(c -> c.codeHash().equals(hash)).findFirst();
        // Marked used by a conditional update: of two requests with one code at once, only one gets in.
        if (match.isEmpty() || recoveryCodes.markUsed(match.get().id(), clock.instant()) != 1) {
            return OptionalLong.empty();
        }
        auditLog.record(AuditEvent.RECOVERY_CODE_USED, username, (unused.size() - 1) + " left");
        return OptionalLong.of(unused.size() - 1L);
    }

    /** New recovery codes (the old ones stop working), when {@code code} is the app's current code. */
    Optional<List<String>> newRecoveryCodes(String username, String code) {
        if (!takeCode(username, code)) {
            return Optional.empty();
        }
        Account account = accounts.findByUsername(username).orElseThrow();
        auditLog.record(AuditEvent.RECOVERY_CODES_NEW, username, null);
        return Optional.of(replaceRecoveryCodes(account));
    }

    /** The editor turns their own second factor off, with a current code; refused where it is required. */
    boolean turnOff(String username, String code) {
        if (!takeCode(username, code)) {
            return false;
        }
        Account account = accounts.findByUsername(username).orElseThrow();
        clear(account);
        auditLog.record(AuditEvent.SECOND_FACTOR_OFF, username, null);
        return true;
    }

    /** An administrator removes someone's second factor (a lost phone, no recovery code left). */
    Account reset(long accountId, String actor) {
        Account account = accounts.findById(accountId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        clear(account);
        auditLog.record(AuditEvent.SECOND_FACTOR_RESET, actor, account.getUsername());
        return account;
    }

    @Transactional(readOnly = true)
    long recoveryCodesLeft(String username) {
        return accounts.findByUsername(username)
                .map(account -> recoveryCodes.countByAccountIdAndUsedAtIsNull(account.getId())).orElse(0L);
    }

    @Transactional(readOnly = true)
    Optional<Account> account(String username) {
        return accounts.findByUsername(username);
    }

    private void clear(Account account) {
        account.turnOffSecondFactor();
        recoveryCodes.deleteByAccount(account.getId());
    }

    private List<String> replaceRecoveryCodes(Account account) {
        recoveryCodes.deleteByAccount(account.getId());
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < RECOVERY_CODES; i++) {
            StringBuilder drawn = new StringBuilder(RECOVERY_CODE_CHARACTERS);
            for (int c = 0; c < RECOVERY_CODE_CHARACTERS; c++) {
                drawn.append(RECOVERY_ALPHABET.charAt(Hashes.RANDOM.nextInt(RECOVERY_ALPHABET.length())));
            }
            String code = drawn.toString();
            codes.add(code.substring(0, 5) + "-" + code.substring(5));
            recoveryCodes.save(new RecoveryCode(account.getId(), Hashes.sha256(code)));
        }
        return codes;
    }

    /** A code as typed: digits only, so "123 456" is 123456. */
    private static String digits(String typed) {
        return typed == null ? null : typed.replaceAll("[\\s-]", "");
    }

    private static String normalized(String typed) {
        return typed.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
    }
}
