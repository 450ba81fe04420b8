package dk.aarhus.sistercities.city;

import dk.aarhus.sistercities.content.Language;
import dk.aarhus.sistercities.content.PublicPaths;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** The public pages of a city and of a partnership type. */
@Controller
class CityController {

    private final CityCatalog catalog;
    private final CityPageModel cityPage;

    CityController(CityCatalog catalog, CityPageModel cityPage) {
        this.catalog = catalog;
        this.cityPage = cityPage;
    }

    @GetMapping({PublicPaths.CITY_DA, PublicPaths.CITY_EN})
    String city(@PathVariable("lang") Language language, @PathVariable String slug, Model model) {
        CityPage city = catalog.city(language, slug).orElseThrow(CityController::notFound);
        return cityPage.show(language, slug, city, model);
    }

    @GetMapping({PublicPaths.TYPE_DA, PublicPaths.TYPE_EN})
    String type(@PathVariable("lang") Language language, @PathVariable String code, Model model) {
        model.addAttribute("type", catalog.type(language, code).orElseThrow(CityController::notFound));
        return "city/type";
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
