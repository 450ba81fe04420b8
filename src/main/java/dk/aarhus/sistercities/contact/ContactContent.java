package dk.aarhus.sistercities.contact;

import dk.aarhus.sistercities.content.Language;
import java.util.Map;
import java.util.TreeMap;

/**
 * A contact as a revision stores it, the editors' form shows it and a content document carries it. Only
 * the unit is required; every other field is empty until someone knows it from a source, and citizens
 * see only the filled ones. Texts by language code.
 *
 * @param scope {@link #GENERAL} for the site's contact, else the slug of the partner city
 * @param address postal address, one line per line, the same in both languages
 */
public record ContactContent(String scope, String person, String email, String phone, String website,
        String address, Map<String, Texts> texts) {

    public static final String GENERAL = "general";

    /** The words of one language; the unit is required, role and opening hours are not. */
    public record Texts(String unit, String role, String hours) {
    }

    public boolean general() {
        return GENERAL.equals(scope);
    }

    public Texts text(Language language) {
        Texts text = texts == null ? null : texts.get(language.code());
        return text == null ? new Texts(null, null, null) : text;
    }

    /**
     * Stripped, empty as null, line breaks only in the address (as \n) and the opening hours, texts in
     * a fixed order: what is stored, compared and exported.
     */
    public ContactContent normalised() {
        Map<String, Texts> cleaned = new TreeMap<>();
        if (texts != null) {
            texts.forEach((lang, t) -> cleaned.put(lang, t == null ? new Texts(null, null, null)
                    : new Texts(line(t.unit()), line(t.role()), lines(t.hours()))));
        }
        return new ContactContent(scope, line(person), line(email), line(phone), line(website), lines(address),
                cleaned);
    }

    private static String line(String value) {
        String text = lines(value);
        return text == null ? null : text.replaceAll("\\s*\n\\s*", " ");
    }

    private static String lines(String value) {
        if (value == null) {
            return null;
        }
        String text = value.replace("\r\n", "\n").replace('\r', '\n').strip()
                .replaceAll("[ \\t]*\n[ \\t\\n]*", "\n");
        return text.isEmpty() ? null : text;
    }
}
