package dk.aarhus.sistercities.cache;

import dk.aarhus.sistercities.content.PublishedContentChanged;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Which state of the published content this instance serves. A publish bumps the counter in the
 * database in the publishing transaction; this instance moves on as soon as that commits, every
 * other instance on its next poll (twice a second). Cached pages carry the generation they were
 * rendered in and are served only while it is current.
 */
@Component
public class ContentGeneration {

    private static final Logger log = LoggerFactory.getLogger(ContentGeneration.class);

    private final JdbcTemplate jdbc;
    private final AtomicLong current = new AtomicLong(-1);
    private final Clock clock;
    /** When what citizens see last changed: every page's "last updated" date. */
    private volatile Instant changedAt;

    ContentGeneration(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public long current() {
        long generation = current.get();
        return generation >= 0 ? generation : refresh();
    }

    /** In the publishing transaction: the change and the new generation commit together. */
    @EventListener
    void bump(PublishedContentChanged change) {
        jdbc.update("update content_generation set generation = generation + 1, changed_at = ? where id = 1",
                Timestamp.from(clock.instant()));
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void published(PublishedContentChanged change) {
        refresh();
    }

    @Scheduled(fixedDelayString = "${sistercities.cache.poll-interval:500ms}")
    void poll() {
        try {
            refresh();
        } catch (RuntimeException e) {
            // The database is away for a moment; pages cached so far stay until it is back.
            log.debug("Could not read the content generation", e);
        }
    }

    /** When the published content last changed, or null when it never has. */
    public Instant changedAt() {
        if (current.get() < 0) {
            refresh();
        }
        return changedAt;
    }

    long refresh() {
        jdbc.query("select generation, changed_at from content_generation where id = 1", row -> {
            long value = row.getLong(1);
            Timestamp at = row.getTimestamp(2);
            if (value >= current.get()) {
                changedAt = at == null ? null : at.toInstant();
            }
            current.accumulateAndGet(value, Math::max);
        });
        return current.get();
    }
}
