package dk.aarhus.sistercities.cache;

import dk.aarhus.sistercities.admin.ContentChanged;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.context.event.EventListener;

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

    ContentGeneration(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public long current() {
        long generation = current.get();
        return generation >= 0 ? generation : refresh();
    }

    /** In the publishing transaction: the change and the new generation commit together. */
    @EventListener
    void bump(ContentChanged change) {
        jdbc.update("update content_generation set generation = generation + 1 where id = 1");
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void published(ContentChanged change) {
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

    long refresh() {
        Long generation = jdbc.queryForObject("select generation from content_generation where id = 1", Long.class);
        long value = generation == null ? 0 : generation;
        current.accumulateAndGet(value, Math::max);
        return current.get();
    }
}
