package dk.aarhus.sistercities.linkcheck;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** The scheduled rounds; this bean exists only when checking is on. */
@Component
@ConditionalOnProperty(name = "sistercities.link-check.enabled", havingValue = "true")
class LinkCheckSchedule {

    private final BackgroundCheck background;

    LinkCheckSchedule(BackgroundCheck background) {
        this.background = background;
    }

    @Scheduled(initialDelayString = "${sistercities.link-check.initial-delay:10m}",
            fixedDelayString = "${sistercities.link-check.interval:24h}")
    void check() {
        background.startIfDue();
    }
}
