package dk.aarhus.sistercities.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * For a query that finds nothing: each of its words that occurs nowhere replaced by the nearest word of the
 * published texts ("bergn" by "Bergen", "gotebrg" by "Göteborg", see {@link Spelling}), if that query finds
 * something. Made with the documents of a language, once per content generation; only a query that found nothing
 * asks it.
 */
final class Suggestions {

    private final List<SearchDocument> documents;
    /** Every folded word of the documents, to how it was first written (names come first in a document). */
    private final Map<String, String> words;

    Suggestions(List<SearchDocument> documents) {
        this.documents = documents;
        Map<String, String> found = new HashMap<>();
        for (SearchDocument document : documents) {
            for (List<FoldedText> texts : document.fields().values()) {
                for (FoldedText text : texts) {
                    for (FoldedText.Word word : text.words()) {
                        found.putIfAbsent(word.text(), text.originalOf(word));
                    }
                }
            }
        }
        this.words = Map.copyOf(found);
    }

    /** The query to suggest for the folded {@code terms}, as the site writes its words; empty when there is none. */
    Optional<String> of(List<String> terms) {
        List<String> suggested = new ArrayList<>();
        List<String> shown = new ArrayList<>();
        boolean changed = false;
        for (String term : terms) {
            if (documents.stream().anyMatch(document -> document.mayMatch(List.of(term)))) {
                suggested.add(term);
                shown.add(words.getOrDefault(term, term));
                continue;
            }
            Optional<String> nearest = Spelling.nearest(term, words.keySet());
            if (nearest.isEmpty()) {
                return Optional.empty();
            }
            suggested.add(nearest.get());
            shown.add(words.get(nearest.get()));
            changed = true;
        }
        boolean finds = changed && documents.stream()
                .anyMatch(document -> document.mayMatch(suggested) && document.score(suggested) > 0);
        return finds ? Optional.of(String.join(" ", shown)) : Optional.empty();
    }
}
