package dk.aarhus.sistercities.city;

import dk.aarhus.sistercities.activity.ActivityDirectory;
import dk.aarhus.sistercities.contact.ContactDirectory;
import dk.aarhus.sistercities.content.Language;
import dk.aarhus.sistercities.content.PublicPaths;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What the city page's template needs, for the public page and for an editor's preview of it. */
@Component
public class CityPageModel {

    public static final String VIEW = "city/city";

    private final StructuredData structuredData;
    private final PublicPaths paths;
    private final ContactDirectory contacts;
    private final ActivityDirectory activities;

    CityPageModel(StructuredData structuredData, PublicPaths paths, ContactDirectory contacts,
            ActivityDirectory activities) {
        this.structuredData = structuredData;
        this.paths = paths;
        this.contacts = contacts;
        this.activities = activities;
    }

    /** The picture a shared link shows: the city's main image, at its widest, with its alt text. */
    public record OpenGraphImage(String url, String alt) {
    }

    /** The city with its partnership's published contact and activities; answers the view's name. */
    public String show(Language language, String slug, CityPage city, Model model) {
        model.addAttribute("city", city);
        model.addAttribute("contactCard", contacts.forCity(slug, language).orElse(null));
        model.addAttribute("activities", activities.forCity(slug, language));
        if (city.publishedAt() != null) {
            model.addAttribute("lastUpdated", city.publishedAt());
        }
        if (city.card().image() != null) {
            String alt = city.card().image().alt();
            model.addAttribute("ogImage", new OpenGraphImage(paths.absolute(city.card().image().largest()),
                    alt.isBlank() ? city.card().name() : alt));
        }
        model.addAttribute("jsonLd", structuredData.city(language, city, paths.absolute(paths.city(language, slug))));
        return VIEW;
    }
}
