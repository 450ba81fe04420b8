package dk.aarhus.sistercities.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Folds text for searching, so that case, accents and the Nordic letters do not matter:
 * "Göteborg", "goteborg" and "gøteborg" all become {@code goteborg}; "Århus", "Aarhus" and
 * "arhus" all become {@code arhus}.
 * <p>
 * The rules, applied to every character:
 * <ol>
 * <li>lower case ({@link Locale#ROOT}), then Unicode NFD, then the combining marks are dropped
 * (ö → o, ä → a, ü → u, é → e, å → a);</li>
 * <li>letters that do not decompose are spelled out: æ → ae, ø → o, œ → oe, ß → ss, ð → d, þ → th,
 * đ → d, ł → l, ı → i;</li>
 * <li>"aa" becomes "a", so the old Danish spelling of å matches both å and a plain a;</li>
 * <li>anything that is not a letter or digit separates words.</li>
 * </ol>
 * Text and query are folded alike. {@link #fold} also remembers where every folded character came
 * from, so a match can be highlighted in the original text.
 */
public final class Normaliser {

    private Normaliser() {
    }

    /** The folded form, with one space for every character that separates words. */
    public static String normalise(String text) {
        return fold(text).folded();
    }

    /** The distinct words of a query, folded; empty when it has no letter or digit. */
    public static List<String> terms(String query) {
        Set<String> terms = new LinkedHashSet<>();
        FoldedText folded = fold(query);
        for (FoldedText.Word word : folded.words()) {
            terms.add(word.text());
        }
        return List.copyOf(terms);
    }

    /** Folds the text and keeps, for every folded character, the range of the original it came from. */
    public static FoldedText fold(String text) {
        if (text == null || text.isEmpty()) {
            return new FoldedText("", "", new int[0], new int[0]);
        }
        StringBuilder folded = new StringBuilder(text.length());
        List<int[]> sources = new ArrayList<>(text.length());
        int i = 0;
        while (i < text.length()) {
            int codePoint = text.codePointAt(i);
            int end = i + Character.charCount(codePoint);
            String replacement = foldCodePoint(codePoint);
            if (replacement.isEmpty()) {
                // A lone combining mark (text typed in decomposed form): it belongs to the letter before it.
                if (!sources.isEmpty()) {
                    sources.get(sources.size() - 1)[1] = end;
                }
            }
            for (int k = 0; k < replacement.length(); k++) {
                char c = replacement.charAt(k);
                if (!Character.isLetterOrDigit(c)) {
                    c = ' ';
                }
                int last = folded.length() - 1;
                if (c == 'a' && last >= 0 && folded.charAt(last) == 'a') {
                    sources.get(last)[1] = end;
                    continue;
                }
                folded.append(c);
                sources.add(new int[] {i, end});
            }
            i = end;
        }
        int[] starts = new int[sources.size()];
        int[] ends = new int[sources.size()];
        for (int k = 0; k < sources.size(); k++) {
            starts[k] = sources.get(k)[0];
            ends[k] = sources.get(k)[1];
        }
        return new FoldedText(text, folded.toString(), starts, ends);
    }

    private static String foldCodePoint(int codePoint) {
        switch (codePoint) {
            case 'æ', 'Æ':
                return "ae";
            case 'ø', 'Ø':
                return "o";
            case 'œ', 'Œ':
                return "oe";
            case 'ß', 'ẞ':
                return "ss";
            case 'ð', 'Ð', 'đ', 'Đ':
                return "d";
            case 'þ', 'Þ':
                return "th";
            case 'ł', 'Ł':
                return "l";
            case 'ı':
                return "i";
            default:
                break;
        }
        if (codePoint < 0x80) {
            return Character.isLetterOrDigit(codePoint)
                    ? String.valueOf((char) Character.toLowerCase(codePoint))
                    : " ";
        }
        String lower = new String(Character.toChars(codePoint)).toLowerCase(Locale.ROOT);
        String decomposed = Normalizer.normalize(lower, Normalizer.Form.NFD);
        StringBuilder kept = new StringBuilder(decomposed.length());
        decomposed.codePoints().forEach(c -> {
            int type = Character.getType(c);
            boolean mark = type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                    || type == Character.ENCLOSING_MARK;
            if (!mark) {
                kept.appendCodePoint(c);
            }
        });
        if (kept.length() == 1 && !Character.isLetterOrDigit(kept.charAt(0))) {
            return " ";
        }
        if (kept.length() > 1 && Character.isSurrogate(kept.charAt(0))) {
            // A letter outside the Basic Multilingual Plane: not a word character here.
            return " ";
        }
        return kept.toString();
    }
}
