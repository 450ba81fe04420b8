package dk.aarhus.sistercities.city;

import java.util.Locale;

/** What a card or a list shows of a city, in one language. */
public record CityCard(String slug, String name, String country, String countryCode, CityStatus status,
        String summary, Double latitude, Double longitude) {

    /** The flag-icons file name: the ISO code in lower case. */
    public String flag() {
        return countryCode.toLowerCase(Locale.ROOT);
    }

    public boolean active() {
        return status == CityStatus.ACTIVE;
    }
}
