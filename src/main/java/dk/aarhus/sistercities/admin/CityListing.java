package dk.aarhus.sistercities.admin;

import dk.aarhus.sistercities.city.City;
import dk.aarhus.sistercities.city.CityContent;
import dk.aarhus.sistercities.city.CityHistory;
import dk.aarhus.sistercities.city.CityRepository;
import dk.aarhus.sistercities.content.Language;
import dk.aarhus.sistercities.content.Localized;
import dk.aarhus.sistercities.revision.Revision;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The editors' list of cities, read from each city's draft. */
@Service
@Transactional(readOnly = true)
public class CityListing {

    public enum State { DRAFT, PUBLISHED, CHANGED }

    /**
     * A city as the list shows it; {@code type}, {@code status} and {@code names} (every language's name and
     * the slug) are what the list's filters look at.
     */
    public record Row(long id, String name, String slug, State state, String updatedBy, Instant updatedAt,
            int position, String type, String status, String names) {
    }

    private final CityRepository cities;
    private final CityHistory history;

    CityListing(CityRepository cities, CityHistory history) {
        this.cities = cities;
        this.history = history;
    }

    public List<Row> rows(Language language, boolean deleted) {
        Map<Long, Revision> drafts = history.drafts().stream()
                .collect(Collectors.toMap(CityHistory.Draft::cityId, CityHistory.Draft::revision));
        return cities.findAll().stream()
                .filter(c -> c.isDeleted() == deleted)
                .map(c -> row(c, drafts.get(c.getId()), language))
                .sorted(Comparator.comparingInt(Row::position).thenComparing(Row::slug))
                .toList();
    }

    private Row row(City city, Revision draftRevision, Language language) {
        CityContent draft = draftRevision == null ? city.content() : history.content(draftRevision);
        CityContent.Texts texts = Localized.pick(draft.texts(), language);
        // A draft may have no name yet: its address stands in.
        String name = texts == null || texts.name() == null || texts.name().isBlank() ? draft.slug() : texts.name();
        StringBuilder names = new StringBuilder(String.valueOf(draft.slug()));
        draft.texts().values().forEach(t -> names.append(' ').append(t.name()));
        return new Row(city.getId(), name, draft.slug(), state(city),
                city.getUpdatedBy(), city.getUpdatedAt(), draft.position(), draft.type(),
                draft.status() == null ? null : draft.status().name(), names.toString());
    }

    static State state(City city) {
        if (!city.isPublished()) {
            return State.DRAFT;
        }
        return city.getDraftRevision() != null && !city.getDraftRevision().equals(city.getPublishedRevision())
                ? State.CHANGED : State.PUBLISHED;
    }
}
