package dk.aarhus.sistercities.support;

import dk.aarhus.sistercities.content.Language;
import dk.aarhus.sistercities.content.PublicPaths;

/** Public addresses by language code, as the site builds them ({@code /da/venskabsbyer/…}, {@code /en/cities/…}). */
public final class Addresses {

    private static final PublicPaths PATHS = new PublicPaths();

    private Addresses() {
    }

    private static Language language(String lang) {
        return Language.fromCode(lang).orElseThrow();
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
}
