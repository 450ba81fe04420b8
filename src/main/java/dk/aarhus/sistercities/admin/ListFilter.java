package dk.aarhus.sistercities.admin;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.ui.Model;

/**
 * The filters of an editors' list ({@code /admin}, {@code /admin/pages}, {@code /admin/activities}), read from
 * the address (a GET form, no script): a text, matched ignoring case and accents, and choices among known
 * values. Input is bounded: the text is cut at {@link #MAX_TEXT} characters, and a choice that names nothing
 * known is ignored and said so, never an error.
 */
final class ListFilter {

    static final int MAX_TEXT = 100;
    /** The states of what has drafts (pages, activities), as a filter names them. */
    static final List<String> STATES = List.of("draft", "published", "changed");
    private static final int MAX_SHOWN_VALUE = 40;

    private final String text;
    private final String foldedText;
    private final Map<String, String> choices = new LinkedHashMap<>();
    private final List<String> ignored = new ArrayList<>();

    ListFilter(String text) {
        String trimmed = text == null ? "" : text.strip();
        this.text = trimmed.isEmpty() ? null : trimmed.substring(0, Math.min(trimmed.length(), MAX_TEXT));
        this.foldedText = this.text == null ? null : fold(this.text);
    }

    /** Adds a choice, e.g. {@code status=active}; a value not among {@code known} (lower-case) is ignored. */
    ListFilter choice(String name, String value, Collection<String> known) {
        if (value == null || value.isBlank()) {
            return this;
        }
        String wanted = value.strip().toLowerCase(Locale.ROOT);
        if (known.stream().anyMatch(k -> k.equalsIgnoreCase(wanted))) {
            choices.put(name, wanted);
        } else {
            ignored.add(value.length() > MAX_SHOWN_VALUE ? value.substring(0, MAX_SHOWN_VALUE) + "…" : value);
        }
        return this;
    }

    /** Whether a row's text (any of its words, in any language) holds the text asked for. */
    boolean matchesText(String rowText) {
        return foldedText == null || (rowText != null && fold(rowText).contains(foldedText));
    }

    /** Whether a row's value is the one chosen, or nothing is chosen. */
    boolean matches(String name, String rowValue) {
        String wanted = choices.get(name);
        return wanted == null || wanted.equalsIgnoreCase(rowValue);
    }

    public String getText() {
        return text;
    }

    /** The chosen value of a choice, lower-case, or null. */
    public String choice(String name) {
        return choices.get(name);
    }

    public List<String> getIgnored() {
        return ignored;
    }

    public boolean isActive() {
        return text != null || !choices.isEmpty() || !ignored.isEmpty();
    }

    /** Puts the filter and its count ("Showing 3 of 16") where {@code fragments/filters} finds them. */
    void show(Model model, int shown, int total) {
        model.addAttribute("filter", this);
        model.addAttribute("shownCount", shown);
        model.addAttribute("totalCount", total);
    }

    /** The texts a row is found by, as one; missing ones left out. */
    static String joined(String... parts) {
        StringBuilder all = new StringBuilder();
        for (String part : parts) {
            if (part != null) {
                all.append(part).append('\n');
            }
        }
        return all.toString();
    }

    /** Lower case without accents: "Göteborg" and "goteborg" match. */
    static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
    }
}
