package dk.aarhus.sistercities.content;

import jakarta.servlet.ServletRequest;
import java.util.Optional;

/**
 * The language a logged-in editor chose for the admin, carried by the request: the accounts' security filter
 * puts it there, and the locale resolver reads it for pages whose address names no language.
 */
public final class EditorLanguage {

    private static final String ATTRIBUTE = EditorLanguage.class.getName();

    private EditorLanguage() {
    }

    public static void set(ServletRequest request, Language language) {
        request.setAttribute(ATTRIBUTE, language);
    }

    /** The editor's language on this request: empty when nobody is logged in (the login page, public pages). */
    public static Optional<Language> of(ServletRequest request) {
        return request.getAttribute(ATTRIBUTE) instanceof Language language ? Optional.of(language) : Optional.empty();
    }
}
