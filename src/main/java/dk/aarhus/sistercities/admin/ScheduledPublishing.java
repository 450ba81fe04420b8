package dk.aarhus.sistercities.admin;

import dk.aarhus.sistercities.account.CurrentEditor;
import dk.aarhus.sistercities.account.Editors;
import dk.aarhus.sistercities.activity.ActivityEditor;
import dk.aarhus.sistercities.city.City;
import dk.aarhus.sistercities.contact.ContactEditor;
import dk.aarhus.sistercities.page.PageEditor;
import dk.aarhus.sistercities.review.PublishingRights;
import dk.aarhus.sistercities.schedule.ScheduledAction.Outcome;
import dk.aarhus.sistercities.schedule.ScheduledWork;
import java.security.Principal;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * What a schedule does to each kind of subject, through the same editors' methods (and so the same checks,
 * revisions, audit entries and cache renewal) as the publish and unpublish buttons: a scheduled publish
 * passes the scheduled revision as the one the editor saw, so it is refused when the draft moved on.
 * The kinds and keys are the revision store's.
 */
@Component
class ScheduledPublishing implements ScheduledWork {

    static final String CITY = "CITY";
    static final String ACTIVITY = "ACTIVITY";
    static final String PAGE = "PAGE";
    static final String CONTACT = "CONTACT";

    /** A subject of a kind and key, as the schedule form names it: its draft, whether it is on the site, its form. */
    record Subject(String kind, String key, int draftRevision, boolean live, String formPath) {
    }

    /** Taking off the site what is not on it. */
    static final class NotLiveException extends RuntimeException {
        NotLiveException() {
            super("Not on the site", null, false, false);
        }
    }

    private final CityEditor cities;
    private final ActivityEditor activities;
    private final PageEditor pages;
    private final ContactEditor contacts;
    private final PublishingRights rights;
    private final Editors editors;

    ScheduledPublishing(CityEditor cities, ActivityEditor activities, PageEditor pages, ContactEditor contacts,
            PublishingRights rights, Editors editors) {
        this.rights = rights;
        this.editors = editors;
        this.cities = cities;
        this.activities = activities;
        this.pages = pages;
        this.contacts = contacts;
    }

    /**
     * Whether this editor may schedule: the right to publish now (review/PublishingRights: under the four-eyes
     * rule, publishers and administrators only). Asked when scheduling and cancelling, and again, of the account
     * that scheduled, when the poller carries a step out ({@link #mayStillPublish}).
     */
    boolean mayPublish(Principal editor) {
        return editor != null && rights.mayPublishNow(CurrentEditor.current().orElse(null));
    }

    /** The subject as it is now; 404 for an unknown kind or key. */
    @Transactional(readOnly = true)
    Subject subject(String kind, String key) {
        return switch (kind == null ? "" : kind) {
            case CITY -> {
                City city = cities.city(cityId(key));
                int draft = city.getDraftRevision() == null ? 0 : city.getDraftRevision();
                yield new Subject(kind, key, draft, city.isPublished(), "/admin/cities/" + key);
            }
            case ACTIVITY -> {
                ActivityEditor.Draft draft = activities.draft(key).orElseThrow(ScheduledPublishing::notFound);
                yield new Subject(kind, key, draft.revision(), activities.state(key) != ActivityEditor.State.DRAFT,
                        "/admin/activities/" + key);
            }
            case PAGE -> new Subject(kind, key, pages.draft(key).revision(),
                    pages.state(key) != PageEditor.State.DRAFT, "/admin/pages/" + key);
            case CONTACT -> {
                ContactEditor.State state = contacts.state(key);
                if (state == ContactEditor.State.NONE) {
                    throw notFound();
                }
                yield new Subject(kind, key, contacts.draft(key).revision(),
                        state == ContactEditor.State.PUBLISHED || state == ContactEditor.State.CHANGED,
                        "/admin/contacts/" + key);
            }
            default -> throw notFound();
        };
    }

    /**
     * A step goes out only while the account that scheduled it may still publish: the four-eyes rule switched on
     * after an editor scheduled, or the account since made an editor or disabled, stops it.
     */
    private void mayStillPublish(String author) {
        if (!rights.mayPublishNow(editors.now(author).orElse(null))) {
            throw new NotAllowedException();
        }
    }

    /** The account that scheduled a step may no longer publish. */
    static final class NotAllowedException extends RuntimeException {
        NotAllowedException() {
            super("The account that scheduled this may no longer publish", null, false, false);
        }
    }

    @Override
    public void publish(String kind, String key, int revision, String author) {
        mayStillPublish(author);
        switch (kind) {
            case CITY -> cities.publish(cityId(key), revision, author);
            case ACTIVITY -> activities.publish(key, revision, author);
            case PAGE -> pages.publish(key, revision, author);
            case CONTACT -> contacts.publish(key, revision, author);
            default -> throw notFound();
        }
    }

    @Override
    public void unpublish(String kind, String key, String author) {
        mayStillPublish(author);
        Subject subject = subject(kind, key);
        if (!subject.live()) {
            throw new NotLiveException();
        }
        int draft = subject.draftRevision();
        switch (kind) {
            case CITY -> cities.unpublish(cityId(key), draft, author);
            case ACTIVITY -> activities.unpublish(key, draft, author);
            case PAGE -> pages.unpublish(key, draft, author);
            case CONTACT -> contacts.unpublish(key, draft, author);
            default -> throw notFound();
        }
    }

    @Override
    public Outcome refusal(String kind, RuntimeException failure) {
        if (failure instanceof CityEditor.StaleException || failure instanceof ActivityEditor.StaleException
                || failure instanceof PageEditor.StaleException || failure instanceof ContactEditor.StaleException) {
            return Outcome.STALE;
        }
        if (failure instanceof NotLiveException) {
            return Outcome.NOT_LIVE;
        }
        if (failure instanceof NotAllowedException) {
            return Outcome.NOT_ALLOWED;
        }
        if (failure instanceof CityEditor.IncompleteException || failure instanceof CityEditor.SlugTakenException
                || failure instanceof DataIntegrityViolationException) {
            return Outcome.NOT_PUBLISHABLE;
        }
        if (failure instanceof ResponseStatusException status) {
            return status.getStatusCode() == HttpStatus.NOT_FOUND ? Outcome.GONE : Outcome.NOT_PUBLISHABLE;
        }
        return Outcome.FAILED;
    }

    private static long cityId(String key) {
        try {
            return Long.parseLong(key);
        } catch (NumberFormatException e) {
            throw notFound();
        }
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
