package dk.aarhus.sistercities.site;

import dk.aarhus.sistercities.activity.ActivityCard;
import dk.aarhus.sistercities.activity.ActivityDirectory;
import dk.aarhus.sistercities.city.CityCard;
import dk.aarhus.sistercities.city.CityCatalog;
import dk.aarhus.sistercities.content.Language;
import dk.aarhus.sistercities.content.PublicPaths;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * The activities page: every published activity, newest first, and the same list for one partnership or
 * one year. The filters are plain links, offered only for cities and years that have activities, one
 * filter at a time: a handful of addresses, each a page of its own.
 */
@Controller
class ActivitiesController {

    /** A filter link: what it says, where it leads, whether it is the page shown. */
    record Filter(String label, String path, boolean current) {
    }

    private final ActivityDirectory activities;
    private final CityCatalog catalog;
    private final PublicPaths paths;
    private final MessageSource messages;

    ActivitiesController(ActivityDirectory activities, CityCatalog catalog, PublicPaths paths,
            MessageSource messages) {
        this.messages = messages;
        this.activities = activities;
        this.catalog = catalog;
        this.paths = paths;
    }

    @GetMapping({PublicPaths.ACTIVITIES_DA, PublicPaths.ACTIVITIES_EN})
    String all(@PathVariable("lang") Language language, Model model) {
        return show(language, null, null, model);
    }

    @GetMapping({PublicPaths.ACTIVITIES_CITY_DA, PublicPaths.ACTIVITIES_CITY_EN})
    String city(@PathVariable("lang") Language language, @PathVariable String slug, Model model) {
        return show(language, slug, null, model);
    }

    @GetMapping({PublicPaths.ACTIVITIES_YEAR_DA, PublicPaths.ACTIVITIES_YEAR_EN})
    String year(@PathVariable("lang") Language language, @PathVariable int year, Model model) {
        return show(language, null, year, model);
    }

    private String show(Language language, String slug, Integer year, Model model) {
        List<ActivityCard> all = activities.all(language);
        Map<String, String> names = cityNames(language);
        List<Filter> cities = all.stream().flatMap(a -> a.cities().stream()).distinct()
                .filter(names::containsKey)
                .map(s -> new Filter(names.get(s), paths.activitiesOfCity(language, s), s.equals(slug)))
                .sorted(Comparator.comparing(Filter::label))
                .toList();
        List<Filter> years = all.stream().map(ActivityCard::year).distinct().sorted(Comparator.reverseOrder())
                .map(y -> new Filter(String.valueOf(y), paths.activitiesInYear(language, y), y.equals(year)))
                .toList();
        Predicate<ActivityCard> shown = a -> (slug == null || a.cities().contains(slug))
                && (year == null || a.year() == year);
        List<ActivityCard> list = all.stream().filter(shown).toList();
        // Only the filters offered exist as pages: any other city or year is not found.
        if ((slug != null && cities.stream().noneMatch(Filter::current))
                || (year != null && years.stream().noneMatch(Filter::current))) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        model.addAttribute("activities", list);
        model.addAttribute("cityNames", names);
        model.addAttribute("cityFilters", cities);
        model.addAttribute("yearFilters", years);
        model.addAttribute("filtered", slug != null || year != null);
        model.addAttribute("heading", slug != null
                ? messages.getMessage("activities.title-city", new Object[] {names.get(slug)}, language.locale())
                : year != null ? messages.getMessage("activities.title-year", new Object[] {String.valueOf(year)},
                        language.locale())
                : messages.getMessage("activities.title", null, language.locale()));
        return "site/activities";
    }

    /** The published partner cities' names by slug: an activity links only to cities citizens can open. */
    private Map<String, String> cityNames(Language language) {
        Map<String, String> names = new LinkedHashMap<>();
        for (CityCard card : catalog.cards(language)) {
            names.put(card.slug(), card.name());
        }
        return names;
    }
}
