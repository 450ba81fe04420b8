package dk.aarhus.sistercities.city;

import java.util.List;
import java.util.Map;

/**
 * Everything an editor can change about a city, as plain data: the seed, every revision in the
 * history, a draft and the export all have this shape. Texts are keyed by language code.
 * <p>
 * Facts carry their evidence: {@code sinceSources}, {@code statusSources}, a result's and a
 * milestone's {@code sources} are numbers in the city's list of {@code sources} (1 is the first).
 * {@code editorNote} is for editors only and never shown to citizens; {@code image} is the id of the city's main
 * image in the image library, or null.
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
        String editorNote,
        Long image) {

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

    /**
     * The facts that cite no source, which may therefore not be published: {@code sinceYear},
     * {@code status}, {@code result.N} and {@code milestone.N} (N from 1). Citizens are shown no year,
     * status, result or step of the history without the source it rests on.
     */
    public List<String> uncitedFacts() {
        List<String> uncited = new java.util.ArrayList<>();
        if (sinceYear != null && citesNothing(sinceSources)) {
            uncited.add("sinceYear");
        }
        if (citesNothing(statusSources)) {
            uncited.add("status");
        }
        for (int i = 0; i < results.size(); i++) {
            if (citesNothing(results.get(i).sources())) {
                uncited.add("result." + (i + 1));
            }
        }
        for (int i = 0; i < milestones.size(); i++) {
            if (citesNothing(milestones.get(i).sources())) {
                uncited.add("milestone." + (i + 1));
            }
        }
        return uncited;
    }

    /** True when none of the numbers names one of the sources. */
    private boolean citesNothing(List<Integer> numbers) {
        return numbers.stream().noneMatch(n -> n != null && n >= 1 && n <= sources.size());
    }

    public CityContent withTexts(Map<String, Texts> newTexts) {
        return new CityContent(slug, countryCode, type, status, statusSince, statusSources, sinceYear, sinceSources,
                website, latitude, longitude, position, published, newTexts, results, milestones, sources, editorNote, image);
    }

    public CityContent withImage(Long newImage) {
        return new CityContent(slug, countryCode, type, status, statusSince, statusSources, sinceYear, sinceSources,
                website, latitude, longitude, position, published, texts, results, milestones, sources, editorNote, newImage);
    }

    public CityContent withPublished(boolean live) {
        return new CityContent(slug, countryCode, type, status, statusSince, statusSources, sinceYear, sinceSources,
                website, latitude, longitude, position, live, texts, results, milestones, sources, editorNote, image);
    }
}
