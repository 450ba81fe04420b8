package dk.aarhus.sistercities.admin;

import dk.aarhus.sistercities.city.City;
import dk.aarhus.sistercities.city.CityRepository;
import dk.aarhus.sistercities.content.Language;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The cities a partnership contact can be for, by the slug of their public address: the stored one,
 * not a draft's, which may change before it is published (a contact follows the page citizens see).
 */
@Service
class ContactScopes {

    private final CityListing listing;
    private final CityRepository cities;

    ContactScopes(CityListing listing, CityRepository cities) {
        this.listing = listing;
        this.cities = cities;
    }

    /** Slug to the name editors know the city by, in the order of the city list; deleted cities left out. */
    @Transactional(readOnly = true)
    public Map<String, String> cities(Language language) {
        Map<Long, String> slugs = cities.findAll().stream().collect(Collectors.toMap(City::getId, City::getSlug));
        Map<String, String> names = new LinkedHashMap<>();
        listing.rows(language, false).forEach(row -> names.put(slugs.get(row.id()), row.name()));
        return names;
    }
}
