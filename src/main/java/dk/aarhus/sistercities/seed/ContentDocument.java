package dk.aarhus.sistercities.seed;

import dk.aarhus.sistercities.city.CityStatus;
import dk.aarhus.sistercities.city.ResultArea;
import java.util.List;
import java.util.Map;

/**
 * All content of the site as one document: the seed shipped with the site has this shape.
 * Texts are keyed by language code.
 */
public record ContentDocument(
        String format,
        List<SiteTextEntry> siteTexts,
        List<TypeEntry> partnershipTypes,
        List<CityEntry> cities) {

    public static final String FORMAT = "aarhus-sistercities/1";

    public record SiteTextEntry(String key, Map<String, String> texts) {
    }

    public record TypeEntry(String code, int position, boolean sisterCity, Map<String, TypeTexts> texts) {
    }

    public record TypeTexts(String name, String introduction) {
    }

    public record CityEntry(
            String slug,
            String countryCode,
            String type,
            CityStatus status,
            String statusSince,
            String statusSource,
            Integer sinceYear,
            String sinceSource,
            String website,
            Double latitude,
            Double longitude,
            int position,
            boolean published,
            Map<String, CityTexts> texts,
            List<ResultEntry> results) {
    }

    public record CityTexts(String name, String country, String region, String summary, String description,
            String statusReason) {
    }

    public record ResultEntry(ResultArea area, Integer year, Map<String, ResultTexts> texts) {
    }

    public record ResultTexts(String title, String body) {
    }
}
