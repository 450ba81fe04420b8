package dk.aarhus.sistercities.admin;

import dk.aarhus.sistercities.city.PartnershipType;
import dk.aarhus.sistercities.city.PartnershipTypeRepository;
import dk.aarhus.sistercities.city.PartnershipTypeText;
import dk.aarhus.sistercities.content.Language;
import dk.aarhus.sistercities.content.PublishedContentChanged;
import dk.aarhus.sistercities.content.SiteText;
import dk.aarhus.sistercities.content.SiteTextRepository;
import dk.aarhus.sistercities.revision.Revision;
import dk.aarhus.sistercities.revision.RevisionAction;
import dk.aarhus.sistercities.revision.Revisions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Drafts, publishing and history for the partnership types' texts and the site texts, in the same
 * revision store as cities ({@link Revisions}): saving makes a draft revision, publishing puts the
 * draft on the site, a save on top of a revision the editor has not seen is refused.
 */
@Service
public class TextEditor {

    /** A partnership type's or a site text's new texts went public; the subject is e.g. {@code types/nordic}. */
    public record TextsPublished(String subject, String author) implements PublishedContentChanged {
    }

    /** Texts by language, then by field ({@code name}, {@code introduction} or {@code body}). */
    public record Draft(Map<String, Map<String, String>> texts, int revision) {
    }

    public record Item(TextSubject subject, String title, CityListing.State state, Revision latest) {
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

    private static final TypeReference<Map<String, Map<String, String>>> TEXTS = new TypeReference<>() {
    };

    private final Revisions revisions;
    private final PartnershipTypeRepository types;
    private final SiteTextRepository siteTexts;
    private final JsonMapper json;
    private final ApplicationEventPublisher events;

