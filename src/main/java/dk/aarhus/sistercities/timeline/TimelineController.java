package dk.aarhus.sistercities.timeline;

import dk.aarhus.sistercities.city.CityCatalog;
import dk.aarhus.sistercities.city.CityTimeline;
import dk.aarhus.sistercities.content.Language;
import dk.aarhus.sistercities.content.PublicPaths;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The timeline page: the partnerships drawn twice (for phones and for wider screens; only one shows) and the
 * same events as an ordered list, which is what screen readers get.
 */
@Controller
class TimelineController {

    private final CityCatalog catalog;
    private final Clock clock;

    TimelineController(CityCatalog catalog, Clock clock) {
        this.catalog = catalog;
        this.clock = clock;
    }

    @GetMapping({PublicPaths.TIMELINE_DA, PublicPaths.TIMELINE_EN})
    String timeline(@PathVariable("lang") Language language, Model model) {
        List<CityTimeline> cities = catalog.timeline(language);
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("narrow", TimelineLayout.draw(cities, today, TimelineLayout.Shape.NARROW));
        model.addAttribute("wide", TimelineLayout.draw(cities, today, TimelineLayout.Shape.WIDE));
        model.addAttribute("entries", TimelineLayout.entries(cities));
        model.addAttribute("undated", cities.stream().filter(c -> c.events().isEmpty()).map(CityTimeline::card).toList());
        return "timeline/timeline";
    }
}
