package dk.aarhus.sistercities.search;

import java.util.Collection;
import java.util.Optional;

/**
 * The word nearest to a misspelt one: the fewest letters added, left out, changed or two neighbours swapped
 * (the optimal string alignment distance). At most one such edit in words of four or five letters, two in longer
 * ones; shorter words, and words with a digit, get none (too many words are one letter from a short one, and a
 * year is not misspelt). Ties go to the shorter word, then alphabetically, so the same query always gets the same
 * suggestion.
 */
final class Spelling {

    static final int SHORTEST = 4;

    private Spelling() {
    }

    static Optional<String> nearest(String word, Collection<String> words) {
        if (word.length() < SHORTEST || !word.chars().allMatch(Character::isLetter)) {
            return Optional.empty(); // a year or a number is not misspelt
        }
        int allowed = word.length() >= 6 ? 2 : 1;
        String best = null;
        int bestDistance = allowed + 1;
        for (String candidate : words) {
            if (Math.abs(candidate.length() - word.length()) > allowed || candidate.length() < SHORTEST) {
                continue;
            }
            int distance = distance(word, candidate, bestDistance);
            if (distance < bestDistance || distance == bestDistance && best != null && isBefore(candidate, best)) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return bestDistance <= allowed ? Optional.of(best) : Optional.empty();
    }

    private static boolean isBefore(String candidate, String best) {
        return candidate.length() < best.length()
                || candidate.length() == best.length() && candidate.compareTo(best) < 0;
    }

    /** The distance, or anything above {@code limit} once it is sure to exceed it. */
    static int distance(String a, String b, int limit) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            int rowMinimum = Integer.MAX_VALUE;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int value = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    value = Math.min(value, d[i - 2][j - 2] + 1);
                }
                d[i][j] = value;
                rowMinimum = Math.min(rowMinimum, value);
            }
            if (rowMinimum > limit) {
                return limit + 1;
            }
        }
        return d[a.length()][b.length()];
    }
}
