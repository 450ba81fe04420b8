package dk.aarhus.sistercities.city;

import dk.aarhus.sistercities.content.Language;
import java.time.Instant;
import java.util.Map;

/**
 * A published city as the open data shows it: its facts as citizens see them, in every language at once.
 * Only what is on the public pages; never a draft, never the editors' note.
 *
 * @param statusSince when the status took effect ({@code yyyy} or {@code yyyy-MM}), null when no source says
 * @param endYear the year an ended partnership ended, null for a current one
 * @param sourceCount how many sources the city's page lists
 * @param publishedAt when the city's public version was published (null if the history does not say)
 */
public record PublishedCity(String slug, String countryCode, Map<Language, Texts> texts, String typeCode,
        Map<Language, String> typeNames, CityStatus status, String statusSince, Integer sinceYear,
        Integer endYear, Double latitude, Double longitude, String website, int sourceCount,
        Instant publishedAt) {

    /** The city's names in one language. */
    public record Texts(String name, String country, String region) {
    }

    public Texts texts(Language language) {
        return texts.get(language);
    }

    public String typeName(Language language) {
        return typeNames.get(language);
    }
}
