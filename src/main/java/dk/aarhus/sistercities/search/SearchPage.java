package dk.aarhus.sistercities.search;

import dk.aarhus.sistercities.city.CityCard;
import java.util.List;

/**
 * The search page: the query, and either what it found, or, before anything is searched for,
 * every city.
 *
 * @param cities every published city, shown when there is nothing to search for; else empty
 * @param suggestion when nothing was found, a query like it that finds something ("bergen" for "bergn"); else null
 */
public record SearchPage(Query query, State state, List<SearchHit> hits, List<CityCard> cities, String suggestion) {

    public enum State {
        /** Nothing searched for yet, or only spaces and punctuation: what can be searched for, and every city. */
        EMPTY,
        /** Something found. */
        RESULTS,
        /** Nothing found: say so and suggest what to do. */
        NONE
    }

    static SearchPage empty(Query query, List<CityCard> cities) {
        return new SearchPage(query, State.EMPTY, List.of(), cities, null);
    }

    static SearchPage found(Query query, List<SearchHit> hits) {
        return found(query, hits, null);
    }

    static SearchPage found(Query query, List<SearchHit> hits, String suggestion) {
        return new SearchPage(query, hits.isEmpty() ? State.NONE : State.RESULTS, hits, List.of(),
                hits.isEmpty() ? suggestion : null);
    }

    public boolean isEmpty() {
        return state == State.EMPTY;
    }

    public boolean hasResults() {
        return state == State.RESULTS;
    }

    public boolean hasNoResults() {
        return state == State.NONE;
    }
}
