package dk.aarhus.sistercities.city;

import java.util.List;

/**
 * The overview page: introduction, results, sister cities by type, other collaborations and the
 * former partnerships (every ended one, whatever its type).
 */
public record Overview(String introductionHtml, String resultsHtml, List<TypeSection> sisterCityTypes,
        List<TypeSection> otherTypes, List<CityCard> formerPartnerships) {
}
