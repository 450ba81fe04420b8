package dk.aarhus.sistercities.review;

import dk.aarhus.sistercities.account.CurrentEditor;
import java.time.Clock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may change what citizens see, now: the one rule every publish, unpublish, take-off, approval and rejection
 * asks ({@link #mayPublishNow}), also for publishing later. With the four-eyes rule off (the default) everyone who
 * may edit may publish; with it on, only publishers and administrators. Templates ask it as
 * {@code @publishingRights}.
 */
@Service("publishingRights")
public class PublishingRights {

    static final String FOUR_EYES = "four-eyes";

    /** An administrator turned the four-eyes rule on or off. */
    public record FourEyesChanged(boolean on, String author) {
        public String subject() {
            return FOUR_EYES + "=" + (on ? "on" : "off");
        }
    }

    private final SiteSettingRepository settings;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PublishingRights(SiteSettingRepository settings, ApplicationEventPublisher events, Clock clock) {
        this.settings = settings;
        this.events = events;
        this.clock = clock;
    }

    /** Whether this account may publish (or take off, approve, reject, schedule a publish) at this moment. */
    @Transactional(readOnly = true)
    public boolean mayPublishNow(CurrentEditor editor) {
        return editor != null && (editor.role().publishes() || !fourEyes());
    }

    /** Whether drafts need a second person: an editor sends them for review; no one approves their own. */
    @Transactional(readOnly = true)
    public boolean fourEyes() {
        return settings.findById(FOUR_EYES).map(setting -> Boolean.parseBoolean(setting.getValue())).orElse(false);
    }

    /** Turns the rule on or off; a change is recorded (and audited), setting it as it is is not. */
    @Transactional
    public void setFourEyes(boolean on, String author) {
        if (fourEyes() == on) {
            return;
        }
        SiteSetting setting = settings.findById(FOUR_EYES).orElseGet(() -> new SiteSetting(FOUR_EYES));
        setting.change(Boolean.toString(on), author, clock.instant());
        settings.save(setting);
        events.publishEvent(new FourEyesChanged(on, author));
    }
}
