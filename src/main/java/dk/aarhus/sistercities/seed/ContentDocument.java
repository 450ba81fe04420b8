package dk.aarhus.sistercities.seed;

import dk.aarhus.sistercities.city.CityContent;
import java.util.List;
import java.util.Map;

/**
 * All content of the site as one document: the seed shipped with the site has this shape.
 * Texts are keyed by language code; cities are {@link CityContent}.
 */
public record ContentDocument(
        String format,
        List<SiteTextEntry> siteTexts,
        List<TypeEntry> partnershipTypes,
        List<CityContent> cities) {

    public static final String FORMAT = "aarhus-sistercities/1";

    public record SiteTextEntry(String key, Map<String, String> texts) {
    }

    public record TypeEntry(String code, int position, boolean sisterCity, Map<String, TypeTexts> texts) {
    }

    public record TypeTexts(String name, String introduction) {
    }
}
