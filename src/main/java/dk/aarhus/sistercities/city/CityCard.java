package dk.aarhus.sistercities.city;

import dk.aarhus.sistercities.image.ImageView;
import java.util.Locale;

/**
 * What a card or a list shows of a city, in one language. {@code years} is the span of a former
 * partnership ("1989–2022"), null for a current one; {@code image} its published main image, or null.
 */
public record CityCard(String slug, String name, String country, String countryCode, CityStatus status,
        String summary, Double latitude, Double longitude, String years, ImageView image) {

    /** The flag-icons file name: the ISO code in lower case. */
    public String flag() {
        return countryCode.toLowerCase(Locale.ROOT);
    }

    public boolean active() {
        return status == CityStatus.ACTIVE;
    }

    public boolean current() {
        return status.current();
    }
}
