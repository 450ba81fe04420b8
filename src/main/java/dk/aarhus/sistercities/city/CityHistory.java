package dk.aarhus.sistercities.city;

import dk.aarhus.sistercities.revision.Revision;
import dk.aarhus.sistercities.revision.RevisionAction;
import dk.aarhus.sistercities.revision.RevisionSubject;
import dk.aarhus.sistercities.revision.Revisions;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A city's revisions, in the one revision store ({@link Revisions}): every change an editor makes goes
 * through {@link #record}, which stores the whole city as it now is and copies the store's draft and
 * published numbers onto the city.
 */
@Service
public class CityHistory {

    /** The kind of a city's revisions; their key is the city's id. */
    static final String KIND = "CITY";

    private final Revisions revisions;
    private final JsonMapper json;

    CityHistory(Revisions revisions, JsonMapper json) {
        this.revisions = revisions;
        this.json = json;
    }

    static RevisionSubject subject(long cityId) {
        return new RevisionSubject(KIND, Long.toString(cityId));
    }

    @Transactional
    public Revision record(City city, RevisionAction action, CityContent snapshot, String author) {
        return record(city, action, snapshot, author, null);
    }

    /** Records a restore of revision {@code from} as the city's new draft. */
    @Transactional
    public Revision restored(City city, int from, CityContent snapshot, String author) {
        return record(city, RevisionAction.RESTORED, snapshot, author, from);
    }

    private Revision record(City city, RevisionAction action, CityContent snapshot, String author, Integer from) {
        RevisionSubject subject = subject(city.getId());
        String content = json.writeValueAsString(snapshot);
        Revision revision = from == null ? revisions.record(subject, action, content, author)
                : revisions.restored(subject, from, content, author);
        city.setRevisions(revision.getNumber(), revisions.published(subject).map(Revision::getNumber).orElse(null));
        city.markUpdated(author, revision.getCreatedAt());
        return revision;
    }

    /** A revision's city, also one written by an earlier release ({@link LegacyContent}). */
    public CityContent content(Revision revision) {
        JsonNode snapshot = json.readTree(revision.getContent());
        LegacyContent.upgradeCity(snapshot);
        return json.treeToValue(snapshot, CityContent.class);
    }

    /** What editors work on: the newest revision, or the city itself if it has no history yet. */
    @Transactional(readOnly = true)
    public CityContent draft(City city) {
        if (city.getDraftRevision() == null) {
            return city.content();
        }
        return revision(city, city.getDraftRevision()).map(this::content).orElseGet(city::content);
    }

    @Transactional(readOnly = true)
    public Optional<Revision> revision(City city, int number) {
        return revisions.revision(subject(city.getId()), number);
    }

    @Transactional(readOnly = true)
    public List<Revision> revisions(City city) {
        return revisions.history(subject(city.getId()));
    }

    /** The revisions made after {@code number}, oldest first. */
    @Transactional(readOnly = true)
    public List<Revision> since(City city, int number) {
        return revisions.since(subject(city.getId()), number);
    }

    /** Every city's newest revision, by the city's id. */
    @Transactional(readOnly = true)
    public List<Draft> drafts() {
        return revisions.latestOfEvery(KIND).stream()
                .map(r -> new Draft(Long.parseLong(r.getSubject().key()), r))
                .toList();
    }

    public record Draft(long cityId, Revision revision) {
    }
}
