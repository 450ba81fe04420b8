package dk.aarhus.sistercities.city;

import dk.aarhus.sistercities.content.Language;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * schema.org descriptions (JSON-LD) of the City of Aarhus and of its partner cities, for search
 * engines. The JSON is safe inside a script element: every "<" is escaped.
 */
@Component
public class StructuredData {

    private static final String AARHUS_URL = "https://aarhus.dk/";

    private final JsonMapper json;

    StructuredData(JsonMapper json) {
        this.json = json;
    }

    /**
     * The overview: Aarhus and the list of its partner cities, and what else the site offers about them (the
     * open data set).
     */
    public String overview(Language language, List<CityCard> cities, String pageUrl, String cityUrlPrefix,
            List<Map<String, Object>> more) {
        List<Object> members = new ArrayList<>();
        for (int i = 0; i < cities.size(); i++) {
            CityCard city = cities.get(i);
            members.add(ordered("@type", "ListItem", "position", i + 1, "name", city.name(),
                    "url", cityUrlPrefix + city.slug()));
        }
        Map<String, Object> list = new LinkedHashMap<>();
        list.put("@type", "ItemList");
        list.put("url", pageUrl);
        list.put("itemListElement", members);
        List<Object> graph = new ArrayList<>(List.of(aarhus(language), list));
        graph.addAll(more);
        return write(graph);
    }

    /** A page about one thing (a data set, say) that the City of Aarhus offers. */
    public String about(Language language, Map<String, Object> thing) {
        return write(List.of(aarhus(language), thing));
    }

    public String city(Language language, CityPage page, String pageUrl) {
        CityCard card = page.card();
        Map<String, Object> city = new LinkedHashMap<>();
        city.put("@type", "City");
        city.put("name", card.name());
        city.put("url", pageUrl);
        city.put("description", card.summary());
        if (card.latitude() != null && card.longitude() != null) {
            city.put("geo", ordered("@type", "GeoCoordinates", "latitude", card.latitude(),
                    "longitude", card.longitude()));
        }
        city.put("containedInPlace", ordered("@type", "Country", "name", card.country(),
                "identifier", card.countryCode()));
        if (page.website() != null) {
            city.put("sameAs", page.website());
        }
        return write(List.of(aarhus(language), city));
    }

    private static Map<String, Object> aarhus(Language language) {
        Map<String, Object> aarhus = new LinkedHashMap<>();
        aarhus.put("@type", "GovernmentOrganization");
        aarhus.put("name", language == Language.DA ? "Aarhus Kommune" : "City of Aarhus");
        aarhus.put("url", AARHUS_URL);
        aarhus.put("address", ordered("@type", "PostalAddress", "addressLocality", "Aarhus", "addressCountry", "DK"));
        return aarhus;
    }

    /**
     * A JSON object whose keys keep the order given. Not {@code Map.of}: its order changes from one JVM to the
     * next, so two instances wrote the same page in different bytes (and different ETags), which the restore
     * drill of ComposeShapeIT found.
     */
    public static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> object = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            object.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return object;
    }

    private String write(List<Object> graph) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("@context", "https://schema.org");
        document.put("@graph", graph);
        return json.writeValueAsString(document).replace("<", "\\u003c");
    }
}
