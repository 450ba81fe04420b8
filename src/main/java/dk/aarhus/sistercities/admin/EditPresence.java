package dk.aarhus.sistercities.admin;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Who else has opened a form lately, kept in the database ({@code edit_presence}) so that it holds across
 * instances: each time an editor's browser gets a form, the editor's row for it is renewed, and the form names
 * the others who opened it within the window. Rows older than the window are deleted as new ones come.
 */
@Component
class EditPresence {

    /** Another editor who opened the same form, and when. */
    record Visitor(String name, Instant openedAt) {
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Duration window;
    private volatile String upsert;

    EditPresence(JdbcTemplate jdbc, Clock clock, @Value("${sistercities.presence.window:10m}") Duration window) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.window = window;
    }

    /** Records that {@code username} opened the form now. */
    void opened(String kind, String key, String username, String displayName) {
        Instant now = clock.instant();
        jdbc.update(upsert(), kind, key, username, displayName, Timestamp.from(now));
        jdbc.update("delete from edit_presence where opened_at < ?", Timestamp.from(now.minus(window)));
    }

    /** The other editors who opened the form within the window, the latest first. */
    List<Visitor> others(String kind, String key, String username) {
        return jdbc.query("select display_name, opened_at from edit_presence where subject_kind = ? and subject_key = ?"
                        + " and username <> ? and opened_at >= ? order by opened_at desc, display_name",
                (row, n) -> new Visitor(row.getString(1), row.getTimestamp(2).toInstant()),
                kind, key, username, Timestamp.from(clock.instant().minus(window)));
    }

    /** One statement that inserts the row or renews it: each database has its own words for that. */
    private String upsert() {
        if (upsert == null) {
            String product = jdbc.execute((ConnectionCallback<String>) c -> c.getMetaData().getDatabaseProductName());
            upsert = "PostgreSQL".equalsIgnoreCase(product)
                    ? "insert into edit_presence (subject_kind, subject_key, username, display_name, opened_at)"
                            + " values (?, ?, ?, ?, ?) on conflict (subject_kind, subject_key, username)"
                            + " do update set display_name = excluded.display_name, opened_at = excluded.opened_at"
                    : "merge into edit_presence (subject_kind, subject_key, username, display_name, opened_at)"
                            + " key (subject_kind, subject_key, username) values (?, ?, ?, ?, ?)";
        }
        return upsert;
    }
}
