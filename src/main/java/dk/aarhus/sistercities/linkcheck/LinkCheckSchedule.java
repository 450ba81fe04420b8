package dk.aarhus.sistercities.linkcheck;

import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.scheduling.support.ScheduledMethodRunnable;
import org.springframework.stereotype.Component;

/**
 * The scheduled rounds, scheduled only when checking is on. Decided when the application starts rather than by
 * a condition on the bean: a jar made with Spring's ahead-of-time processing (README, Speed) fixes its beans
 * when it is built, and the same jar must check links under {@code prod} and not elsewhere.
 */
@Component
class LinkCheckSchedule implements SchedulingConfigurer {

    private final BackgroundCheck background;
    private final LinkCheckProperties properties;

    LinkCheckSchedule(BackgroundCheck background, LinkCheckProperties properties) {
        this.background = background;
        this.properties = properties;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        if (properties.enabled()) {
            try {
                registrar.addFixedDelayTask(new FixedDelayTask(
                        new ScheduledMethodRunnable(this, LinkCheckSchedule.class.getDeclaredMethod("check")), properties.interval(),
                        properties.initialDelay()));
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    void check() {
        background.startIfDue();
    }
}