    TextEditor(Revisions revisions, PartnershipTypeRepository types, SiteTextRepository siteTexts,
            JsonMapper json, ApplicationEventPublisher events) {
        this.revisions = revisions;
        this.types = types;
        this.siteTexts = siteTexts;
        this.json = json;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public List<Item> items(TextSubject.Kind kind, Language language) {
        List<Item> items = new ArrayList<>();
        if (kind == TextSubject.Kind.TYPE) {
            for (PartnershipType type : types.findAllWithTexts()) {
                items.add(item(new TextSubject(kind, type.getCode()), type.text(language).name()));
            }
        } else {
            for (SiteText text : siteTexts.findAllWithBodies()) {
                items.add(item(new TextSubject(kind, text.getKey()), text.getKey()));
            }
        }
        return items;
    }

    private Item item(TextSubject subject, String title) {
        Revision latest = latest(subject);
        return new Item(subject, title, state(subject, latest), latest);
    }

    /** Published, or published with a newer draft: types and site texts are never unpublished. */
    @Transactional(readOnly = true)
    public CityListing.State state(TextSubject subject) {
        return state(subject, latest(subject));
    }

    private CityListing.State state(TextSubject subject, Revision latest) {
        int published = revisions.published(subject.revisions()).map(Revision::getNumber).orElse(0);
        return latest == null || latest.getNumber() == published
                ? CityListing.State.PUBLISHED : CityListing.State.CHANGED;
    }

    @Transactional(readOnly = true)
    public Draft draft(TextSubject subject) {
        Revision latest = latest(subject);
        return latest == null ? new Draft(published(subject), 0) : new Draft(read(latest), latest.getNumber());
    }

    @Transactional
    public int save(TextSubject subject, int baseRevision, Map<String, Map<String, String>> texts, String author) {
        checkSeen(subject, baseRevision);
        return record(subject, RevisionAction.SAVED, texts, author);
    }

    @Transactional
    public void publish(TextSubject subject, int seenRevision, String author) {
        checkSeen(subject, seenRevision);
        Map<String, Map<String, String>> texts = draft(subject).texts();
        if (subject.kind() == TextSubject.Kind.TYPE) {
            PartnershipType type = types.findByCode(subject.key()).orElseThrow(TextEditor::notFound);
            type.getTexts().clear();
            texts.forEach((lang, t) -> type.getTexts().put(lang,
                    new PartnershipTypeText(t.get("name"), t.get("introduction"))));
        } else {
            SiteText text = siteTexts.findById(subject.key()).orElseThrow(TextEditor::notFound);
            text.getBodies().clear();
            texts.forEach((lang, t) -> text.getBodies().put(lang, t.get("body")));
        }
        record(subject, RevisionAction.PUBLISHED, texts, author);
        events.publishEvent(new TextsPublished(subject.kind().path() + "/" + subject.key(), author));
    }

    /** Makes an older revision the new draft. */
    @Transactional
    public void restore(TextSubject subject, int number, String author) {
        Revision old = revisions.revision(subject.revisions(), number).orElseThrow(TextEditor::notFound);
        revisions.restored(subject.revisions(), number, json.writeValueAsString(read(old)), author);
    }

    @Transactional(readOnly = true)
    public List<Revision> history(TextSubject subject) {
        return revisions.history(subject.revisions());
    }

    /** The newest revisions (all when {@code all}), for the form. */
    @Transactional(readOnly = true)
    public Revisions.Recent recent(TextSubject subject, boolean all) {
        return revisions.recent(subject.revisions(), all ? Integer.MAX_VALUE : Revisions.SHOWN);
    }

    /** The subject must exist; else the answer is 404. */
    @Transactional(readOnly = true)
    public void requireExists(TextSubject subject) {
        boolean exists = subject.kind() == TextSubject.Kind.TYPE
                ? types.findByCode(subject.key()).isPresent()
                : siteTexts.existsById(subject.key());
        if (!exists) {
            throw notFound();
        }
    }

    private void checkSeen(TextSubject subject, int seenRevision) {
        Draft current = draft(subject);
        if (current.revision() != seenRevision) {
            throw new StaleException(current, revisions.since(subject.revisions(), seenRevision));
        }
    }

    private int record(TextSubject subject, RevisionAction action, Map<String, Map<String, String>> texts,
            String author) {
        return revisions.record(subject.revisions(), action, json.writeValueAsString(texts), author).getNumber();
    }

    private Revision latest(TextSubject subject) {
        return revisions.latest(subject.revisions()).orElse(null);
    }

    private Map<String, Map<String, String>> read(Revision revision) {
        return json.readValue(revision.getContent(), TEXTS);
    }

    private Map<String, Map<String, String>> published(TextSubject subject) {
        Map<String, Map<String, String>> texts = new LinkedHashMap<>();
        if (subject.kind() == TextSubject.Kind.TYPE) {
            PartnershipType type = types.findByCode(subject.key()).orElseThrow(TextEditor::notFound);
            type.getTexts().forEach((lang, t) -> texts.put(lang,
                    Map.of("name", t.name(), "introduction", t.introduction())));
        } else {
            SiteText text = siteTexts.findById(subject.key()).orElseThrow(TextEditor::notFound);
            text.getBodies().forEach((lang, body) -> texts.put(lang, Map.of("body", body)));
        }
        return texts;
    }

    /** The fields that differ between two states, for the conflict view. */
    static List<ContentDiff.Change> changes(Map<String, Map<String, String>> before,
            Map<String, Map<String, String>> after, TextSubject.Kind kind) {
        List<ContentDiff.Change> changes = new ArrayList<>();
        for (Language language : Language.values()) {
            for (String field : kind.fields()) {
                String was = before.getOrDefault(language.code(), Map.of()).get(field);
                String is = after.getOrDefault(language.code(), Map.of()).get(field);
                if (!Objects.equals(was, is)) {
                    changes.add(new ContentDiff.Change(field, language.code(), null, was, is));
                }
            }
        }
        return changes;
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
