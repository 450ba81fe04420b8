package dk.aarhus.sistercities.admin;

import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;

/**
 * The form's buttons for results, milestones and sources (add, remove, move up, move down) work
 * without JavaScript: they
 * change the rows of the form being edited and show it again; nothing is saved until "Save".
 */
final class ResultRows {

    private ResultRows() {
    }

    /**
     * Applies a row action such as {@code add-source} or {@code remove-result-2} to the results,
     * milestones or sources; answers false when the action is not one.
     */
    static boolean apply(CityForm form, String action) {
        if (action == null || action.equals("save")) {
            return false;
        }
        return rows(form.getResults(), "result", CityForm.MAX_RESULTS, CityForm.ResultForm::new, action)
                || rows(form.getMilestones(), "milestone", CityForm.MAX_MILESTONES, MilestoneForm::new, action)
                || rows(form.getSources(), "source", CityForm.MAX_SOURCES, SourceForm::new, action);
    }

    private static <T> boolean rows(List<T> rows, String kind, int max, Supplier<T> empty, String action) {
        if (action.equals("add-" + kind)) {
            if (rows.size() < max) {
                rows.add(empty.get());
            }
            return true;
        }
        int dash = action.lastIndexOf('-');
        if (dash < 0 || !action.substring(0, dash).endsWith("-" + kind)) {
            return false;
        }
        int index;
        try {
            index = Integer.parseInt(action.substring(dash + 1));
        } catch (NumberFormatException e) {
            return false;
        }
        if (index < 0 || index >= rows.size()) {
            return true;
        }
        String verb = action.substring(0, dash - kind.length() - 1);
        if (verb.equals("remove")) {
            rows.remove(index);
        } else if (verb.equals("up") && index > 0) {
            Collections.swap(rows, index, index - 1);
        } else if (verb.equals("down") && index < rows.size() - 1) {
            Collections.swap(rows, index, index + 1);
        } else if (!verb.equals("up") && !verb.equals("down")) {
            return false;
        }
        return true;
    }
}
