package dk.aarhus.sistercities.site;

import dk.aarhus.sistercities.activity.ActivityCard;
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
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.server.ResponseStatusException;

/** What the activities template needs, for the public page and for an editor's preview of it. */
@Component
public class ActivitiesPage {

    /** A filter link: what it says, where it leads, whether it is the page shown. */
    public record Filter(String label, String path, boolean current) {
    }

    private final CityCatalog catalog;
    private final PublicPaths paths;
    private final MessageSource messages;

    ActivitiesPage(CityCatalog catalog, PublicPaths paths, MessageSource messages) {
        this.catalog = catalog;
        this.paths = paths;
        this.messages = messages;
    }

    /**
     * The activities of {@code all} for one city, one year or none (null), with the filters {@code all} offers;
     * answers the view's name. Any other city or year is not found.
     */
    public String show(Language language, List<ActivityCard> all, String slug, Integer year, Model model) {
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
