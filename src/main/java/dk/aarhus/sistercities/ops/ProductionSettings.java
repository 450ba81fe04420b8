package dk.aarhus.sistercities.ops;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * With the {@code prod} profile the site refuses to start on a setting that is fine on a laptop but
 * insecure on the internet, and says in one message everything there is to fix (property and
 * environment variable), so an operator does not fix one thing at a time.
 */
@Component
public class ProductionSettings {

    public static final String PROFILE = "prod";

    /** Passwords that appear as examples or are the first anyone would try. */
    static final Set<String> DEMO_PASSWORDS = Set.of("admin", "administrator", "password", "changeme", "change-me",
            "change-it", "secret", "sistercities", "aarhus", "venskabsbyer");
    /** The one the postgres profile falls back to, for a database on a laptop. */
    static final String DEFAULT_DATABASE_PASSWORD = "sistercities";
    /** Actuator endpoints that show configuration, memory or internals, or change the running site. */
    static final Set<String> REVEALING_ENDPOINTS = Set.of("*", "env", "configprops", "heapdump", "threaddump",
            "beans", "mappings", "conditions", "loggers", "logfile", "shutdown", "sessions", "scheduledtasks",
            "caches", "flyway", "liquibase", "httpexchanges", "auditevents", "startup", "sbom", "quartz");

    /** The WAS tool's own portal: where statements are made, not this site's statement. */
    static final String WAS_PORTAL = "www.was.digst.dk";

    /**
     * Checks under {@code prod} only. Decided at start, not by {@code @Profile}: a jar made with Spring's
     * ahead-of-time processing fixes its beans when it is built, and must still check when it runs under prod.
     */
    ProductionSettings(Environment environment) {
        if (!environment.matchesProfiles(PROFILE)) {
            return;
        }
        List<String> problems = problems(environment);
        if (!problems.isEmpty()) {
            throw new InsecureSettingsException(problems);
        }
    }

    /** Every insecure setting, each as one sentence that says what to change. */
    static List<String> problems(Environment env) {
        List<String> problems = new ArrayList<>();
        if (env.getProperty("spring.h2.console.enabled", Boolean.class, false)) {
            problems.add("The H2 console is on (spring.h2.console.enabled, SPRING_H2_CONSOLE_ENABLED): it lets "
                    + "whoever reaches it run SQL. Remove the setting or set it to false.");
        }
        String password = env.getProperty("sistercities.admin.password");
        if (password == null || password.isBlank()) {
            problems.add("No password is set for the first administrator (sistercities.admin.password, "
                    + "SISTERCITIES_ADMIN_PASSWORD): while no administrator exists, the site would generate one "
                    + "and write it to the log.");
        } else if (DEMO_PASSWORDS.contains(password.strip().toLowerCase(Locale.ROOT))) {
            problems.add("The first administrator's password (SISTERCITIES_ADMIN_PASSWORD) is a demo password "
                    + "anyone would try. Choose a long passphrase of your own.");
        }
        String siteUrl = env.getProperty("sistercities.site-url", "");
        if (!siteUrl.startsWith("https://")) {
            problems.add("The site's address (sistercities.site-url, SISTERCITIES_SITE_URL) is '" + siteUrl
                    + "', not https://…: editors' passwords and sessions would cross the network unencrypted.");
        }
        if (!env.getProperty("server.servlet.session.cookie.secure", Boolean.class, false)) {
            problems.add("Session cookies may be sent without HTTPS (server.servlet.session.cookie.secure, "
                    + "SERVER_SERVLET_SESSION_COOKIE_SECURE): set it to true.");
        }
        String stacktrace = env.getProperty("server.error.include-stacktrace", "never");
        if (!"never".equalsIgnoreCase(stacktrace)
                || env.getProperty("server.error.include-exception", Boolean.class, false)) {
            problems.add("Error pages may show stack traces or exception names (server.error.include-stacktrace, "
                    + "server.error.include-exception): set them to never and false.");
        }
        String serverPort = env.getProperty("server.port", "8080");
        String managementPort = env.getProperty("management.server.port");
        // Port 0 is a random free port, never the public one; -1 switches Actuator's HTTP endpoints off.
        if (managementPort == null || managementPort.isBlank()
                || (managementPort.equals(serverPort) && !"0".equals(managementPort))) {
            problems.add("Actuator answers on the public port: set a management port of its own "
                    + "(management.server.port, SISTERCITIES_MANAGEMENT_PORT) and keep it off the internet.");
        }
        List<String> revealing = Arrays.stream(env.getProperty("management.endpoints.web.exposure.include", "")
                        .split(","))
                .map(String::strip)
                .map(name -> name.toLowerCase(Locale.ROOT))
                .filter(REVEALING_ENDPOINTS::contains)
                .sorted()
                .toList();
        if (!revealing.isEmpty()) {
            problems.add("Actuator exposes " + String.join(", ", revealing) + " (management.endpoints.web.exposure."
                    + "include): they show configuration and internals or change the running site. Expose only "
                    + "health, info and prometheus.");
        }
        String databaseUrl = env.getProperty("spring.datasource.url", "");
        String databasePassword = env.getProperty("spring.datasource.password", "");
        if (!databaseUrl.startsWith("jdbc:h2:") && (databasePassword.isBlank()
                || Objects.equals(databasePassword, DEFAULT_DATABASE_PASSWORD))) {
            problems.add("The database password (spring.datasource.password, SISTERCITIES_DB_PASSWORD) is "
                    + (databasePassword.isBlank() ? "empty" : "the postgres profile's default") + ": set one of your own.");
        }
        String statement = env.getProperty("sistercities.accessibility-statement-url", "").strip();
        if (statement.isEmpty() || isWasPortal(statement)) {
            problems.add("The accessibility statement's address (sistercities.accessibility-statement-url, "
                    + "SISTERCITIES_ACCESSIBILITY_STATEMENT_URL) is " + (statement.isEmpty() ? "not set"
                    : "'" + statement + "', the WAS portal itself") + ": every footer and /was must lead to this site's "
                    + "own statement. Set it to the address the WAS tool gives this site's published "
                    + "statement (a page under https://www.was.digst.dk/, not the portal's front page).");
        }
        String secondFactor = env.getProperty("sistercities.second-factor.required", "none").strip()
                .toLowerCase(Locale.ROOT);
        if (!Set.of("administrators", "everyone").contains(secondFactor)) {
            problems.add("Administrators may log in without a second factor (sistercities.second-factor.required, "
                    + "SISTERCITIES_SECOND_FACTOR_REQUIRED, is '" + secondFactor + "'): set it to administrators "
                    + "(the prod profile's own setting) or everyone.");
        }
        return problems;
    }

    /** The portal's front page (with or without https, www, a slash or a query), not a statement under it. */
    private static boolean isWasPortal(String address) {
        String bare = address.toLowerCase(Locale.ROOT).replaceFirst("^https?://", "").replaceFirst("[?#].*$", "")
                .replaceFirst("/+$", "");
        return bare.equals(WAS_PORTAL) || bare.equals(WAS_PORTAL.substring("www.".length()));
    }

    /** What stops the start; {@link InsecureSettingsFailureAnalyzer} prints it without a stack trace. */
    public static final class InsecureSettingsException extends IllegalStateException {

        private final transient List<String> problems;

        InsecureSettingsException(List<String> problems) {
            super("The site does not start with the profile '" + PROFILE + "' because of " + problems.size()
                    + " insecure setting(s):\n - " + String.join("\n - ", problems));
            this.problems = List.copyOf(problems);
        }

        public List<String> problems() {
            return problems;
        }
    }
}
