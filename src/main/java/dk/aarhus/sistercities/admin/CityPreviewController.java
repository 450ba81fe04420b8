package dk.aarhus.sistercities.admin;

import dk.aarhus.sistercities.city.City;
import dk.aarhus.sistercities.city.CityCatalog;
import dk.aarhus.sistercities.city.CityContent;
import dk.aarhus.sistercities.city.CityHistory;
import dk.aarhus.sistercities.city.CityPageModel;
import dk.aarhus.sistercities.content.Language;
import dk.aarhus.sistercities.content.PublicPaths;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A city's draft exactly as its public page will look, also for a city never published. */
@Controller
class CityPreviewController {

    private final CityEditor editor;
    private final CityHistory history;
    private final CityCatalog catalog;
    private final CityPageModel cityPage;
    private final PublicPaths paths;
    private final Previews previews;
    private final CityCompleteness completeness;

    CityPreviewController(CityEditor editor, CityHistory history, CityCatalog catalog, CityPageModel cityPage,
            PublicPaths paths, Previews previews, CityCompleteness completeness) {
        this.completeness = completeness;
        this.editor = editor;
        this.history = history;
        this.catalog = catalog;
        this.cityPage = cityPage;
        this.paths = paths;
        this.previews = previews;
    }

    @GetMapping("/admin/cities/{id}/preview/{lang:da|en}")
    String preview(@PathVariable long id, @PathVariable("lang") Language language, HttpServletRequest request,
            Model model, RedirectAttributes redirect) {
        City city = editor.city(id);
        CityContent draft = history.draft(city);
        if (completeness.forPreview(CityForm.of(id, draft, null)).hasErrors()) {
            // The page cannot be drawn without its required fields: the form says which they are.
            redirect.addFlashAttribute("previewIncomplete", true);
            return "redirect:/admin/cities/" + id;
        }
        String view = cityPage.show(language, draft.slug(), catalog.preview(language, id, draft), model);
        previews.show(model, request, language, paths.city(language, draft.slug()),
                paths.city(language.other(), draft.slug()), "/admin/cities/" + id, city.isPublished());
        return view;
    }
}
