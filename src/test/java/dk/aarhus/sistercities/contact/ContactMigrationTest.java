package dk.aarhus.sistercities.contact;

import static org.assertj.core.api.Assertions.assertThat;

import dk.aarhus.sistercities.support.AlsoOnPostgres;
import dk.aarhus.sistercities.support.TestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * V9 gives a database of the release before contacts the general contact, with only what a source states
 * (the unit in both languages and its website, every other field empty), and leaves the content alone.
 */
@AlsoOnPostgres
class ContactMigrationTest {

    @Test
    void anExistingDatabaseGetsTheGeneralContactAndNothingMore() throws SQLException {
        TestDatabase.Database database = TestDatabase.newDatabase();
        migrate(database, "8");
        try (Connection connection = connect(database); Statement statement = connection.createStatement()) {
            statement.execute("insert into partnership_type (code, sort_order, sister_city) values ('nordic', 1, true)");
        }

        migrate(database, "latest");

        try (Connection connection = connect(database); Statement statement = connection.createStatement()) {
            try (ResultSet r = statement.executeQuery("select scope, person_name, email, phone, website, address,"
                    + " version from contact")) {
                assertThat(r.next()).as("a contact").isTrue();
                assertThat(r.getString(1)).isEqualTo("general");
                assertThat(new String[] {r.getString(2), r.getString(3), r.getString(4), r.getString(6)})
                        .as("person, e-mail, phone, address: no source gives them").containsOnlyNulls();
                assertThat(r.getString(5)).isEqualTo("https://aarhus.dk/");
                assertThat(r.getLong(7)).isZero();
                assertThat(r.next()).as("only the general contact").isFalse();
            }
            List<String> texts = new ArrayList<>();
            try (ResultSet r = statement.executeQuery("select t.lang, t.unit, t.role, t.opening_hours from contact_text t"
                    + " join contact c on c.id = t.contact_id order by t.lang")) {
                while (r.next()) {
                    texts.add(r.getString(1) + ":" + r.getString(2) + ":" + r.getString(3) + ":" + r.getString(4));
                }
            }
            assertThat(texts).containsExactly("da:Aarhus Kommune:null:null", "en:City of Aarhus:null:null");
            try (ResultSet r = statement.executeQuery("select count(*) from partnership_type")) {
                r.next();
                assertThat(r.getInt(1)).as("the content before the migration").isEqualTo(1);
            }
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
