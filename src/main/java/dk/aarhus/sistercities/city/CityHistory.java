package dk.aarhus.sistercities.city;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes and reads a city's revisions. Every change an editor makes goes through
 * {@link #record}, which stores the whole city as it now is and moves the draft and published
 * pointers; the newest revision is the draft.
 */
@Service
public class CityHistory {

    private final CityRevisionRepository revisions;
    private final JsonMapper json;
    private final Clock clock;

    CityHistory(CityRevisionRepository revisions, JsonMapper json, Clock clock) {
        this.revisions = revisions;
        this.json = json;
        this.clock = clock;
    }

    @Transactional
    public CityRevision record(City city, RevisionAction action, CityContent snapshot, String author) {
        int number = (city.getDraftRevision() == null ? 0 : city.getDraftRevision()) + 1;
        Instant now = clock.instant();
        CityRevision revision = revisions.save(new CityRevision(city.getId(), number, action,
                json.writeValueAsString(snapshot), author, now));
        Integer published = switch (action) {
            case PUBLISHED -> number;
            case UNPUBLISHED, DELETED -> null;
            default -> city.getPublishedRevision();
        };
        city.setRevisions(number, published);
        city.markUpdated(author, now);
        return revision;
    }

    public CityContent content(CityRevision revision) {
        JsonNode snapshot = json.readTree(revision.getSnapshot());
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
    public Optional<CityRevision> revision(City city, int number) {
        return revisions.findByCityIdAndNumber(city.getId(), number);
    }

    @Transactional(readOnly = true)
    public List<CityRevision> revisions(City city) {
        return revisions.findByCityIdOrderByNumberDesc(city.getId());
    }

    /** The latest publications of any city, newest first, with the city as it was published. */
    @Transactional(readOnly = true)
    public List<Publication> latestPublications() {
        return revisions.findTop30ByActionOrderByCreatedAtDesc(RevisionAction.PUBLISHED).stream()
                .map(r -> new Publication(content(r), r.getCreatedAt()))
                .toList();
    }

    public record Publication(CityContent content, Instant at) {
    }

    /** The revisions made after {@code number}, oldest first. */
    @Transactional(readOnly = true)
    public List<CityRevision> since(City city, int number) {
        return revisions.findByCityIdAndNumberGreaterThanOrderByNumber(city.getId(), number);
    }
}
