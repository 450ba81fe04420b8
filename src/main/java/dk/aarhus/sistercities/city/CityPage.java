package dk.aarhus.sistercities.city;

import java.time.Instant;
import java.util.List;

/**
 * Everything a city's page shows, in one language; HTML fields are rendered and sanitised Markdown.
 * Each fact names its sources by their number in {@code sources}.
 */
public record CityPage(
        CityCard card,
        String region,
        TypeSummary type,
        Integer sinceYear,
        List<Integer> sinceSources,
        String statusSince,
        String statusReason,
        List<Integer> statusSources,
        String descriptionHtml,
        List<ResultView> results,
        List<PartnershipEvent> milestones,
        List<SourceView> sources,
        String website,
        List<CityCard> sameType,
        Instant publishedAt) {

    /** The sources of a former partnership's years: of its start and of its end. */
    public List<Integer> periodSources() {
        return java.util.stream.Stream.concat(sinceSources.stream(), statusSources.stream()).distinct().sorted().toList();
    }

    /** The website's address as people say it: host name without "www." */
    public String websiteLabel() {
        if (website == null) {
            return null;
        }
        try {
            String host = java.net.URI.create(website).getHost();
            if (host == null) {
                return website;
            }
            return host.startsWith("www.") ? host.substring(4) : host;
        } catch (IllegalArgumentException notAnAddress) {
            return website;
        }
    }

    public record TypeSummary(String code, String name) {
    }

    /** {@code years} is "2010–2021", "2019" or null. */
    public record ResultView(String title, String body, ResultArea area, String years, List<Integer> sources) {
    }

    /** A numbered source; {@code date} formatted in the page's language, {@code isoDate} for {@code <time>}. */
    public record SourceView(int number, String title, String language, String publisher, String date,
            String isoDate, String url) {
    }
}
