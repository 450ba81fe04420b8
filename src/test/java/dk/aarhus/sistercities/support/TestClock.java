package dk.aarhus.sistercities.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The real time plus an offset that tests move forward, instead of sleeping through a wait. The
 * application's {@code Clock} in every {@link FullAppTest}; {@link DataReset} sets the offset back to
 * zero before each test class, so a class starts on the real time as in a fresh application.
 */
public final class TestClock extends Clock {

    private volatile Duration offset = Duration.ZERO;
    /** The moment time stands at while frozen, else null. */
    private volatile Instant frozenAt;

    public void advance(Duration duration) {
        offset = offset.plus(duration);
    }

    /**
     * Stops the clock where it is (until {@link #advance} moves it, or the next class starts): for a test whose
     * many requests take long enough in real time that a one-minute wait would run out in the middle.
     */
    public void freeze() {
        frozenAt = Instant.now();
    }

    /** Back to the real time. */
    void reset() {
        offset = Duration.ZERO;
        frozenAt = null;
    }

    @Override
    public Instant instant() {
        Instant frozen = frozenAt;
        return (frozen != null ? frozen : Instant.now()).plus(offset);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    /** The same moving time, shown in another zone (e.g. for a date in a file name). */
    @Override
    public Clock withZone(ZoneId zone) {
        TestClock utc = this;
        return new Clock() {
            @Override
            public Instant instant() {
                return utc.instant();
            }

            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return utc.withZone(other);
            }
        };
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Config {

        @Bean
        @Primary
        TestClock testClock() {
            return new TestClock();
        }
    }
}
