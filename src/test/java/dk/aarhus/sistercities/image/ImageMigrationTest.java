package dk.aarhus.sistercities.image;

import static org.assertj.core.api.Assertions.assertThat;

import dk.aarhus.sistercities.support.AlsoOnPostgres;
import dk.aarhus.sistercities.support.TestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * V23 moves a database whose image files were shared in one table (before the review's M2) to uploads and
 * renditions apart: every image's upload is kept as an original, every rendition an image shows is a rendition
 * again (also one whose row an upload of the same bytes had taken over), and files nothing refers to go.
 */
@AlsoOnPostgres
class ImageMigrationTest {

    private static final String ORIGINAL = "a".repeat(64);
    private static final String NARROW = "b".repeat(64);
    private static final String WIDE = "c".repeat(64);
    private static final String COPY_RENDITION = "d".repeat(64);
    private static final String LEFT_OVER = "e".repeat(64);

    @Test
    void uploadsAndRenditionsAreSetApartAndFilesNothingShowsGo() throws SQLException {
        TestDatabase.Database database = TestDatabase.newDatabase();
        migrate(database, "19");
        try (Connection connection = connect(database); Statement statement = connection.createStatement()) {
            statement.execute(image(1, ORIGINAL, 800));
            statement.execute(image(2, NARROW, 480)); // the first image's narrow rendition, uploaded as an image
            statement.execute(rendition(1, 480, NARROW));
            statement.execute(rendition(1, 800, WIDE));
            statement.execute(rendition(2, 480, COPY_RENDITION));
            file(connection, ORIGINAL, "upload/jpeg");
            file(connection, NARROW, "upload/jpeg"); // taken over by the second image's upload
            file(connection, WIDE, "jpeg");
            file(connection, COPY_RENDITION, "jpeg");
            file(connection, LEFT_OVER, "jpeg");
        }

        migrate(database, "latest");

        try (Connection connection = connect(database); Statement statement = connection.createStatement()) {
            assertThat(hashes(statement, "select hash from image_original order by hash")).containsExactly(ORIGINAL, NARROW);
            assertThat(hashes(statement, "select hash from image_file order by hash"))
                    .containsExactly(NARROW, WIDE, COPY_RENDITION);
            try (ResultSet data = statement.executeQuery("select data from image_file where hash = '" + NARROW + "'")) {
                assertThat(data.next()).isTrue();
                assertThat(data.getBytes(1)).isEqualTo(NARROW.getBytes());
            }
        }
    }

    private static String image(int id, String original, int width) {
        return "insert into image (id, file_name, format, width, height, byte_size, original, decorative, focus)"
                + " values (" + id + ", 'photo.jpg', 'JPEG', " + width + ", 300, 1000, '" + original + "', false, 'CENTER')";
    }

    private static String rendition(int image, int width, String hash) {
        return "insert into image_rendition (image_id, width, height, hash, byte_size) values (" + image + ", " + width
                + ", 300, '" + hash + "', 100)";
    }

    private static void file(Connection connection, String hash, String contentType) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into image_file (hash, content_type, data) values (?, ?, ?)")) {
            insert.setString(1, hash);
            insert.setString(2, contentType);
            insert.setBytes(3, hash.getBytes());
            insert.executeUpdate();
        }
    }

    private static List<String> hashes(Statement statement, String sql) throws SQLException {
        List<String> hashes = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                hashes.add(rows.getString(1));
            }
        }
        return hashes;
    }

    private static void migrate(TestDatabase.Database database, String target) {
        Flyway.configure().dataSource(database.url(), database.username(), database.password())
                .locations("classpath:db/migration").target(target).load().migrate();
    }

    private static Connection connect(TestDatabase.Database database) throws SQLException {
        return DriverManager.getConnection(database.url(), database.username(), database.password());
    }
}
