package dk.aarhus.sistercities.map;

import dk.aarhus.sistercities.city.CityCard;
import dk.aarhus.sistercities.city.CityCatalog;
import dk.aarhus.sistercities.content.Language;
import dk.aarhus.sistercities.content.PublicPaths;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The map of the partnerships: the world, Europe in detail, and the same cities as a list. */
@Controller
class MapController {

    private final CityCatalog catalog;
    private final PartnerMap map;

    MapController(CityCatalog catalog, PartnerMap map) {
        this.catalog = catalog;
        this.map = map;
    }

    @GetMapping({PublicPaths.MAP_DA, PublicPaths.MAP_EN})
    String map(@PathVariable("lang") Language language, Model model) {
        List<CityCard> cities = catalog.cards(language);
        model.addAttribute("cities", cities);
        model.addAttribute("land", map.landPath());
        model.addAttribute("full", map.model(language, cities, MapView.FULL));
        model.addAttribute("europe", map.model(language, cities, MapView.EUROPE));
        return "map/map";
    }
}
