package dk.aarhus.sistercities.admin;

import dk.aarhus.sistercities.city.City;
import dk.aarhus.sistercities.city.CityContent;
import dk.aarhus.sistercities.city.CityHistory;
import dk.aarhus.sistercities.city.CityRepository;
import dk.aarhus.sistercities.city.PartnershipType;
import dk.aarhus.sistercities.city.PartnershipTypeRepository;
import dk.aarhus.sistercities.content.PublishedContentChanged;
import dk.aarhus.sistercities.revision.Revision;
import dk.aarhus.sistercities.revision.RevisionAction;
import java.util.List;
import java.util.Objects;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * Everything editors do to a city, each in one transaction: save a draft, publish, unpublish,
 * delete, restore. Each step writes a revision. A step taken on a state the editor has not seen
 * (another editor moved the draft on) is refused, so no one overwrites anyone silently.
 */
@Service
public class CityEditor {

    private final CityRepository cities;
    private final PartnershipTypeRepository types;
    private final CityHistory history;
    private final ApplicationEventPublisher events;
    private final CityCompleteness completeness;

    CityEditor(CityRepository cities, PartnershipTypeRepository types, CityHistory history,
            ApplicationEventPublisher events, CityCompleteness completeness) {
        this.completeness = completeness;
        this.cities = cities;
        this.types = types;
        this.history = history;
        this.events = events;
    }

    /** A city went public, or its public page changed. */
    public record CityPublished(String slug, String author) implements PublishedContentChanged {
        public String subject() {
            return slug;
        }
    }

    /** A city's page was taken off the site; its draft stays. */
    public record CityUnpublished(String slug, String author) implements PublishedContentChanged {
        public String subject() {
            return slug;
        }
    }

    /** A city was deleted (its history stays, and it can be restored). */
    public record CityDeleted(String slug, String author) implements PublishedContentChanged {
        public String subject() {
            return slug;
        }
    }

    /** An older revision of a city became its draft again. */
    public record CityRestored(String slug, int revision, String author) implements PublishedContentChanged {
        public String subject() {
            return slug + " #" + revision;
        }
    }

    /** A save or action refused because the draft moved on since the editor saw it. */
    public record Conflict(CityContent current, int currentRevision, List<Revision> meanwhile,
            List<ContentDiff.Change> theirChanges) {
    }

    public static final class StaleException extends RuntimeException {
        private final transient Conflict conflict;

        StaleException(Conflict conflict) {
            super("The city changed since the editor saw it", null, false, false);
            this.conflict = conflict;
        }

        public Conflict conflict() {
            return conflict;
        }
    }

    /**
     * A draft that may be saved but not published: a required field is empty, or a fact cites no source
     * ({@link CityCompleteness#forPublish} says which).
     */
    public static final class IncompleteException extends RuntimeException {
        IncompleteException() {
            super("The draft is not complete", null, false, false);
        }
    }

    /** Another city already has this slug. */
    public static final class SlugTakenException extends RuntimeException {
        SlugTakenException() {
            super("Slug taken", null, false, false);
        }
    }

    /**
     * A new city, as a draft that may be incomplete. Its row in the tables citizens are served from holds only
     * what the database requires (the address; the type and country code as far as the draft has them, the
     * first type and an empty code while it has none); publishing fills it in from the draft.
     */
    @Transactional
    public long create(CityContent content, String author) {
        PartnershipType type = content.type() == null ? types.findAllWithTexts().stream().findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST)) : type(content.type());
        if (cities.findBySlug(content.slug()).isPresent()) {
            throw new SlugTakenException();
        }
        City city = new City(content.slug(), content.countryCode() == null ? "" : content.countryCode(), type);
        city.setSortOrder(content.position());
        city.setPublished(false);
        city = cities.save(city);
        history.record(city, RevisionAction.CREATED, content.withPublished(false), author);
        return city.getId();
    }

    @Transactional
    public int save(long id, int baseRevision, CityContent content, String author) {
        City city = city(id);
        checkSeen(city, baseRevision);
        if (content.type() != null) {
            type(content.type());
        }
        cities.findBySlug(content.slug()).filter(other -> !other.getId().equals(city.getId())).ifPresent(other -> {
            throw new SlugTakenException();
        });
        return history.record(city, RevisionAction.SAVED, content.withPublished(city.isPublished()), author).getNumber();
    }

    @Transactional
    public void publish(long id, int seenRevision, String author) {
        City city = city(id);
        checkSeen(city, seenRevision);
        CityContent draft = history.draft(city);
        cities.findBySlug(draft.slug()).filter(other -> !other.getId().equals(city.getId())).ifPresent(other -> {
            throw new SlugTakenException();
        });
        if (!completeness.publishable(draft)) {
            throw new IncompleteException();
        }
        city.apply(draft, type(draft.type()));
        city.setPublished(true);
        history.record(city, RevisionAction.PUBLISHED, draft.withPublished(true), author);
        events.publishEvent(new CityPublished(draft.slug(), author));
    }

    @Transactional
    public void unpublish(long id, int seenRevision, String author) {
        City city = city(id);
        checkSeen(city, seenRevision);
        city.setPublished(false);
        CityContent draft = history.draft(city);
        history.record(city, RevisionAction.UNPUBLISHED, draft.withPublished(false), author);
        events.publishEvent(new CityUnpublished(draft.slug(), author));
    }

    @Transactional
    public void delete(long id, int seenRevision, String author) {
        City city = city(id);
        checkSeen(city, seenRevision);
        city.setPublished(false);
        city.setDeleted(true);
        CityContent draft = history.draft(city);
        history.record(city, RevisionAction.DELETED, draft.withPublished(false), author);
        events.publishEvent(new CityDeleted(draft.slug(), author));
    }

    /** Makes an older revision the new draft; a deleted city comes back, unpublished. */
    @Transactional
    public void restore(long id, int number, String author) {
        City city = cities.findById(id).orElseThrow(CityEditor::notFound);
        Revision revision = history.revision(city, number).orElseThrow(CityEditor::notFound);
        city.setDeleted(false);
        CityContent content = history.content(revision);
        history.restored(city, number, content.withPublished(city.isPublished()), author);
        events.publishEvent(new CityRestored(content.slug(), number, author));
    }

    private void checkSeen(City city, int seenRevision) {
        if (!Objects.equals(city.getDraftRevision(), seenRevision)) {
            throw new StaleException(conflict(city, seenRevision));
        }
    }

    /** What happened since {@code seenRevision}: who did what, and the current draft. */
    @Transactional(readOnly = true)
    public Conflict conflict(City city, int seenRevision) {
        CityContent current = history.draft(city);
        CityContent seen = history.revision(city, seenRevision).map(history::content).orElse(current);
        return new Conflict(current, city.getDraftRevision(), history.since(city, seenRevision),
                ContentDiff.between(seen, current));
    }

    /** A city that is not deleted; 404 otherwise. */
    City city(long id) {
        City city = cities.findById(id).orElseThrow(CityEditor::notFound);
        if (city.isDeleted()) {
            throw notFound();
        }
        return city;
    }

    private PartnershipType type(String code) {
        return types.findByCode(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST));
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
