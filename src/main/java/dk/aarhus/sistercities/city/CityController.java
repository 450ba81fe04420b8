package dk.aarhus.sistercities.city;

import dk.aarhus.sistercities.activity.ActivityDirectory;
import dk.aarhus.sistercities.contact.ContactDirectory;
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
    private final StructuredData structuredData;
    private final PublicPaths paths;
    private final ContactDirectory contacts;
    private final ActivityDirectory activities;

    CityController(CityCatalog catalog, StructuredData structuredData, PublicPaths paths, ContactDirectory contacts,
            ActivityDirectory activities) {
        this.activities = activities;
        this.contacts = contacts;
        this.paths = paths;
        this.catalog = catalog;
        this.structuredData = structuredData;
    }

    @GetMapping({PublicPaths.CITY_DA, PublicPaths.CITY_EN})
    String city(@PathVariable("lang") Language language, @PathVariable String slug, Model model) {
        CityPage city = catalog.city(language, slug).orElseThrow(CityController::notFound);
        model.addAttribute("city", city);
        model.addAttribute("contactCard", contacts.forCity(slug, language).orElse(null));
        model.addAttribute("activities", activities.forCity(slug, language));
        if (city.publishedAt() != null) {
            model.addAttribute("lastUpdated", city.publishedAt());
        }
        model.addAttribute("jsonLd", structuredData.city(language, city,
                paths.absolute(paths.city(language, slug))));
        return "city/city";
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
