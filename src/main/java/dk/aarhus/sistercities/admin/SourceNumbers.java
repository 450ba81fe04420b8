package dk.aarhus.sistercities.admin;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A fact's sources as the editor types them: the numbers of the city's sources, e.g. "1, 3".
 * {@link #PATTERN} is the form's rule; {@link #parse} reads what passed it.
 */
final class SourceNumbers {

    static final String PATTERN = "\\s*(\\d{1,2}\\s*(,\\s*\\d{1,2}\\s*)*)?";

    private SourceNumbers() {
    }

    static List<Integer> parse(String text) {
        if (text == null || text.isBlank() || !text.matches(PATTERN)) {
            return List.of();
        }
        return Arrays.stream(text.split(",")).map(String::strip).map(Integer::valueOf).distinct().toList();
    }

    static String format(List<Integer> numbers) {
        return numbers == null || numbers.isEmpty() ? null
                : numbers.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }
}
