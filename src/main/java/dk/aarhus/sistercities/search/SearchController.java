package dk.aarhus.sistercities.search;

import dk.aarhus.sistercities.city.CityCatalog;
import dk.aarhus.sistercities.content.Language;
import dk.aarhus.sistercities.content.PublicPaths;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public search page, {@code /da/soeg?q=…} and {@code /en/search?q=…}: a plain GET form,
 * no script, no cookie. Any query gets a page: a long one is cut to its first
 * {@value Query#MAX_LENGTH} characters (and the page says so), one without letters or digits gets
 * the page that explains what can be searched for.
 */
@Controller
class SearchController {

    private final SearchService search;
    private final CityCatalog catalog;

    SearchController(SearchService search, CityCatalog catalog) {
        this.search = search;
        this.catalog = catalog;
    }

    @GetMapping({PublicPaths.SEARCH_DA, PublicPaths.SEARCH_EN})
    String search(@PathVariable("lang") Language language, @RequestParam(name = "q", required = false) String q,
            Model model) {
        Query query = Query.of(q);
        SearchPage page = query.isEmpty()
                ? SearchPage.empty(query, catalog.cards(language))
                : search.page(language, query);
        model.addAttribute("search", page);
        return "search/search";
    }
}
