package dk.aarhus.sistercities.map;

import dk.aarhus.sistercities.city.CityCard;
import dk.aarhus.sistercities.content.Language;
import dk.aarhus.sistercities.content.PublicPaths;
import java.util.List;
import org.springframework.stereotype.Service;

/** Turns the published cities into the map's markers, each linking to its city's page. */
@Service
public class PartnerMap {

    static final double AARHUS_LATITUDE = 56.1629;
    static final double AARHUS_LONGITUDE = 10.2039;

    private final WorldMap world;

    private final PublicPaths paths;

    PartnerMap(WorldMap world, PublicPaths paths) {
        this.world = world;
        this.paths = paths;
    }

    /** Cities without coordinates are left off the map (they are still in the list beside it). */
    public MapModel model(Language language, List<CityCard> cities, MapView view) {
        List<Marker> partners = cities.stream()
                .filter(c -> c.latitude() != null && c.longitude() != null)
                .map(c -> new Marker(c.slug(), c.name(), paths.city(language, c.slug()),
                        c.latitude(), c.longitude(), c.status().name()))
                .toList();
        Marker aarhus = new Marker("aarhus", "Aarhus", null, AARHUS_LATITUDE, AARHUS_LONGITUDE, "ACTIVE");
        return world.model(partners, aarhus, view);
    }

    public String landPath() {
        return world.landPath();
    }
}
