package dk.aarhus.sistercities.city;

import dk.aarhus.sistercities.content.Language;
import dk.aarhus.sistercities.image.ImageUse;
import dk.aarhus.sistercities.image.ImageUseMap;
import dk.aarhus.sistercities.image.ImageUses;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The cities' main images, published and in drafts, for the image library (deleted cities are left out). */
@Component
class CityImageUses implements ImageUses {

    private final CityRepository cities;
    private final CityHistory history;

    CityImageUses(CityRepository cities, CityHistory history) {
        this.cities = cities;
        this.history = history;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, List<ImageUse>> all() {
        Map<Long, City> byId = new LinkedHashMap<>();
        cities.findAll().stream().filter(c -> !c.isDeleted()).forEach(c -> byId.put(c.getId(), c));
        ImageUseMap uses = new ImageUseMap();
        for (CityHistory.Draft draft : history.drafts()) {
            City city = byId.remove(draft.cityId());
            if (city != null) {
                add(uses, city, history.content(draft.revision()).image());
            }
        }
        byId.values().forEach(city -> add(uses, city, null));
        return uses.byImage();
    }

    private static void add(ImageUseMap uses, City city, Long draftImage) {
        String name = city.text(Language.DA) == null || city.text(Language.DA).name() == null
                ? city.getSlug() : city.text(Language.DA).name();
        uses.add(ImageUse.Kind.CITY, name, "/admin/cities/" + city.getId(),
                city.isPublished() ? city.getImageId() : null, draftImage);
    }
}
