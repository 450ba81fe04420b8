package dk.aarhus.sistercities.city;

import java.util.List;

/**
 * A partnership type with its introduction (rendered HTML) and its published cities, in one
 * language: the current partnerships and, apart, the former ones.
 */
public record TypeSection(String code, String name, String introductionHtml, boolean sisterCity,
        List<CityCard> cities, List<CityCard> formerCities) {
}
