package dk.aarhus.sistercities.site;

import dk.aarhus.sistercities.content.Language;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Collections;
import java.util.Locale;
import java.util.Optional;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The language is the first segment of the URL ({@code /da/…}, {@code /en/…}), so every page has
 * one address per language and no cookie or session is needed to remember a choice. Pages outside
 * the language tree (errors for unknown paths) follow the browser's Accept-Language.
 */
public class PathLocaleResolver implements LocaleResolver {

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        return languageOf(request).locale();
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        throw new IllegalStateException("The language is chosen by the URL, not stored");
    }

    public static Language languageOf(HttpServletRequest request) {
        return fromPath(originalPath(request)).orElseGet(() -> preferred(request));
    }

    /** The path the visitor asked for, also while an error page is rendered for it. */
    public static String originalPath(HttpServletRequest request) {
        Object errorUri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String uri = errorUri instanceof String s ? s : request.getRequestURI();
        String context = request.getContextPath();
        return uri.startsWith(context) ? uri.substring(context.length()) : uri;
    }

    public static Optional<Language> fromPath(String path) {
        if (path == null || path.length() < 3 || path.charAt(0) != '/') {
            return Optional.empty();
        }
        int end = path.indexOf('/', 1);
        return Language.fromCode(end < 0 ? path.substring(1) : path.substring(1, end));
    }

    /** The first language in Accept-Language the site has, else Danish. */
    public static Language preferred(HttpServletRequest request) {
        if (request.getHeader("Accept-Language") == null) {
            return Language.DEFAULT;
        }
        for (Locale locale : Collections.list(request.getLocales())) {
            Optional<Language> language = Language.of(locale);
            if (language.isPresent()) {
                return language.get();
            }
        }
        return Language.DEFAULT;
    }
}
