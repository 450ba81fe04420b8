package dk.aarhus.sistercities.city;

import java.util.List;
import java.util.Map;

/**
 * A dated step in a partnership's history (an agreement, a decision, an end), with its sources.
 * {@code date} orders the steps ({@code yyyy}, {@code yyyy-MM} or {@code yyyy-MM-dd}); a text's
 * {@code when} replaces the shown date where the source is vaguer ("the early 1960s").
 */
public record Milestone(String date, List<Integer> sources, Map<String, Texts> texts) {

    public Milestone {
        sources = sources == null ? List.of() : List.copyOf(sources);
        texts = texts == null ? Map.of() : Map.copyOf(texts);
    }

    public record Texts(String when, String text) {
    }
}
