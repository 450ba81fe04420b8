package dk.aarhus.sistercities.support;

import dk.aarhus.sistercities.BeforeServing;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Puts the database of a shared {@link FullAppTest} context back to what a freshly started application
 * has, instead of starting a new application ({@code @DirtiesContext}): every table is emptied (its
 * identity columns restarted, so ids are as on a fresh database), then the work the application does
 * before serving runs again (every {@link BeforeServing}: the seed, the first administrator), and the
 * test clock goes back to the real time. Loading the seed moves the content generation on, so no page
 * or search index cached before the reset is served after it.
 *
 * <p>Only {@code flyway_schema_history} and {@code content_generation} (a counter that only moves on)
 * keep their rows. A table added later is emptied too; if its rows come from a migration, add it to
 * {@link #KEPT}: the reset checks that every table holds as many rows as right after the application
 * started, and fails with the difference if not.
 */
public class DataReset implements SmartLifecycle {

    static final Set<String> KEPT = Set.of("flyway_schema_history", "content_generation");

    private final JdbcTemplate jdbc;
    private final List<BeforeServing> beforeServing;
    private final TestClock clock;
    private volatile Map<String, Long> fresh;
    private volatile boolean running;

    DataReset(JdbcTemplate jdbc, List<BeforeServing> beforeServing, TestClock clock) {
        this.jdbc = jdbc;
        this.beforeServing = beforeServing;
        this.clock = clock;
    }

    /** Empties the tables and prepares the site again, as on a fresh start. */
    public void reset() {
        List<String> emptied = tables().stream().filter(t -> !KEPT.contains(name(t))).toList();
        boolean postgres = jdbc.execute((ConnectionCallback<Boolean>) connection ->
                connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres"));
        if (postgres) {
            jdbc.execute("truncate table " + String.join(", ", emptied) + " restart identity");
        } else {
            // H2 truncates a table others refer to only without referential checks; nothing else runs meanwhile.
            jdbc.execute((ConnectionCallback<Void>) connection -> {
                try (var statement = connection.createStatement()) {
                    statement.execute("set referential_integrity false");
                    try {
                        for (String table : emptied) {
                            statement.execute("truncate table " + table + " restart identity");
                        }
                    } finally {
                        statement.execute("set referential_integrity true");
                    }
                }
                return null;
            });
        }
        beforeServing.forEach(BeforeServing::start);
        clock.reset();
        Map<String, Long> now = rowCounts();
        if (!now.equals(fresh)) {
            throw new IllegalStateException("After the reset the tables do not hold what a fresh start gave them "
                    + "(table=rows): fresh " + fresh + ", now " + now + ". A table filled by a migration belongs "
                    + "in DataReset.KEPT.");
        }
    }

    private List<String> tables() {
        return jdbc.execute((ConnectionCallback<List<String>>) connection -> {
            DatabaseMetaData meta = connection.getMetaData();
            List<String> names = new ArrayList<>();
            try (ResultSet tables = meta.getTables(connection.getCatalog(), connection.getSchema(), "%",
                    new String[] {"TABLE"})) {
                while (tables.next()) {
                    // Quoted as the database spells it (H2: CITY, but Flyway's own "flyway_schema_history").
                    names.add('"' + tables.getString("TABLE_NAME") + '"');
                }
            }
            return names;
        });
    }

    private static String name(String quoted) {
        return quoted.replace("\"", "").toLowerCase(Locale.ROOT);
    }

    private Map<String, Long> rowCounts() {
        Map<String, Long> counts = new TreeMap<>();
        for (String table : tables()) {
            counts.put(name(table), jdbc.queryForObject("select count(*) from " + table, Long.class));
        }
        return counts;
    }

    /**
     * Right after the seed and the first administrator, before the web server opens: what a fresh start
     * holds. Only the first time: the test framework stops a cached context while other contexts are in
     * use and starts it again when a test needs it, with whatever the tests have left in the database.
     */
    @Override
    public void start() {
        if (fresh == null) {
            fresh = rowCounts();
        }
        running = true;
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return Integer.MIN_VALUE + 1;
    }

    /** The JUnit side, registered by {@link FullAppTest}: a reset before each class, or each test. */
    static final class BeforeEachClass implements BeforeAllCallback, BeforeEachCallback {

        @Override
        public void beforeAll(ExtensionContext context) {
            if (!eachTest(context)) {
                reset(context);
            }
        }

        @Override
        public void beforeEach(ExtensionContext context) {
            if (eachTest(context)) {
                reset(context);
            }
        }

        private static boolean eachTest(ExtensionContext context) {
            return AnnotationSupport.isAnnotated(context.getRequiredTestClass(), ResetDataBeforeEachTest.class);
        }

        private static void reset(ExtensionContext context) {
            SpringExtension.getApplicationContext(context).getBean(DataReset.class).reset();
        }
    }
}
