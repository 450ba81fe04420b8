package dk.aarhus.sistercities.linkcheck;

import static org.assertj.core.api.Assertions.assertThat;

import dk.aarhus.sistercities.content.SiteProperties;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The report's button and the schedule start a round on a thread of their own with the configured settings, only
 * when checking is on, not while one runs, and the schedule not again soon after the last round. The round
 * itself is replaced by one that only records its settings: no request is sent.
 */
class BackgroundCheckTest {

    static final Instant NOW = Instant.parse("2026-12-02T12:00:00Z");

    final AtomicReference<LinkChecker.Settings> ran = new AtomicReference<>();
    final CountDownLatch done = new CountDownLatch(1);
    volatile boolean running;
    Optional<Instant> lastChecked = Optional.empty();

    final LinkCheckRound round = new LinkCheckRound(null, null, null,
            new SiteProperties(URI.create("https://venskabsbyer.example.dk"), null)) {
        @Override
        boolean run(LinkChecker.Settings settings) {
            ran.set(settings);
            done.countDown();
            return true;
        }

        @Override
        boolean running() {
            return running;
        }
    };
    final LinkResults results = new LinkResults(null) {
        @Override
        public Optional<Instant> lastChecked() {
            return lastChecked;
        }
    };
    BackgroundCheck background;

    BackgroundCheck background(boolean enabled) {
        background = new BackgroundCheck(round, results, new LinkCheckProperties(enabled, Duration.ofHours(24),
                Duration.ofMinutes(10), Duration.ofSeconds(7), Duration.ofMillis(1500), 3),
                Clock.fixed(NOW, ZoneOffset.UTC));
        return background;
    }

    @AfterEach
    void stop() {
        if (background != null) {
            background.destroy();
        }
    }

    @Test
    void offByDefault() throws InterruptedException {
        assertThat(background(false).start()).isEqualTo(BackgroundCheck.Start.OFF);
        assertThat(background.startIfDue()).isEqualTo(BackgroundCheck.Start.OFF);
        assertThat(done.await(300, TimeUnit.MILLISECONDS)).isFalse();
        assertThat(ran.get()).isNull();
    }

    @Test
    void whenOnARoundRunsWithTheConfiguredSettings() throws InterruptedException {
        assertThat(background(true).start()).isEqualTo(BackgroundCheck.Start.STARTED);
        assertThat(done.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(ran.get()).isEqualTo(new LinkChecker.Settings(Duration.ofSeconds(7), Duration.ofMillis(1500), 3,
                "AarhusVenskabsbyer-Linkcheck/1.0 (+https://venskabsbyer.example.dk)", java.util.Set.of()));
    }

    @Test
    void notWhileARoundRuns() throws InterruptedException {
        running = true;
        assertThat(background(true).start()).isEqualTo(BackgroundCheck.Start.RUNNING);
        assertThat(done.await(300, TimeUnit.MILLISECONDS)).isFalse();
    }

    @Test
    void theScheduleWaitsHalfAnIntervalAfterTheLastRound() throws InterruptedException {
        lastChecked = Optional.of(NOW.minus(Duration.ofHours(11)));
        assertThat(background(true).startIfDue()).isEqualTo(BackgroundCheck.Start.NOT_DUE);
        assertThat(done.await(300, TimeUnit.MILLISECONDS)).isFalse();
        lastChecked = Optional.of(NOW.minus(Duration.ofHours(13)));
        assertThat(background.startIfDue()).isEqualTo(BackgroundCheck.Start.STARTED);
        assertThat(done.await(5, TimeUnit.SECONDS)).isTrue();
    }
}
