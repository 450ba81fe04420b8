package dk.aarhus.sistercities.admin;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.IntUnaryOperator;
import java.util.function.Supplier;

/**
 * The form's buttons for results, history steps and sources (add, remove, move up, move down) work
 * without JavaScript: they change the rows of the form being edited and show it again; nothing is
 * saved until "Save". Moving or removing a source renumbers the facts that cite it, so every number
 * keeps naming the same source.
 */
final class FormRows {

    private FormRows() {
    }

    /** A row action parsed: {@code remove-source-2} is verb "remove", kind "source", index 2. */
    private record Action(String verb, String kind, int index) {

        static Action parse(String action) {
            int dash = action.lastIndexOf('-');
            int first = action.indexOf('-');
            if (dash < 0 || first == dash) {
                return null;
            }
            try {
                return new Action(action.substring(0, first), action.substring(first + 1, dash),
                        Integer.parseInt(action.substring(dash + 1)));
            } catch (NumberFormatException e) {
                return null;
            }
        }
    }

    /**
     * Applies a row action such as {@code add-source} or {@code remove-result-2} to the results,
     * history steps or sources; answers false when the action is not one.
     */
    static boolean apply(CityForm form, String action) {
        if (action == null || action.equals("save")) {
            return false;
        }
        switch (action) {
            case "add-result" -> add(form.getResults(), CityForm.MAX_RESULTS, ResultForm::new);
            case "add-milestone" -> add(form.getMilestones(), CityForm.MAX_MILESTONES, MilestoneForm::new);
            case "add-source" -> add(form.getSources(), CityForm.MAX_SOURCES, SourceForm::new);
            default -> {
                Action parsed = Action.parse(action);
                if (parsed == null) {
                    return false;
                }
                return switch (parsed.kind()) {
                    case "result" -> move(form.getResults(), parsed) != null;
                    case "milestone" -> move(form.getMilestones(), parsed) != null;
                    case "source" -> {
                        IntUnaryOperator renumbered = move(form.getSources(), parsed);
                        if (renumbered != null) {
                            renumberCitations(form, renumbered);
                        }
                        yield renumbered != null;
                    }
                    default -> false;
                };
            }
        }
        return true;
    }

    private static <T> void add(List<T> rows, int max, Supplier<T> empty) {
        if (rows.size() < max) {
            rows.add(empty.get());
        }
    }

    /**
     * Removes or moves a row; answers what became of each row's number (1-based; 0: removed), or null
     * when the verb is not one. An index outside the rows changes nothing.
     */
    private static IntUnaryOperator move(List<?> rows, Action action) {
        int i = action.index();
        int n = i + 1;
        boolean inside = i >= 0 && i < rows.size();
        switch (action.verb()) {
            case "remove" -> {
                if (!inside) {
                    return IntUnaryOperator.identity();
                }
                rows.remove(i);
                return k -> k == n ? 0 : k > n ? k - 1 : k;
            }
            case "up" -> {
                if (!inside || i == 0) {
                    return IntUnaryOperator.identity();
                }
                Collections.swap(rows, i, i - 1);
                return k -> k == n ? n - 1 : k == n - 1 ? n : k;
            }
            case "down" -> {
                if (!inside || i == rows.size() - 1) {
                    return IntUnaryOperator.identity();
                }
                Collections.swap(rows, i, i + 1);
                return k -> k == n ? n + 1 : k == n + 1 ? n : k;
            }
            default -> {
                return null;
            }
        }
    }

    /** Rewrites every citation in the form; text that is not a list of numbers is left for validation. */
    private static void renumberCitations(CityForm form, IntUnaryOperator renumbered) {
        form.setStatusSources(renumber(form.getStatusSources(), renumbered));
        form.setSinceSources(renumber(form.getSinceSources(), renumbered));
        form.getResults().forEach(r -> r.setSources(renumber(r.getSources(), renumbered)));
        form.getMilestones().forEach(m -> m.setSources(renumber(m.getSources(), renumbered)));
    }

    private static String renumber(String citations, IntUnaryOperator renumbered) {
        if (citations == null || citations.isBlank() || !citations.matches(SourceNumbers.PATTERN)) {
            return citations;
        }
        List<Integer> numbers = new ArrayList<>();
        for (int number : SourceNumbers.parse(citations)) {
            int now = renumbered.applyAsInt(number);
            if (now > 0) {
                numbers.add(now);
            }
        }
        return SourceNumbers.format(numbers.stream().sorted().toList());
    }
}
