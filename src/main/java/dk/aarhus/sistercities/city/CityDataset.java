package dk.aarhus.sistercities.city;

import dk.aarhus.sistercities.content.Language;
import dk.aarhus.sistercities.content.PartialDate;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The published cities as one data set, for the open data files: the same published rows the pages are
 * read from, in the overview's order, in two queries however many cities there are.
 */
@Service
@Transactional(readOnly = true)
public class CityDataset {

    private final CityRepository cities;

    CityDataset(CityRepository cities) {
        this.cities = cities;
    }

    public List<PublishedCity> published() {
        Map<Long, Instant> publishedAt = new HashMap<>();
        for (Object[] row : cities.publishedTimes()) {
            publishedAt.put((Long) row[0], (Instant) row[1]);
        }
        return cities.findAllPublished().stream().map(city -> published(city, publishedAt.get(city.getId()))).toList();
    }

    private static PublishedCity published(City city, Instant publishedAt) {
        Map<Language, PublishedCity.Texts> texts = new EnumMap<>(Language.class);
        Map<Language, String> typeNames = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            CityText text = city.text(language);
            texts.put(language, new PublishedCity.Texts(text.name(), text.country(), blankToNull(text.region())));
            typeNames.put(language, city.getType().text(language).name());
        }
        String statusSince = PartialDate.isValid(city.getStatusSince()) ? city.getStatusSince() : null;
        Integer endYear = !city.getStatus().current() && statusSince != null ? PartialDate.year(statusSince) : null;
        return new PublishedCity(city.getSlug(), city.getCountryCode(), texts, city.getType().getCode(), typeNames,
                city.getStatus(), statusSince, city.getSinceYear(), endYear, city.getLatitude(), city.getLongitude(),
                blankToNull(city.getWebsite()), city.getSources().size(), publishedAt);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
