package dk.aarhus.sistercities.support;

import dk.aarhus.sistercities.content.Language;
import dk.aarhus.sistercities.content.PublicPaths;
import dk.aarhus.sistercities.content.SiteProperties;
import java.net.URI;

/** Public addresses by language code, as the site builds them ({@code /da/venskabsbyer/…}, {@code /en/cities/…}). */
public final class Addresses {

    /** The site's own address builder, on the address the tests' configuration gives the site. */
    public static final PublicPaths PATHS = new PublicPaths(new SiteProperties(URI.create("https://sistercities.example"), null));

    private Addresses() {
    }

    private static Language language(String lang) {
        return Language.fromCode(lang).orElseThrow();
    }

    /** The same page in the other language. */
    public static String translate(String path, String toLang) {
        return PATHS.translate(path, language(toLang));
    }

    public static String city(String lang, String slug) {
        return PATHS.city(language(lang), slug);
    }

    public static String type(String lang, String code) {
        return PATHS.type(language(lang), code);
    }

    public static String search(String lang) {
        return PATHS.search(language(lang));
    }

    public static String map(String lang) {
        return PATHS.map(language(lang));
    }

    public static String contact(String lang) {
        return PATHS.contact(language(lang));
    }

    public static String timeline(String lang) {
        return PATHS.timeline(language(lang));
    }

    public static String activities(String lang) {
        return PATHS.activities(language(lang));
    }

    public static String data(String lang) {
        return PATHS.data(language(lang));
    }
}
