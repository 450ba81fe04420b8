package dk.aarhus.sistercities.activity;

import dk.aarhus.sistercities.content.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An activity as a revision stores it, the editors' form shows it and a content document carries it: a
 * dated news item or event of one or more partnerships, with the sources that say it happened.
 *
 * @param key    stable, lower case: the revision store's key, and the anchor on the public pages
 * @param starts {@code yyyy}, {@code yyyy-MM} or {@code yyyy-MM-dd}, as precise as the source
 * @param ends   the last day of a range, as precise as known; null for a single date
 * @param cities the slugs of the partner cities it concerns, in the editor's order
 * @param texts  by language code
 * @param image  the id of its image in the image library, or null
 */
public record ActivityContent(String key, String starts, String ends, String link, List<String> cities,
        List<Source> sources, Map<String, Texts> texts, Long image) {

    /** An activity without an image. */
    public ActivityContent(String key, String starts, String ends, String link, List<String> cities,
            List<Source> sources, Map<String, Texts> texts) {
        this(key, starts, ends, link, cities, sources, texts, null);
    }

    public ActivityContent withImage(Long newImage) {
        return new ActivityContent(key, starts, ends, link, cities, sources, texts, newImage);
    }

    /** The words of one language: a title (required), where it took place, and a Markdown text. */
    public record Texts(String title, String place, String body) {
    }

    /** Where the activity is told: the same fields as a city's sources, so a seed can cite the same record. */
    public record Source(String title, String language, String publisher, String date, String url) {

        boolean blank() {
            return title == null && language == null && publisher == null && date == null && url == null;
        }
    }

    public Texts text(Language language) {
        Texts text = texts == null ? null : texts.get(language.code());
        return text == null ? new Texts(null, null, null) : text;
    }

    public List<String> cities() {
        return cities == null ? List.of() : cities;
    }

    public List<Source> sources() {
        return sources == null ? List.of() : sources;
    }

    /**
     * Stripped, empty as null, line breaks only in the text, cities without repeats, empty source rows
     * left out, texts in a fixed order: what is stored, compared and exported.
     */
    public ActivityContent normalised() {
        Map<String, Texts> cleaned = new TreeMap<>();
        if (texts != null) {
            texts.forEach((lang, t) -> cleaned.put(lang, t == null ? new Texts(null, null, null)
                    : new Texts(line(t.title()), line(t.place()), body(t.body()))));
        }
        List<String> slugs = new ArrayList<>();
        for (String city : cities()) {
            String slug = line(city);
            if (slug != null && !slugs.contains(slug)) {
                slugs.add(slug);
            }
        }
        List<Source> cited = new ArrayList<>();
        for (Source s : sources()) {
            Source source = s == null ? null : new Source(line(s.title()), line(s.language()), line(s.publisher()),
                    line(s.date()), line(s.url()));
            if (source != null && !source.blank()) {
                cited.add(source);
            }
        }
        return new ActivityContent(line(key), line(starts), line(ends), line(link), slugs, cited, cleaned, image);
    }

    private static String line(String value) {
        String text = body(value);
        return text == null ? null : text.replaceAll("\\s*\n\\s*", " ");
    }

    private static String body(String value) {
        if (value == null) {
            return null;
        }
        String text = value.replace("\r\n", "\n").replace('\r', '\n').strip();
        return text.isEmpty() ? null : text;
    }
}
