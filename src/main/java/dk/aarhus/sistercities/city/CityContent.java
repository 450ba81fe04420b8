package dk.aarhus.sistercities.city;

import java.util.List;
import java.util.Map;

/**
 * Everything an editor can change about a city, as plain data: the seed, every revision in the
 * history, a draft and the export all have this shape. Texts are keyed by language code.
 * <p>
 * Facts carry their evidence: {@code sinceSources}, {@code statusSources}, a result's and a
 * milestone's {@code sources} are numbers in the city's list of {@code sources} (1 is the first).
 * {@code editorNote} is for editors only and never shown to citizens.
 *
 * @param published whether the city was live in this state
 */
public record CityContent(
        String slug,
        String countryCode,
        String type,
        CityStatus status,
        String statusSince,
        List<Integer> statusSources,
        Integer sinceYear,
        List<Integer> sinceSources,
        String website,
        Double latitude,
        Double longitude,
        int position,
        boolean published,
        Map<String, Texts> texts,
        List<ResultContent> results,
        List<Milestone> milestones,
        List<Source> sources,
        String editorNote) {

    public CityContent {
        statusSources = statusSources == null ? List.of() : List.copyOf(statusSources);
        sinceSources = sinceSources == null ? List.of() : List.copyOf(sinceSources);
        texts = texts == null ? Map.of() : Map.copyOf(texts);
        results = results == null ? List.of() : List.copyOf(results);
        milestones = milestones == null ? List.of() : List.copyOf(milestones);
        sources = sources == null ? List.of() : List.copyOf(sources);
    }

    public record Texts(String name, String country, String region, String summary, String description,
            String statusReason) {
    }

    /** A result; {@code endYear} closes a span that began in {@code year} (e.g. 2010–2021). */
    public record ResultContent(ResultArea area, Integer year, Integer endYear, List<Integer> sources,
            Map<String, ResultTexts> texts) {

        public ResultContent {
            sources = sources == null ? List.of() : List.copyOf(sources);
            texts = texts == null ? Map.of() : Map.copyOf(texts);
        }
    }

    public record ResultTexts(String title, String body) {
    }

    public CityContent withTexts(Map<String, Texts> newTexts) {
        return new CityContent(slug, countryCode, type, status, statusSince, statusSources, sinceYear, sinceSources,
                website, latitude, longitude, position, published, newTexts, results, milestones, sources, editorNote);
    }

    public CityContent withPublished(boolean live) {
        return new CityContent(slug, countryCode, type, status, statusSince, statusSources, sinceYear, sinceSources,
                website, latitude, longitude, position, live, texts, results, milestones, sources, editorNote);
    }
}
