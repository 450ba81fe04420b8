package dk.aarhus.sistercities.site;

import dk.aarhus.sistercities.activity.ActivityDirectory;
import dk.aarhus.sistercities.city.CityCard;
import dk.aarhus.sistercities.city.CityCatalog;
import dk.aarhus.sistercities.city.Overview;
import dk.aarhus.sistercities.city.StructuredData;
import dk.aarhus.sistercities.content.Language;
import dk.aarhus.sistercities.content.PublicPaths;
import dk.aarhus.sistercities.data.DatasetDescription;
import dk.aarhus.sistercities.map.MapView;
import dk.aarhus.sistercities.map.PartnerMap;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What the overview template needs, for the public page and for an editor's preview of it. */
@Component
public class OverviewPage {

    public static final String VIEW = "site/overview";
    static final int LATEST_ACTIVITIES = 3;

    private final CityCatalog catalog;
    private final PartnerMap map;
    private final StructuredData structuredData;
    private final PublicPaths paths;
    private final DatasetDescription dataset;
    private final ActivityDirectory activities;

    OverviewPage(CityCatalog catalog, PartnerMap map, StructuredData structuredData, PublicPaths paths,
            DatasetDescription dataset, ActivityDirectory activities) {
        this.activities = activities;
        this.dataset = dataset;
        this.catalog = catalog;
        this.map = map;
        this.structuredData = structuredData;
        this.paths = paths;
    }

    public String show(Language language, Overview overview, Model model) {
        List<CityCard> cities = catalog.cards(language);
        model.addAttribute("overview", overview);
        model.addAttribute("map", map.model(language, cities, MapView.COMPACT));
        model.addAttribute("jsonLd", structuredData.overview(language, cities,
                paths.absolute(paths.overview(language)), paths.absolute(paths.city(language, "")), List.of(dataset.dataset(language))));
        model.addAttribute("land", map.landPath());
        model.addAttribute("latestActivities", activities.latest(language, LATEST_ACTIVITIES));
        return VIEW;
    }
}
