package dk.aarhus.sistercities.admin;

import dk.aarhus.sistercities.city.City;
import dk.aarhus.sistercities.city.CityHistory;
import dk.aarhus.sistercities.city.CityRepository;
import dk.aarhus.sistercities.revision.Revision;
import java.security.Principal;
import java.util.Locale;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A city's history: every revision, any two compared, any one restored as the new draft (also of a deleted city). */
@Controller
class CityHistoryController {

    private final CityRepository cities;
    private final CityHistory history;
    private final CityEditor editor;
    private final ValueLabels labels;

    CityHistoryController(CityRepository cities, CityHistory history, CityEditor editor, ValueLabels labels) {
        this.cities = cities;
        this.history = history;
        this.editor = editor;
        this.labels = labels;
    }

    @GetMapping("/admin/cities/{id}/history")
    String history(@PathVariable long id, Model model) {
        City city = cities.findById(id).orElseThrow(CityHistoryController::notFound);
        model.addAttribute("cityId", id);
        model.addAttribute("deleted", city.isDeleted());
        model.addAttribute("draft", history.draft(city));
        model.addAttribute("revisions", history.revisions(city));
        model.addAttribute("publishedRevision", city.getPublishedRevision());
        model.addAttribute("draftRevision", city.getDraftRevision());
        return "admin/city-history";
    }

    @GetMapping("/admin/cities/{id}/compare")
    String compare(@PathVariable long id, @RequestParam int from, @RequestParam int to, Locale locale, Model model) {
        City city = cities.findById(id).orElseThrow(CityHistoryController::notFound);
        Revision a = history.revision(city, Math.min(from, to)).orElseThrow(CityHistoryController::notFound);
        Revision b = history.revision(city, Math.max(from, to)).orElseThrow(CityHistoryController::notFound);
        model.addAttribute("cityId", id);
        model.addAttribute("draft", history.draft(city));
        model.addAttribute("from", a);
        model.addAttribute("to", b);
        model.addAttribute("changes", labels.of(ContentDiff.between(history.content(a), history.content(b)), locale));
        return "admin/city-compare";
    }

    @PostMapping("/admin/cities/{id}/restore")
    String restore(@PathVariable long id, @RequestParam int revision, Principal principal,
            RedirectAttributes redirect) {
        try {
            editor.restore(id, revision, principal.getName());
        } catch (ObjectOptimisticLockingFailureException | DataIntegrityViolationException raced) {
            redirect.addFlashAttribute("stale", true);
            return "redirect:/admin/cities/" + id + "/history";
        }
        redirect.addFlashAttribute("restored", revision);
        return "redirect:/admin/cities/" + id;
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
