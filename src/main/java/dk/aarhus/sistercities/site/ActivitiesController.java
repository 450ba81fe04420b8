package dk.aarhus.sistercities.site;

import dk.aarhus.sistercities.activity.ActivityDirectory;
import dk.aarhus.sistercities.content.Language;
import dk.aarhus.sistercities.content.PublicPaths;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The activities page: every published activity, newest first, and the same list for one partnership or
 * one year. The filters are plain links, offered only for cities and years that have activities, one
 * filter at a time: a handful of addresses, each a page of its own.
 */
@Controller
class ActivitiesController {

    private final ActivityDirectory activities;
    private final ActivitiesPage page;

    ActivitiesController(ActivityDirectory activities, ActivitiesPage page) {
        this.activities = activities;
        this.page = page;
    }

    @GetMapping({PublicPaths.ACTIVITIES_DA, PublicPaths.ACTIVITIES_EN})
    String all(@PathVariable("lang") Language language, Model model) {
        return page.show(language, activities.all(language), null, null, model);
    }

    @GetMapping({PublicPaths.ACTIVITIES_CITY_DA, PublicPaths.ACTIVITIES_CITY_EN})
    String city(@PathVariable("lang") Language language, @PathVariable String slug, Model model) {
        return page.show(language, activities.all(language), slug, null, model);
    }

    @GetMapping({PublicPaths.ACTIVITIES_YEAR_DA, PublicPaths.ACTIVITIES_YEAR_EN})
    String year(@PathVariable("lang") Language language, @PathVariable int year, Model model) {
        return page.show(language, activities.all(language), null, year, model);
    }
}
