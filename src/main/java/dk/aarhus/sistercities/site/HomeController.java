package dk.aarhus.sistercities.site;

import dk.aarhus.sistercities.city.CityCatalog;
import dk.aarhus.sistercities.content.Language;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class HomeController {

    private final CityCatalog catalog;

    HomeController(CityCatalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping(Language.ROUTE)
    String overview(@PathVariable("lang") Language language, Model model) {
        model.addAttribute("overview", catalog.overview(language));
        return "site/overview";
    }
}
