package dk.aarhus.sistercities.search;

import dk.aarhus.sistercities.city.CityStatus;
import java.util.List;
import java.util.Locale;

/**
 * One result as the results page shows it; the texts come cut into {@link Segment}s, the matched
 * words marked.
 *
 * @param flag              flag-icons file name; null when the result is a partnership type
 * @param flagUrl           the flag's address (content-hashed, like every asset's); null with {@code flag}
 * @param otherNameLanguage language code of {@code otherName}, when the query found the city by its
 *                          name in the other language; else null
 * @param region            only when the query found the region; else empty
 */
public record SearchHit(
        String path,
        List<Segment> title,
        String flag,
        String flagUrl,
        CityStatus status,
        String otherNameLanguage,
        List<Segment> otherName,
        List<Segment> country,
        List<Segment> region,
        String typeName,
        List<Segment> snippet) {

    public boolean city() {
        return flag != null;
    }

    public boolean active() {
        return status == null || status == CityStatus.ACTIVE;
    }

    /** The status as a CSS class suffix and message key part. */
    public String statusCode() {
        return status == null ? null : status.name().toLowerCase(Locale.ROOT);
    }

    /** The title as plain text, e.g. for tests and logs. */
    public String titleText() {
        StringBuilder text = new StringBuilder();
        title.forEach(segment -> text.append(segment.text()));
        return text.toString();
    }
}
