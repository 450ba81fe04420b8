package dk.aarhus.sistercities.contact;

import dk.aarhus.sistercities.content.PublishedContentChanged;
import dk.aarhus.sistercities.revision.Revision;
import dk.aarhus.sistercities.revision.RevisionAction;
import dk.aarhus.sistercities.revision.Revisions;
import dk.aarhus.sistercities.revision.TypedRevisions;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Drafts, publishing and history of contacts, in the one revision store (kind {@code CONTACT}, key: the
 * scope): saving makes a draft revision, publishing puts the draft on the site, removing takes a
 * partnership's contact off it; a save or publish on top of a revision the editor has not seen is refused.
 */
@Service
public class ContactEditor {

    static final String KIND = "CONTACT";

    /** A contact went public or was taken off the site; the subject is e.g. {@code contacts/bergen}. */
    public record ContactPublished(String subject, String author) implements PublishedContentChanged {
    }

    /** Where a contact stands: none yet, a draft never published, published, or published with a newer draft. */
    public enum State { NONE, DRAFT, PUBLISHED, CHANGED }

    /** The newest revision's content and number; 0 when no editor has saved it yet. */
    public record Draft(ContactContent content, int revision) {
    }

    public record Item(String scope, State state, Revision latest) {
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
    private final TypedRevisions<ContactContent> store;
    private final ContactRepository contacts;
    private final ApplicationEventPublisher events;

    ContactEditor(Revisions revisions, ContactRepository contacts, JsonMapper json, ApplicationEventPublisher events) {
        this.revisions = revisions;
        this.store = new TypedRevisions<>(revisions, json, KIND, ContactContent.class);
        this.contacts = contacts;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public List<Item> items(List<String> scopes) {
        return scopes.stream().map(scope -> {
            Revision latest = store.latest(scope).orElse(null);
            return new Item(scope, state(scope, latest), latest);
        }).toList();
    }

    @Transactional(readOnly = true)
    public State state(String scope) {
        return state(scope, store.latest(scope).orElse(null));
    }

    private State state(String scope, Revision latest) {
        boolean live = contacts.findByScope(scope).isPresent();
        if (latest == null) {
            return live ? State.PUBLISHED : State.NONE;
        }
        int published = revisions.published(store.subject(scope)).map(Revision::getNumber).orElse(0);
        if (!live) {
            return State.DRAFT;
        }
        return latest.getNumber() == published ? State.PUBLISHED : State.CHANGED;
    }

    /** The newest revision; before any, what is published; before that, an empty contact. */
    @Transactional(readOnly = true)
    public Draft draft(String scope) {
        return store.latest(scope)
                .map(latest -> new Draft(store.read(latest), latest.getNumber()))
                .orElseGet(() -> new Draft(contacts.findByScope(scope).map(Contact::content)
                        .orElse(new ContactContent(scope, null, null, null, null, null, Map.of())), 0));
    }

    /** Saves a draft; the content must have passed {@link ContactRules}. */
    @Transactional
    public int save(int baseRevision, ContactContent content, String author) {
        checkSeen(content.scope(), baseRevision);
        return store.record(content.scope(), RevisionAction.SAVED, content.normalised(), author);
    }

    @Transactional
    public void publish(String scope, int seenRevision, String author) {
        Draft draft = checkSeen(scope, seenRevision);
        if (!ContactRules.problems(draft.content()).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.CONFLICT);
        }
        Contact contact = contacts.findByScope(scope).orElseGet(() -> new Contact(scope));
        contact.apply(draft.content());
        contacts.save(contact);
        store.record(scope, RevisionAction.PUBLISHED, draft.content(), author);
        events.publishEvent(new ContactPublished("contacts/" + scope, author));
    }

    /** Takes a partnership's contact off the site (its city shows the general one again); history stays. */
    @Transactional
    public void unpublish(String scope, int seenRevision, String author) {
        Draft draft = checkSeen(scope, seenRevision);
        Contact contact = contacts.findByScope(scope).orElseThrow(ContactEditor::notFound);
        if (ContactContent.GENERAL.equals(scope)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        contacts.delete(contact);
        store.record(scope, RevisionAction.UNPUBLISHED, draft.content(), author);
        events.publishEvent(new ContactPublished("contacts/" + scope, author));
    }

    /** Makes an older revision the new draft. */
    @Transactional
    public void restore(String scope, int number, String author) {
        Revision old = store.revision(scope, number).orElseThrow(ContactEditor::notFound);
        store.restored(scope, number, store.read(old), author);
    }

    @Transactional(readOnly = true)
    public List<Revision> history(String scope) {
        return store.history(scope);
    }

    /** The newest revisions (all when {@code all}), for the form. */
    @Transactional(readOnly = true)
    public Revisions.Recent recent(String scope, boolean all) {
        return store.recent(scope, all);
    }

    /** Every published contact, general first, then by scope: what a content document carries. */
    @Transactional(readOnly = true)
    public List<ContactContent> published() {
        return contacts.findAllWithTexts().stream().map(Contact::content)
                .sorted((a, b) -> a.general() != b.general() ? (a.general() ? -1 : 1) : a.scope().compareTo(b.scope()))
                .toList();
    }

    /**
     * Puts the contacts of a seed or an import on the site, replacing a contact of the same scope (the
     * general contact the migration made); in the caller's transaction. They have no revisions, as
     * partnership types and site texts have none until an editor saves.
     */
    @Transactional
    public void load(List<ContactContent> loaded) {
        for (ContactContent content : loaded) {
            Contact contact = contacts.findByScope(content.scope()).orElseGet(() -> new Contact(content.scope()));
            contact.apply(content.normalised());
            contacts.save(contact);
        }
    }

    private Draft checkSeen(String scope, int seenRevision) {
        Draft current = draft(scope);
        if (current.revision() != seenRevision) {
            throw new StaleException(current, store.since(scope, seenRevision));
        }
        return current;
    }




    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
