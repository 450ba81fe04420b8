package dk.aarhus.sistercities.activity;

import dk.aarhus.sistercities.content.PublishedContentChanged;
import dk.aarhus.sistercities.revision.Revision;
import dk.aarhus.sistercities.revision.RevisionAction;
import dk.aarhus.sistercities.revision.Revisions;
import dk.aarhus.sistercities.revision.TypedRevisions;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Drafts, publishing and history of activities, in the one revision store (kind {@code ACTIVITY}, key: the
 * activity's key): saving makes a draft revision, publishing puts the draft on the site, removing takes it
 * off; a save or publish on top of a revision the editor has not seen is refused.
 */
@Service
public class ActivityEditor {

    static final String KIND = "ACTIVITY";

    /** An activity went public or was taken off the site; the subject is e.g. {@code activities/kiel-agreement-2019}. */
    public record ActivityPublished(String subject, String author) implements PublishedContentChanged {
    }

    /** Where an activity stands: a draft never published (or taken off), published, or published with a newer draft. */
    public enum State { DRAFT, PUBLISHED, CHANGED }

    /** The newest revision's content and number; 0 when no editor has saved it yet. */
    public record Draft(ActivityContent content, int revision) {
    }

    /** A row of the editors' list: the newest content, its state, and who last changed it when (null for the seed's). */
    public record Item(ActivityContent content, State state, Revision latest) {
    }

    public static final class StaleException extends RuntimeException {
        private final transient Draft current;
        private final transient List<Revision> meanwhile;

        StaleException(Draft current, List<Revision> meanwhile) {
            super("Changed since the editor saw it", null, false, false);
            this.current = current;
            this.meanwhile = meanwhile;
        }

        public Draft current() {
            return current;
        }

        public List<Revision> meanwhile() {
            return meanwhile;
        }
    }

    private final Revisions revisions;
    private final TypedRevisions<ActivityContent> store;
    private final ActivityRepository activities;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ActivityEditor(Revisions revisions, ActivityRepository activities, JsonMapper json,
            ApplicationEventPublisher events, Clock clock) {
        this.revisions = revisions;
        this.store = new TypedRevisions<>(revisions, json, KIND, ActivityContent.class);
        this.activities = activities;
        this.events = events;
        this.clock = clock;
    }

    /** Every activity, published or draft, newest date first. */
    @Transactional(readOnly = true)
    public List<Item> items() {
        Map<String, Item> items = new LinkedHashMap<>();
        Map<String, Activity> live = new LinkedHashMap<>();
        activities.findAllWithTexts().forEach(a -> live.put(a.getKey(), a));
        for (Revision latest : store.latestOfEvery()) {
            String key = latest.getSubject().key();
            items.put(key, new Item(store.read(latest), state(key, latest, live.containsKey(key)), latest));
        }
        live.forEach((key, activity) -> items.putIfAbsent(key, new Item(activity.content(), State.PUBLISHED, null)));
        return items.values().stream()
                .sorted(Comparator.comparing((Item i) -> String.valueOf(i.content().starts())).reversed()
                        .thenComparing(i -> i.content().key()))
                .toList();
    }

    /** Whether an activity of this key exists, as a draft or on the site. */
    @Transactional(readOnly = true)
    public boolean exists(String key) {
        return activities.findByKey(key).isPresent() || store.latest(key).isPresent();
    }

    @Transactional(readOnly = true)
    public State state(String key) {
        return state(key, store.latest(key).orElse(null), activities.findByKey(key).isPresent());
    }

    private State state(String key, Revision latest, boolean live) {
        if (!live) {
            return State.DRAFT;
        }
        if (latest == null) {
            return State.PUBLISHED;
        }
        int published = revisions.published(store.subject(key)).map(Revision::getNumber).orElse(0);
        return latest.getNumber() == published ? State.PUBLISHED : State.CHANGED;
    }

    /** The newest revision; before any, what is published (a seeded activity); none for an unknown key. */
    @Transactional(readOnly = true)
    public Optional<Draft> draft(String key) {
        Optional<Draft> saved = store.latest(key).map(latest -> new Draft(store.read(latest), latest.getNumber()));
        return saved.isPresent() ? saved : activities.findByKey(key).map(a -> new Draft(a.content(), 0));
    }

    /** A key no activity has: what a new activity is saved under. */
    @Transactional(readOnly = true)
    public String newKey() {
        String key;
        do {
            key = TypedRevisions.randomKey("a-", 10);
        } while (exists(key));
        return key;
    }

    /** Saves a draft; the content must have passed {@link ActivityRules}. A new activity is saved on revision 0. */
    @Transactional
    public int save(int baseRevision, ActivityContent content, String author) {
        checkSeen(content.key(), baseRevision);
        return store.record(content.key(), RevisionAction.SAVED, content.normalised(), author);
    }

    @Transactional
    public void publish(String key, int seenRevision, String author) {
        Draft draft = checkSeen(key, seenRevision);
        if (draft == null) {
            throw notFound();
        }
        if (!ActivityRules.problems(draft.content(), null).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.CONFLICT);
        }
        Activity activity = activities.findByKey(key).orElseGet(() -> new Activity(key));
        activity.apply(draft.content(), clock.instant());
        activities.save(activity);
        store.record(key, RevisionAction.PUBLISHED, draft.content(), author);
        events.publishEvent(new ActivityPublished("activities/" + key, author));
    }

    /** Takes an activity off the site; it stays a draft, with its history. */
    @Transactional
    public void unpublish(String key, int seenRevision, String author) {
        Draft draft = checkSeen(key, seenRevision);
        Activity activity = activities.findByKey(key).orElseThrow(ActivityEditor::notFound);
        activities.delete(activity);
        store.record(key, RevisionAction.UNPUBLISHED, draft.content(), author);
        events.publishEvent(new ActivityPublished("activities/" + key, author));
    }

    /** Makes an older revision the new draft. */
    @Transactional
    public void restore(String key, int number, String author) {
        Revision old = store.revision(key, number).orElseThrow(ActivityEditor::notFound);
        store.restored(key, number, store.read(old), author);
    }

    @Transactional(readOnly = true)
    public List<Revision> history(String key) {
        return store.history(key);
    }

    /** The newest revisions (all when {@code all}), for the form. */
    @Transactional(readOnly = true)
    public Revisions.Recent recent(String key, boolean all) {
        return store.recent(key, all);
    }

    /** Every published activity, newest date first, then by key: what a content document carries. */
    @Transactional(readOnly = true)
    public List<ActivityContent> published() {
        return activities.findAllWithTexts().stream().map(Activity::content).sorted(ActivityEditor::newestFirst).toList();
    }

    /**
     * Puts the activities of a seed, an import or a release's update on the site, replacing one of the
     * same key; in the caller's transaction. They have no revisions until an editor saves, as contacts.
     */
    @Transactional
    public void load(List<ActivityContent> loaded) {
        Instant now = clock.instant();
        for (ActivityContent content : loaded) {
            ActivityContent normalised = content.normalised();
            Activity activity = activities.findByKey(normalised.key()).orElseGet(() -> new Activity(normalised.key()));
            activity.apply(normalised, now);
            activities.save(activity);
        }
    }

    static int newestFirst(ActivityContent a, ActivityContent b) {
        int byDate = String.valueOf(b.starts()).compareTo(String.valueOf(a.starts()));
        return byDate != 0 ? byDate : a.key().compareTo(b.key());
    }

    private Draft checkSeen(String key, int seenRevision) {
        Draft current = draft(key).orElse(null);
        int revision = current == null ? 0 : current.revision();
        if (revision != seenRevision) {
            throw new StaleException(current, store.since(key, seenRevision));
        }
        return current;
    }




    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
