package dk.aarhus.sistercities.admin;

import java.util.Collections;
import java.util.List;

/**
 * The form's buttons for results (add, remove, move up, move down) work without JavaScript: they
 * change the rows of the form being edited and show it again; nothing is saved until "Save".
 */
final class ResultRows {

    private ResultRows() {
    }

    /** Applies a row action such as {@code remove-2}; answers false when the action is not one. */
    static boolean apply(CityForm form, String action) {
        if (action == null || action.equals("save")) {
            return false;
        }
        List<CityForm.ResultForm> rows = form.getResults();
        if (action.equals("add-result")) {
            if (rows.size() < CityForm.MAX_RESULTS) {
                rows.add(new CityForm.ResultForm());
            }
            return true;
        }
        int dash = action.lastIndexOf('-');
        int index;
        try {
            index = Integer.parseInt(action.substring(dash + 1));
        } catch (NumberFormatException | StringIndexOutOfBoundsException e) {
            return false;
        }
        if (index < 0 || index >= rows.size()) {
            return true;
        }
        switch (action.substring(0, Math.max(dash, 0))) {
            case "remove-result" -> rows.remove(index);
            case "up-result" -> {
                if (index > 0) {
                    Collections.swap(rows, index, index - 1);
                }
            }
            case "down-result" -> {
                if (index < rows.size() - 1) {
                    Collections.swap(rows, index, index + 1);
                }
            }
            default -> {
                return false;
            }
        }
        return true;
    }
}
