package dk.aarhus.sistercities.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.aarhus.sistercities.support.AlsoOnPostgres;
import dk.aarhus.sistercities.support.TestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * V11 gives a database of the release before pages their two tables, empty (the pages come with the content
 * update, never from the migration), and keeps two published pages from sharing an address in a language.
 */
@AlsoOnPostgres
class PageMigrationTest {

    @Test
    void anExistingDatabaseGetsEmptyPageTablesThatRefuseAnAddressTwice() throws SQLException {
        TestDatabase.Database database = TestDatabase.newDatabase();
        migrate(database, "9");
        try (Connection connection = connect(database); Statement statement = connection.createStatement()) {
            statement.execute("insert into partnership_type (code, sort_order, sister_city) values ('nordic', 1, true)");
        }

        migrate(database, "latest");

        try (Connection connection = connect(database); Statement statement = connection.createStatement()) {
            assertThat(count(statement, "select count(*) from page")).isZero();
            assertThat(count(statement, "select count(*) from partnership_type")).as("the content before").isEqualTo(1);
            statement.execute("insert into page (page_key, nav_position, show_contact, sources, published_at)"
                    + " values ('get-involved', 1, true, '[]', current_timestamp)");
            statement.execute("insert into page (page_key, published_at) values ('about', current_timestamp)");
            statement.execute("insert into page_text (page_id, lang, slug, title, body) select id, 'da', 'deltag',"
                    + " 'Deltag', 'Tekst' from page where page_key = 'get-involved'");
            // The same slug in the other language is another address.
            statement.execute("insert into page_text (page_id, lang, slug, title, body) select id, 'en', 'deltag',"
                    + " 'About', 'Text' from page where page_key = 'about'");
            assertThatThrownBy(() -> statement.execute("insert into page_text (page_id, lang, slug, title, body)"
                    + " select id, 'da', 'deltag', 'Om', 'Tekst' from page where page_key = 'about'"))
                    .as("one address, one page").isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> statement.execute("insert into page (page_key, published_at)"
                    + " values ('about', current_timestamp)")).as("one row per page").isInstanceOf(SQLException.class);
            statement.execute("delete from page where page_key = 'get-involved'");
            assertThat(count(statement, "select count(*) from page_text")).as("texts go with their page").isEqualTo(1);
        }
    }

    private static int count(Statement statement, String sql) throws SQLException {
        try (ResultSet r = statement.executeQuery(sql)) {
            r.next();
            return r.getInt(1);
        }
    }

    private static void migrate(TestDatabase.Database database, String target) {
        Flyway.configure().dataSource(database.url(), database.username(), database.password())
                .locations("classpath:db/migration").target(target).load().migrate();
    }

    private static Connection connect(TestDatabase.Database database) throws SQLException {
        return DriverManager.getConnection(database.url(), database.username(), database.password());
    }
}
