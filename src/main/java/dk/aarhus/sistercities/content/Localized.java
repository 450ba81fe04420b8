package dk.aarhus.sistercities.content;

import java.util.Map;

/** Picks the text in the wanted language, or, while a translation is missing, the text of another language. */
public final class Localized {

    private Localized() {
    }

    public static <T> T pick(Map<String, T> texts, Language language) {
        T text = texts.get(language.code());
        if (text == null) {
            text = texts.get(language.other().code());
        }
        if (text == null && !texts.isEmpty()) {
            text = texts.values().iterator().next();
        }
        return text;
    }
}
