package dk.aarhus.sistercities.page;

import dk.aarhus.sistercities.city.Source;
import dk.aarhus.sistercities.content.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A page as a revision stores it, the editors' form shows it and a content document carries it. Texts by
 * language code, each with the page's own address there ({@code /da/sider/deltag}, {@code /en/pages/get-involved}).
 *
 * @param key         the page's stable name in the revision store and the admin's addresses; never shown to citizens
 * @param navPosition its place in the main navigation (1 first), or null: not in the navigation
 * @param showContact whether the site's general contact is shown below the text (from the contacts, never copied)
 * @param sources     where the page's facts come from, numbered from 1 in this order; the body cites them
 *                    as {@code [source 1](#source-1)}
 * @param image       the id of its image in the image library, shown above the text, or null
 */
public record PageContent(String key, Integer navPosition, boolean showContact, Map<String, Texts> texts,
        List<Source> sources, Long image) {

    public PageContent {
        texts = texts == null ? Map.of() : texts;
        sources = sources == null ? List.of() : List.copyOf(sources);
    }

    /** A page without an image. */
    public PageContent(String key, Integer navPosition, boolean showContact, Map<String, Texts> texts,
            List<Source> sources) {
        this(key, navPosition, showContact, texts, sources, null);
    }

    public PageContent withImage(Long newImage) {
        return new PageContent(key, navPosition, showContact, texts, sources, newImage);
    }

    /** The words and address of one language. */
    public record Texts(String slug, String title, String body) {
    }

    public Texts text(Language language) {
        Texts text = texts.get(language.code());
        return text == null ? new Texts(null, null, null) : text;
    }

    public PageContent withKey(String newKey) {
        return new PageContent(newKey, navPosition, showContact, texts, sources, image);
    }

    /**
     * Stripped, empty as null, line ends as \n, texts in a fixed order, empty source rows left out: what is
     * stored, compared and exported.
     */
    public PageContent normalised() {
        Map<String, Texts> cleaned = new TreeMap<>();
        texts.forEach((lang, t) -> cleaned.put(lang, t == null ? new Texts(null, null, null)
                : new Texts(line(t.slug()), line(t.title()), body(t.body()))));
        List<Source> kept = new ArrayList<>();
        for (Source s : sources) {
            Source source = s == null ? null
                    : new Source(line(s.title()), line(s.language()), line(s.publisher()), line(s.date()), line(s.url()));
            if (source != null && (source.title() != null || source.language() != null || source.publisher() != null
                    || source.date() != null || source.url() != null)) {
                kept.add(source);
            }
        }
        return new PageContent(key, navPosition, showContact, cleaned, kept, image);
    }

    private static String line(String value) {
        if (value == null) {
            return null;
        }
        String text = value.strip().replaceAll("\\s+", " ");
        return text.isEmpty() ? null : text;
    }

    private static String body(String value) {
        if (value == null) {
            return null;
        }
        String text = value.replace("\r\n", "\n").replace('\r', '\n').strip();
        return text.isEmpty() ? null : text;
    }
}
