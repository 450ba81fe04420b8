package dk.aarhus.sistercities.city;

import dk.aarhus.sistercities.content.Language;
import dk.aarhus.sistercities.image.ImageUse;
import dk.aarhus.sistercities.image.ImageUses;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
        Map<Long, List<ImageUse>> uses = new LinkedHashMap<>();
        for (CityHistory.Draft draft : history.drafts()) {
            City city = byId.remove(draft.cityId());
            if (city != null) {
                add(uses, city, history.content(draft.revision()).image());
            }
        }
        byId.values().forEach(city -> add(uses, city, null));
        return uses;
    }

    private static void add(Map<Long, List<ImageUse>> uses, City city, Long draftImage) {
        String name = city.text(Language.DA) == null || city.text(Language.DA).name() == null
                ? city.getSlug() : city.text(Language.DA).name();
        String path = "/admin/cities/" + city.getId();
        Long published = city.isPublished() ? city.getImageId() : null;
        if (published != null) {
            uses.computeIfAbsent(published, k -> new ArrayList<>()).add(new ImageUse(name, path, false));
        }
        if (draftImage != null && !Objects.equals(draftImage, published)) {
            uses.computeIfAbsent(draftImage, k -> new ArrayList<>()).add(new ImageUse(name, path, true));
        }
    }
}
