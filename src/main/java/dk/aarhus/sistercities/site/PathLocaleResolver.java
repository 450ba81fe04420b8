package dk.aarhus.sistercities.site;

import dk.aarhus.sistercities.content.EditorLanguage;
import dk.aarhus.sistercities.content.Language;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The language is the first segment of the URL ({@code /da/…}, {@code /en/…}), so every page has
 * one address per language and no cookie or session is needed to remember a choice. A preview
 * ({@code /admin/…/preview/da}) is the public page in the language it previews, whoever looks at it. Other
 * pages outside the language tree are in the logged-in editor's language ({@link EditorLanguage}), or
 * else (the login page, errors for unknown paths) follow the browser's Accept-Language.
 */
public class PathLocaleResolver implements LocaleResolver {

    private static final int MAX_ACCEPT_LANGUAGE = 500;
    /** Every preview's address ends in the language it previews. */
    private static final Pattern PREVIEW = Pattern.compile("/admin/.+/preview/(da|en)");

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        return languageOf(request).locale();
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        throw new IllegalStateException("The language is chosen by the URL, not stored");
    }

    public static Language languageOf(HttpServletRequest request) {
        String path = originalPath(request);
        return fromPath(path)
                .or(() -> previewed(path))
                .or(() -> EditorLanguage.of(request))
                .orElseGet(() -> preferred(request));
    }

    /** The language a preview's address names ({@code /admin/cities/1/preview/en}): its page is in that language. */
    public static Optional<Language> previewed(String path) {
        Matcher preview = PREVIEW.matcher(path == null ? "" : path);
        return preview.matches() ? Language.fromCode(preview.group(1)) : Optional.empty();
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

    /** The most wanted language in Accept-Language that the site has, else Danish. */
    public static Language preferred(HttpServletRequest request) {
        String header = request.getHeader("Accept-Language");
        if (header == null || header.isBlank() || header.length() > MAX_ACCEPT_LANGUAGE) {
            return Language.DEFAULT;
        }
        List<Locale.LanguageRange> ranges;
        try {
            ranges = Locale.LanguageRange.parse(header);
        } catch (IllegalArgumentException malformed) {
            return Language.DEFAULT;
        }
        for (Locale.LanguageRange range : ranges) {
            String tag = range.getRange();
            int dash = tag.indexOf('-');
            Optional<Language> language = Language.fromCode(dash < 0 ? tag : tag.substring(0, dash));
            if (language.isPresent()) {
                return language.get();
            }
        }
        return Language.DEFAULT;
    }
}
