package dk.aarhus.sistercities.linkcheck;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Starts a round on a thread of its own, if checking is on ({@link LinkCheckProperties#enabled()}): for the
 * report's button and the schedule, whose own thread must stay free for the page cache's polling.
 */
@Component
class BackgroundCheck implements DisposableBean {

    /** What asking for a round did. */
    enum Start { STARTED, RUNNING, NOT_DUE, OFF }

    private static final Logger log = LoggerFactory.getLogger(BackgroundCheck.class);

    private final LinkCheckRound round;
    private final LinkResults results;
    private final LinkCheckProperties properties;
    private final Clock clock;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(task -> {
        Thread t = new Thread(task, "link-check");
        t.setDaemon(true);
        return t;
    });

    BackgroundCheck(LinkCheckRound round, LinkResults results, LinkCheckProperties properties, Clock clock) {
        this.round = round;
        this.results = results;
        this.properties = properties;
        this.clock = clock;
    }

    boolean enabled() {
        return properties.enabled();
    }

    boolean running() {
        return round.running();
    }

    /** A round now, unless checking is off or a round is running. */
    Start start() {
        if (!properties.enabled()) {
            return Start.OFF;
        }
        if (round.running()) {
            return Start.RUNNING;
        }
        thread.execute(() -> {
            try {
                round.run(properties.settings(round.userAgent()));
            } catch (RuntimeException e) {
                log.warn("Link check failed", e);
            }
        });
        return Start.STARTED;
    }

    /**
     * A round unless the last one ended less than half an interval ago: after a restart, or with several
     * instances on one database, the links are not checked again sooner than needed.
     */
    Start startIfDue() {
        Instant due = clock.instant().minus(properties.interval().dividedBy(2));
        return results.lastChecked().filter(last -> last.isAfter(due)).isPresent() && properties.enabled()
                ? Start.NOT_DUE : start();
    }

    @Override
    public void destroy() {
        thread.shutdownNow();
    }
}
