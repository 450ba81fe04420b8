package dk.aarhus.sistercities.site;

import dk.aarhus.sistercities.cache.ContentGeneration;
import dk.aarhus.sistercities.content.Language;
import dk.aarhus.sistercities.content.PublicPaths;
import dk.aarhus.sistercities.page.PageDirectory;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every page, error pages included, the {@link PageContext} the layout template reads. */
@ControllerAdvice
class LayoutAdvice {

    private final PublicPaths paths;
    private final ObjectProvider<ContentGeneration> generation;
    private final ObjectProvider<PageDirectory> pages;

    /** The content generation and pages are optional: a web slice without a database still renders the layout. */
    LayoutAdvice(PublicPaths paths, ObjectProvider<ContentGeneration> generation, ObjectProvider<PageDirectory> pages) {
        this.paths = paths;
        this.generation = generation;
        this.pages = pages;
    }

    /** Every public address, for links in templates ({@code paths.city(page.language, slug)}). */
    @ModelAttribute("paths")
    PublicPaths paths() {
        return paths;
    }

    /** When the published content last changed; a page with a date of its own (a city) replaces it. */
    @ModelAttribute("lastUpdated")
    Instant lastUpdated() {
        ContentGeneration content = generation.getIfAvailable();
        return content == null ? null : content.changedAt();
    }

    /**
     * The pages in the main menu, in the page's language: from the advice rather than a bean the template
     * calls, so a web slice without the pages (or a database) renders the menu's fixed items only.
     */
    @ModelAttribute("navigation")
    List<PageDirectory.NavLink> navigation(HttpServletRequest request) {
        PageDirectory directory = pages.getIfAvailable();
        return directory == null ? List.of() : directory.navigation(PathLocaleResolver.languageOf(request));
    }

    @ModelAttribute("page")
    PageContext page(HttpServletRequest request) {
        String path = PathLocaleResolver.originalPath(request);
        Language language = PathLocaleResolver.languageOf(request);
        boolean error = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) != null;
        boolean inLanguageTree = PathLocaleResolver.fromPath(path).isPresent();
        String alternatePath = error || !inLanguageTree
                ? paths.overview(language.other())
                : translate(path, language.other());
        if (!error && path.equals(paths.search(language)) && request.getQueryString() != null) {
            // The same search in the other language.
            alternatePath += "?" + request.getQueryString();
        }
        return new PageContext(language, path, alternatePath, paths.absolute(path),
                paths.absolute(alternatePath), paths.absolute("/"), error);
    }

    /** The same page in the other language; a page editors made has an address of its own in each. */
    private String translate(String path, Language to) {
        PageDirectory directory = pages.getIfAvailable();
        return (directory == null ? Optional.<String>empty() : directory.alternate(path, to))
                .orElseGet(() -> paths.translate(path, to));
    }
}
