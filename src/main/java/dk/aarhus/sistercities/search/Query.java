package dk.aarhus.sistercities.search;

import java.util.List;

/**
 * What a visitor searched for.
 *
 * @param text      the query as it is shown back: at most {@link #MAX_LENGTH} characters, control
 *                  characters replaced by spaces, invisible formatting characters left out, trimmed
 * @param terms     its distinct words, folded ({@link Normaliser}); empty when it has no letter or digit
 * @param truncated true when the visitor's query was longer and only its beginning was searched for
 */
public record Query(String text, List<String> terms, boolean truncated) {

    /** The longest query searched for; the search fields say so with {@code maxlength}. */
    public static final int MAX_LENGTH = 100;

    /** More words than this are not searched for: no real query has them. */
    static final int MAX_TERMS = 20;

    public Query {
        terms = List.copyOf(terms);
    }

    public static Query of(String raw) {
        if (raw == null) {
            return new Query("", List.of(), false);
        }
        String text = raw;
        boolean truncated = false;
        if (text.codePointCount(0, text.length()) > MAX_LENGTH) {
            text = text.substring(0, text.offsetByCodePoints(0, MAX_LENGTH));
            truncated = true;
        }
        StringBuilder clean = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (Character.isISOControl(c)) {
                clean.append(' ');
            } else if (Character.getType(c) != Character.FORMAT) {
                // Invisible formatting characters (e.g. a right-to-left override) are left out.
                clean.appendCodePoint(c);
            }
        });
        text = clean.toString().strip();
        List<String> terms = Normaliser.terms(text);
        if (terms.size() > MAX_TERMS) {
            terms = terms.subList(0, MAX_TERMS);
        }
        return new Query(text, terms, truncated);
    }

    /** True when there is nothing to search for: no query, or only spaces and punctuation. */
    public boolean isEmpty() {
        return terms.isEmpty();
    }
}
