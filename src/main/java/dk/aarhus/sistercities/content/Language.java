package dk.aarhus.sistercities.content;

import java.util.Locale;
import java.util.Optional;

/** The languages the site is published in. The code is the first segment of every public URL. */
public enum Language {
    DA("da"), EN("en");

    /** The first segment of a public route; it matches only the languages above. */
    public static final String ROUTE = "/{lang:da|en}";

    private final String code;

    Language(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public Locale locale() {
        return Locale.forLanguageTag(code);
    }

    public Language other() {
        return this == DA ? EN : DA;
    }

    public static Optional<Language> fromCode(String code) {
        for (Language language : values()) {
            if (language.code.equals(code)) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }

    public static final Language DEFAULT = DA;

    /** The language of a locale; {@link #DEFAULT} for any other. */
    public static Language of(Locale locale) {
        return fromCode(locale == null ? null : locale.getLanguage()).orElse(DEFAULT);
    }
}
