package dk.aarhus.sistercities.account;

/**
 * The first administrator every test context gets, from {@code src/test/resources/config/application.properties}
 * ({@code sistercities.admin.username} and {@code sistercities.admin.password}).
 */
public final class TestAccounts {

    public static final String ADMIN_USERNAME = "admin";
    public static final String ADMIN_PASSWORD = "Aarhus-test-admin-2026!";

    /** A password that meets the rules, for accounts the tests create. */
    public static final String GOOD_PASSWORD = "Correct horse battery";

    private TestAccounts() {
    }
}
