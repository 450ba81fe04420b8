package dk.aarhus.sistercities.admin;

import dk.aarhus.sistercities.city.PartnershipType;
import dk.aarhus.sistercities.city.PartnershipTypeRepository;
import dk.aarhus.sistercities.city.PartnershipTypeText;
import dk.aarhus.sistercities.city.RevisionAction;
import dk.aarhus.sistercities.content.Language;
import dk.aarhus.sistercities.content.PublishedContentChanged;
import dk.aarhus.sistercities.content.SiteText;
import dk.aarhus.sistercities.content.SiteTextRepository;
import java.time.Clock;
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
 * Drafts, publishing and history for the partnership types' texts and the site texts, the same
 * way as for cities: saving makes a draft revision, publishing puts the draft on the site, a save
 * on top of a revision the editor has not seen is refused.
 */
@Service
public class TextEditor {

    /** A partnership type's or a site text's new texts went public; the subject is e.g. {@code types/nordic}. */
    public record TextsPublished(String subject, String author) implements PublishedContentChanged {
    }

    /** Texts by language, then by field ({@code name}, {@code introduction} or {@code body}). */
    public record Draft(Map<String, Map<String, String>> texts, int revision) {
    }

    public record Item(TextSubject subject, String title, CityListing.State state, TextRevision latest) {
    }

    public static final class StaleException extends RuntimeException {
        private final transient Draft current;
        private final transient List<TextRevision> meanwhile;

        StaleException(Draft current, List<TextRevision> meanwhile) {
            super("Changed since the editor saw it", null, false, false);
            this.current = current;
            this.meanwhile = meanwhile;
        }

        public Draft current() {
            return current;
        }

        public List<TextRevision> meanwhile() {
            return meanwhile;
        }
    }

    private static final TypeReference<Map<String, Map<String, String>>> TEXTS = new TypeReference<>() {
    };

    private final TextRevisionRepository revisions;
    private final PartnershipTypeRepository types;
    private final SiteTextRepository siteTexts;
    private final JsonMapper json;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TextEditor(TextRevisionRepository revisions, PartnershipTypeRepository types, SiteTextRepository siteTexts,
            JsonMapper json, ApplicationEventPublisher events, Clock clock) {
        this.revisions = revisions;
        this.types = types;
        this.siteTexts = siteTexts;
        this.json = json;
        this.events = events;
        this.clock = clock;
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
        TextRevision latest = latest(subject);
        return new Item(subject, title, state(subject, latest), latest);
    }

    /** Published, or published with a newer draft: types and site texts are never unpublished. */
    @Transactional(readOnly = true)
    public CityListing.State state(TextSubject subject) {
        return state(subject, latest(subject));
    }

    private CityListing.State state(TextSubject subject, TextRevision latest) {
        int published = revisions.findFirstByKindAndKeyAndActionOrderByNumberDesc(subject.kind(), subject.key(),
                RevisionAction.PUBLISHED).map(TextRevision::getNumber).orElse(0);
        return latest == null || latest.getNumber() == published
                ? CityListing.State.PUBLISHED : CityListing.State.CHANGED;
    }

    @Transactional(readOnly = true)
    public Draft draft(TextSubject subject) {
        TextRevision latest = latest(subject);
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
        TextRevision old = revisions.findByKindAndKeyAndNumber(subject.kind(), subject.key(), number)
                .orElseThrow(TextEditor::notFound);
        record(subject, RevisionAction.RESTORED, read(old), author);
    }

    @Transactional(readOnly = true)
    public List<TextRevision> history(TextSubject subject) {
        return revisions.findByKindAndKeyOrderByNumberDesc(subject.kind(), subject.key());
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
            List<TextRevision> meanwhile = history(subject).stream()
                    .filter(r -> r.getNumber() > seenRevision)
                    .sorted((a, b) -> Integer.compare(a.getNumber(), b.getNumber()))
                    .toList();
            throw new StaleException(current, meanwhile);
        }
    }

    private int record(TextSubject subject, RevisionAction action, Map<String, Map<String, String>> texts,
            String author) {
        TextRevision latest = latest(subject);
        int number = (latest == null ? 0 : latest.getNumber()) + 1;
        revisions.saveAndFlush(new TextRevision(subject, number, action, json.writeValueAsString(texts), author,
                clock.instant()));
        return number;
    }

    private TextRevision latest(TextSubject subject) {
        return revisions.findFirstByKindAndKeyOrderByNumberDesc(subject.kind(), subject.key()).orElse(null);
    }

    private Map<String, Map<String, String>> read(TextRevision revision) {
        return json.readValue(revision.getTexts(), TEXTS);
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
