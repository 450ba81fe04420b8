package dk.aarhus.sistercities.city;

import java.util.List;
import java.util.Map;

/**
 * Everything an editor can change about a city, as plain data: the seed, every revision in the
 * history, a draft and the export all have this shape. Texts are keyed by language code.
 *
 * @param published whether the city was live in this state
 */
public record CityContent(
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
        Map<String, Texts> texts,
        List<ResultContent> results) {

    public CityContent {
        texts = texts == null ? Map.of() : Map.copyOf(texts);
        results = results == null ? List.of() : List.copyOf(results);
    }

    public record Texts(String name, String country, String region, String summary, String description,
            String statusReason) {
    }

    public record ResultContent(ResultArea area, Integer year, Map<String, ResultTexts> texts) {

        public ResultContent {
            texts = texts == null ? Map.of() : Map.copyOf(texts);
        }
    }

    public record ResultTexts(String title, String body) {
    }

    public CityContent withPublished(boolean live) {
        return new CityContent(slug, countryCode, type, status, statusSince, statusSource, sinceYear, sinceSource,
                website, latitude, longitude, position, live, texts, results);
    }
}
