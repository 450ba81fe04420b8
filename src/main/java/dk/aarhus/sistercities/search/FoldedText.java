package dk.aarhus.sistercities.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * A text and its folded form ({@link Normaliser#fold}), with, for every folded character, the
 * range of the original text it came from. Finds query terms in the folded form and shows them,
 * highlighted, in the original.
 */
public final class FoldedText {

    /** Terms at least this long also match inside a word (Danish compounds: "samarbejde" in "erhvervssamarbejde"). */
    static final int INNER_MATCH_LENGTH = 4;

    private final String original;
    private final String folded;
    private final int[] starts;
    private final int[] ends;
    private final List<Word> words;

    FoldedText(String original, String folded, int[] starts, int[] ends) {
        this.original = original;
        this.folded = folded;
        this.starts = starts;
        this.ends = ends;
        this.words = findWords(folded);
    }

    /** A word of the folded text, from {@code start} (inclusive) to {@code end} (exclusive). */
    public record Word(String text, int start, int end) {
    }

    /** How well a term matches a text: the best of its words. */
    public enum Match {
        NONE(0), INNER(0.5), PREFIX(0.8), EXACT(1);

        private final double factor;

        Match(double factor) {
            this.factor = factor;
        }

        public double factor() {
            return factor;
        }
    }

    public String original() {
        return original;
    }

    public String folded() {
        return folded;
    }

    public List<Word> words() {
        return words;
    }

    public boolean isEmpty() {
        return words.isEmpty();
    }

    /** A word as it was written ("Göteborg" for {@code goteborg}). */
    String originalOf(Word word) {
        return original.substring(starts[word.start()], ends[word.end() - 1]);
    }

    /** The best match of a folded term: a whole word, the start of a word, or (long terms) inside a word. */
    public Match match(String term) {
        Match best = Match.NONE;
        for (Word word : words) {
            if (word.text.equals(term)) {
                return Match.EXACT;
            }
            if (word.text.startsWith(term)) {
                best = Match.PREFIX;
            } else if (best == Match.NONE && term.length() >= INNER_MATCH_LENGTH && word.text.contains(term)) {
                best = Match.INNER;
            }
        }
        return best;
    }

    /** How many of the terms occur in this text. */
    public int matchingTerms(Collection<String> terms) {
        int count = 0;
        for (String term : terms) {
            if (match(term) != Match.NONE) {
                count++;
            }
        }
        return count;
    }

    /** The whole text, cut into plain and matched parts. */
    public List<Segment> segments(Collection<String> terms) {
        return segments(terms, Integer.MAX_VALUE);
    }

    /**
     * The text, or for a long text an excerpt of about {@code maxLength} characters around the first
     * match (cut at word boundaries, with "…" where it is cut), in plain and matched parts.
     */
    public List<Segment> segments(Collection<String> terms, int maxLength) {
        List<int[]> highlights = highlights(terms);
        int from = 0;
        int to = original.length();
        if (original.length() > maxLength) {
            int anchor = highlights.isEmpty() ? 0 : highlights.get(0)[0];
            from = anchor <= maxLength / 3 ? 0 : wordStartAtOrAfter(anchor - maxLength / 3);
            to = Math.min(original.length(), from + maxLength);
            if (to < original.length()) {
                to = wordEndAtOrBefore(to, from);
            }
        }
        List<Segment> segments = new ArrayList<>();
        if (from > 0) {
            segments.add(new Segment("…", false));
        }
        int at = from;
        for (int[] range : highlights) {
            int start = Math.max(range[0], from);
            int end = Math.min(range[1], to);
            if (start >= end) {
                continue;
            }
            if (start > at) {
                segments.add(new Segment(original.substring(at, start), false));
            }
            segments.add(new Segment(original.substring(start, end), true));
            at = end;
        }
        if (at < to) {
            segments.add(new Segment(original.substring(at, to), false));
        }
        if (to < original.length()) {
            segments.add(new Segment("…", false));
        }
        return segments;
    }

    /** The ranges of the original text that match a term, in order and merged where they touch. */
    List<int[]> highlights(Collection<String> terms) {
        boolean[] marked = new boolean[folded.length()];
        for (String term : terms) {
            if (term.isEmpty()) {
                continue;
            }
            for (Word word : words) {
                if (word.text.startsWith(term)) {
                    mark(marked, word.start, word.start + term.length());
                } else if (term.length() >= INNER_MATCH_LENGTH) {
                    int found = word.text.indexOf(term);
                    while (found >= 0) {
                        mark(marked, word.start + found, word.start + found + term.length());
                        found = word.text.indexOf(term, found + 1);
                    }
                }
            }
        }
        List<int[]> ranges = new ArrayList<>();
        int k = 0;
        while (k < marked.length) {
            if (!marked[k]) {
                k++;
                continue;
            }
            int first = k;
            while (k < marked.length && marked[k]) {
                k++;
            }
            int start = starts[first];
            int end = ends[k - 1];
            if (!ranges.isEmpty() && ranges.get(ranges.size() - 1)[1] >= start) {
                ranges.get(ranges.size() - 1)[1] = Math.max(end, ranges.get(ranges.size() - 1)[1]);
            } else {
                ranges.add(new int[] {start, end});
            }
        }
        return ranges;
    }

    private static void mark(boolean[] marked, int from, int to) {
        for (int k = from; k < to; k++) {
            marked[k] = true;
        }
    }

    private int wordStartAtOrAfter(int index) {
        int i = Math.max(0, index);
        if (i == 0 || Character.isWhitespace(original.charAt(i - 1))) {
            return i;
        }
        while (i < original.length() && !Character.isWhitespace(original.charAt(i))) {
            i++;
        }
        while (i < original.length() && Character.isWhitespace(original.charAt(i))) {
            i++;
        }
        return i;
    }

    private int wordEndAtOrBefore(int index, int floor) {
        int i = index;
        while (i > floor && !Character.isWhitespace(original.charAt(i))) {
            i--;
        }
        while (i > floor && Character.isWhitespace(original.charAt(i - 1))) {
            i--;
        }
        return i > floor ? i : index;
    }

    private static List<Word> findWords(String folded) {
        List<Word> found = new ArrayList<>();
        int i = 0;
        while (i < folded.length()) {
            if (folded.charAt(i) == ' ') {
                i++;
                continue;
            }
            int start = i;
            while (i < folded.length() && folded.charAt(i) != ' ') {
                i++;
            }
            found.add(new Word(folded.substring(start, i), start, i));
        }
        return List.copyOf(found);
    }

    @Override
    public String toString() {
        return folded;
    }
}
