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

    public record TypeSummary(String code, String name) {
    }

    public record ResultView(String title, String body, ResultArea area, Integer year) {
    }
}
