package dk.aarhus.sistercities.city;

import dk.aarhus.sistercities.content.Language;
import dk.aarhus.sistercities.content.PublicPaths;
import java.util.Locale;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** The public pages of a city and of a partnership type. */
@Controller
class CityController {

    /** A city's address with a capital letter in its slug, which a city's own address never has. */
    private static final String CAPITALS = ":(?=.*[A-Z])[A-Za-z0-9-]{1,60}}";

    private final CityCatalog catalog;
    private final CityPageModel cityPage;
    private final PublicPaths paths;

    CityController(CityCatalog catalog, CityPageModel cityPage, PublicPaths paths) {
        this.catalog = catalog;
        this.cityPage = cityPage;
        this.paths = paths;
    }

    @GetMapping({PublicPaths.CITY_DA, PublicPaths.CITY_EN})
    String city(@PathVariable("lang") Language language, @PathVariable String slug, Model model) {
        CityPage city = catalog.city(language, slug).orElseThrow(CityController::notFound);
        return cityPage.show(language, slug, city, model);
    }

    /** Slugs are lower-case: "/da/venskabsbyer/Bergen", typed or linked so, moves permanently to the city's address. */
    @GetMapping({"/{lang:da}/venskabsbyer/{slug" + CAPITALS, "/{lang:en}/cities/{slug" + CAPITALS})
    ResponseEntity<Void> withCapitals(@PathVariable("lang") Language language, @PathVariable String slug) {
        String lowerCase = slug.toLowerCase(Locale.ROOT);
        catalog.city(language, lowerCase).orElseThrow(CityController::notFound);
        return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY)
                .header(HttpHeaders.LOCATION, paths.city(language, lowerCase)).build();
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
