package dk.aarhus.sistercities.admin;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.DeltaType;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Two values of a field compared word by word (Myers' diff from java-diff-utils), for the editors' compare
 * view: each side as runs of text, a run marked when its words were taken out (old side) or put in (new
 * side). Spaces and line breaks are kept as they were, so a text reads as written.
 */
final class Words {

    /** A stretch of one side: its text, and whether it changed. */
    record Run(String text, boolean changed) {
    }

    /** Both sides as runs. */
    record Sides(List<Run> before, List<Run> after) {
    }

    /** A word, or the spaces between two words. */
    private static final Pattern TOKEN = Pattern.compile("\\s+|[^\\s]+");

    private Words() {
    }

    static Sides between(String before, String after) {
        List<String> old = tokens(before);
        List<String> now = tokens(after);
        boolean[] taken = new boolean[old.size()];
        boolean[] put = new boolean[now.size()];
        for (AbstractDelta<String> delta : DiffUtils.diff(old, now).getDeltas()) {
            if (delta.getType() == DeltaType.DELETE || delta.getType() == DeltaType.CHANGE) {
                mark(taken, delta.getSource().getPosition(), delta.getSource().size());
            }
            if (delta.getType() == DeltaType.INSERT || delta.getType() == DeltaType.CHANGE) {
                mark(put, delta.getTarget().getPosition(), delta.getTarget().size());
            }
        }
        return new Sides(runs(old, taken), runs(now, put));
    }

    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        if (text != null) {
            Matcher matcher = TOKEN.matcher(text);
            while (matcher.find()) {
                tokens.add(matcher.group());
            }
        }
        return tokens;
    }

    private static void mark(boolean[] marks, int from, int count) {
        for (int i = from; i < from + count; i++) {
            marks[i] = true;
        }
    }

    /**
     * Joins tokens into runs; spaces between two changed words belong to the change, so that "removed: two
     * words" is read as one, while spaces at a change's edge stay unmarked.
     */
    private static List<Run> runs(List<String> tokens, boolean[] changed) {
        for (int i = 1; i < tokens.size() - 1; i++) {
            if (!changed[i] && tokens.get(i).isBlank() && changed[i - 1] && changed[i + 1]) {
                changed[i] = true;
            }
        }
        for (int i = 0; i < tokens.size(); i++) {
            boolean edge = (i == 0 || !changed[i - 1]) || (i == tokens.size() - 1 || !changed[i + 1]);
            if (changed[i] && tokens.get(i).isBlank() && edge) {
                changed[i] = false;
            }
        }
        List<Run> runs = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < tokens.size(); i++) {
            if (i > 0 && changed[i] != changed[i - 1]) {
                runs.add(new Run(text.toString(), changed[i - 1]));
                text.setLength(0);
            }
            text.append(tokens.get(i));
        }
        if (!text.isEmpty()) {
            runs.add(new Run(text.toString(), changed[tokens.size() - 1]));
        }
        return runs;
    }
}
