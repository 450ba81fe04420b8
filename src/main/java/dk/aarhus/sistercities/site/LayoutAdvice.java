package dk.aarhus.sistercities.site;

import dk.aarhus.sistercities.content.Language;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every page, error pages included, the {@link PageContext} the layout template reads. */
@ControllerAdvice
class LayoutAdvice {

    private final SiteProperties properties;

    LayoutAdvice(SiteProperties properties) {
        this.properties = properties;
    }

    @ModelAttribute("page")
    PageContext page(HttpServletRequest request) {
        String path = PathLocaleResolver.originalPath(request);
        Language language = PathLocaleResolver.languageOf(request);
        boolean error = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) != null;
        boolean inLanguageTree = PathLocaleResolver.fromPath(path).isPresent();
        String alternatePath = error || !inLanguageTree
                ? "/" + language.other().code()
                : "/" + language.other().code() + path.substring(1 + language.code().length());
        if (!error && path.endsWith("/search") && request.getQueryString() != null) {
            // The same search in the other language.
            alternatePath += "?" + request.getQueryString();
        }
        return new PageContext(language, path, alternatePath, properties.absolute(path),
                properties.absolute(alternatePath), properties.absolute("/"), error);
    }
}
