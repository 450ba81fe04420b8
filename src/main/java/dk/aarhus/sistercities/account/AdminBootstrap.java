package dk.aarhus.sistercities.account;

import dk.aarhus.sistercities.BeforeServing;
import java.security.SecureRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * Makes sure the site can be administered: creates the first administrator at start when there is
 * none, from {@link AdminProperties}. Without a configured password a local instance generates one
 * and logs it once; an instance in the {@code prod} profile refuses to start instead, so production
 * never runs on a password that went to a log. An existing administrator is never changed. It runs
 * before the web server takes requests, so the login works from the first request on.
 */
@Component
class AdminBootstrap extends BeforeServing {

    static final String PRODUCTION_PROFILE = "prod";
    static final String ACTOR = "system";
    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);
    /** Letters and digits that cannot be mistaken for each other when read from a log. */
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int GENERATED_LENGTH = 24;

    private final AccountRepository accounts;
    private final AccountService accountService;
    private final AdminProperties properties;
    private final Environment environment;
    private final SecureRandom random = new SecureRandom();

    AdminBootstrap(AccountRepository accounts, AccountService accountService, AdminProperties properties,
            Environment environment) {
        this.accounts = accounts;
        this.accountService = accountService;
        this.properties = properties;
        this.environment = environment;
    }

    @Override
    protected void prepare() {
        run();
    }

    void run() {
        String username = properties.usernameOrDefault();
        checkConfiguration(username);
        if (accounts.existsByRole(Role.ADMIN)) {
            return;
        }
        if (properties.hasPassword()) {
            if (create(username, properties.password())) {
                log.info("Created the first administrator '{}' with the configured password", username);
            }
        } else if (environment.matchesProfiles(PRODUCTION_PROFILE)) {
            throw new IllegalStateException("No administrator account exists and no password is configured for the "
                    + "first one. Set SISTERCITIES_ADMIN_USERNAME and SISTERCITIES_ADMIN_PASSWORD (properties "
                    + "sistercities.admin.username and sistercities.admin.password) and start again; with the profile '"
                    + PRODUCTION_PROFILE + "' the site does not start with a generated password.");
        } else {
            String password = generatePassword();
            if (create(username, password)) {
                log.warn("No administrator existed, so one was created. User name: {}  Password: {}  "
                        + "Log in at /login and change the password at /admin/password: it is shown only this once. "
                        + "To choose your own, set SISTERCITIES_ADMIN_USERNAME and SISTERCITIES_ADMIN_PASSWORD.",
                        username, password);
            }
        }
    }

    /** A misconfigured administrator stops the start, whether or not it would be used. */
    private void checkConfiguration(String username) {
        if (!Account.isValidUsername(username)) {
            throw new IllegalStateException("sistercities.admin.username '" + username + "' is not a valid user name: "
                    + "use 3 to 50 characters from a-z, 0-9, '.', '_' and '-'.");
        }
        if (properties.hasPassword()) {
            PasswordPolicy.violation(properties.password(), username).ifPresent(rule -> {
                throw new IllegalStateException("sistercities.admin.password breaks the password rules: "
                        + describe(rule) + ". Choose another and start again.");
            });
        }
    }

    private static String describe(String rule) {
        return switch (rule) {
            case "account.password.bytes" -> "it must fit in " + PasswordPolicy.MAX_BYTES + " bytes of UTF-8";
            case "account.password.username" -> "it must not be the user name";
            default -> "it must be " + PasswordPolicy.MIN_LENGTH + " to " + PasswordPolicy.MAX_LENGTH
                    + " characters long";
        };
    }

    /** Whether this instance created it: another instance on the same database may have been quicker. */
    private boolean create(String username, String password) {
        try {
            accountService.create(username, "Administrator", Role.ADMIN, password, ACTOR);
            return true;
        } catch (DataIntegrityViolationException createdElsewhere) {
            log.info("Another instance created the first administrator '{}' meanwhile", username);
            return false;
        }
    }

    private String generatePassword() {
        StringBuilder password = new StringBuilder(GENERATED_LENGTH);
        for (int i = 0; i < GENERATED_LENGTH; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
