package dk.aarhus.sistercities.revision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.aarhus.sistercities.support.AlsoOnPostgres;
import dk.aarhus.sistercities.support.TestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * V8 moves the history of a database made by an earlier release into the one revision store: every row of
 * {@code city_revision} and {@code text_revision} arrives in {@code revision} with its number, action,
 * author, time and content exactly as they were (an old city snapshot in its old shape too, which
 * {@code LegacyContent} still reads), and the two old tables are gone.
 */
@AlsoOnPostgres
class RevisionMigrationTest {

    private static final Instant FIRST = Instant.parse("2024-03-05T10:15:30.123456Z");
    private static final Instant SECOND = Instant.parse("2025-01-02T08:00:00Z");
    private static final String LEGACY_CITY = "{\"slug\":\"bergen\",\"sinceSource\":\"Aarhus.dk, 2019\"}";
    private static final String CITY = "{\"slug\":\"bergen\",\"editorNote\":\"æøå \\\"quoted\\\"\"}";
    private static final String TYPE = "{\"en\":{\"name\":\"Nordic\",\"introduction\":\"Intro\"}}";
    private static final String SITE_TEXT = "{\"da\":{\"body\":\"Velkommen\"}}";

    record Row(String kind, String key, int number, String action, String content, String author, Instant at) {
    }

    @Test
    void everyOldRevisionIsInTheOneStoreExactlyAsItWas() throws SQLException {
        TestDatabase.Database database = TestDatabase.newDatabase();
        migrate(database, "7");
        long cityId;
        try (Connection connection = connect(database); Statement statement = connection.createStatement()) {
            statement.execute("insert into partnership_type (code, sort_order, sister_city) values ('nordic', 1, true)");
            statement.execute("insert into city (slug, country_code, type_id, status, sort_order, published)"
                    + " select 'bergen', 'NO', id, 'ACTIVE', 1, true from partnership_type where code = 'nordic'");
            try (ResultSet id = statement.executeQuery("select id from city where slug = 'bergen'")) {
                id.next();
                cityId = id.getLong(1);
            }
            cityRevision(connection, cityId, 1, "CREATED", LEGACY_CITY, "anna", FIRST);
            cityRevision(connection, cityId, 2, "PUBLISHED", CITY, "bente", SECOND);
            textRevision(connection, "TYPE", "nordic", 1, "SAVED", TYPE, "carl", FIRST);
            textRevision(connection, "SITE_TEXT", "overview-intro", 1, "PUBLISHED", SITE_TEXT, "dora", SECOND);
        }

        migrate(database, "latest");

        try (Connection connection = connect(database); Statement statement = connection.createStatement()) {
            List<Row> rows = new ArrayList<>();
            try (ResultSet r = statement.executeQuery("select subject_kind, subject_key, number, action, content,"
                    + " author, created_at from revision order by subject_kind, subject_key, number")) {
                while (r.next()) {
                    rows.add(new Row(r.getString(1), r.getString(2), r.getInt(3), r.getString(4), r.getString(5),
                            r.getString(6), r.getObject(7, OffsetDateTime.class).toInstant()));
                }
            }
            String city = Long.toString(cityId);
            assertThat(rows).containsExactly(
                    new Row("CITY", city, 1, "CREATED", LEGACY_CITY, "anna", FIRST),
                    new Row("CITY", city, 2, "PUBLISHED", CITY, "bente", SECOND),
                    new Row("SITE_TEXT", "overview-intro", 1, "PUBLISHED", SITE_TEXT, "dora", SECOND),
                    new Row("TYPE", "nordic", 1, "SAVED", TYPE, "carl", FIRST));
            assertThatThrownBy(() -> statement.executeQuery("select count(*) from city_revision"))
                    .isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> statement.executeQuery("select count(*) from text_revision"))
                    .isInstanceOf(SQLException.class);
        }
    }

    private static void migrate(TestDatabase.Database database, String target) {
        Flyway.configure().dataSource(database.url(), database.username(), database.password())
                .locations("classpath:db/migration").target(target).load().migrate();
    }

    private static Connection connect(TestDatabase.Database database) throws SQLException {
        return DriverManager.getConnection(database.url(), database.username(), database.password());
    }

    private static void cityRevision(Connection connection, long cityId, int number, String action, String snapshot,
            String author, Instant at) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("insert into city_revision"
                + " (city_id, number, action, snapshot, author, created_at) values (?, ?, ?, ?, ?, ?)")) {
            insert.setLong(1, cityId);
            insert.setInt(2, number);
            insert.setString(3, action);
            insert.setString(4, snapshot);
            insert.setString(5, author);
            insert.setObject(6, at.atOffset(ZoneOffset.UTC));
            insert.executeUpdate();
        }
    }

    private static void textRevision(Connection connection, String kind, String key, int number, String action,
            String texts, String author, Instant at) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("insert into text_revision"
                + " (subject_kind, subject_key, number, action, texts, author, created_at) values (?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, kind);
            insert.setString(2, key);
            insert.setInt(3, number);
            insert.setString(4, action);
            insert.setString(5, texts);
            insert.setString(6, author);
            insert.setObject(7, at.atOffset(ZoneOffset.UTC));
            insert.executeUpdate();
        }
    }
}
