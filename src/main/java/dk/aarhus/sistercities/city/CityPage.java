package dk.aarhus.sistercities.city;

import java.util.List;

/** Everything a city's page shows, in one language; HTML fields are rendered and sanitised Markdown. */
public record CityPage(
        CityCard card,
        String region,
        TypeSummary type,
        Integer sinceYear,
        String sinceSource,
        String statusSince,
        String statusReason,
        String statusSource,
        String descriptionHtml,
        List<ResultView> results,
        String website,
        List<CityCard> sameType) {

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

    public record ResultView(String title, String body, ResultArea area, Integer year) {
    }
}
