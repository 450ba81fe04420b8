package dk.aarhus.sistercities.admin;

import dk.aarhus.sistercities.activity.ActivityDirectory;
import dk.aarhus.sistercities.activity.ActivityEditor;
import dk.aarhus.sistercities.activity.ActivityRules;
import dk.aarhus.sistercities.city.CityCard;
import dk.aarhus.sistercities.city.CityCatalog;
import dk.aarhus.sistercities.content.Language;
import dk.aarhus.sistercities.content.PublicPaths;
import dk.aarhus.sistercities.site.PageContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** An activity's draft on the activities page, among the published ones, where citizens will see it. */
@Controller
class ActivityPreviewController {

    /** Shown above a preview: it is not the public page; the link leads back to the form. */
    record ActivityPreview(String backPath, boolean published) {
    }

    private final ActivityEditor editor;
    private final ActivityDirectory activities;
    private final CityCatalog catalog;
    private final PublicPaths paths;
    private final MessageSource messages;

    ActivityPreviewController(ActivityEditor editor, ActivityDirectory activities, CityCatalog catalog,
            PublicPaths paths, MessageSource messages) {
        this.editor = editor;
        this.activities = activities;
        this.catalog = catalog;
        this.paths = paths;
        this.messages = messages;
    }

    @GetMapping(ActivityAdminController.KEY + "/preview/{lang:da|en}")
    String preview(@PathVariable String key, @PathVariable("lang") Language language, Model model,
            RedirectAttributes redirect) {
        ActivityEditor.Draft draft = editor.draft(key)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (ActivityRules.problems(draft.content(), null).stream().anyMatch(ActivityRules::missing)) {
            // An incomplete draft cannot be drawn among the activities: the form says what is missing.
            redirect.addFlashAttribute("previewIncomplete", true);
            return "redirect:" + ActivityAdminController.BASE + "/" + key;
        }
        Map<String, String> names = new LinkedHashMap<>();
        for (CityCard card : catalog.cards(language)) {
            names.put(card.slug(), card.name());
        }
        model.addAttribute("activities", activities.withDraft(draft.content(), language));
        model.addAttribute("cityNames", names);
        model.addAttribute("cityFilters", List.of());
        model.addAttribute("yearFilters", List.of());
        model.addAttribute("filtered", false);
        model.addAttribute("heading", messages.getMessage("activities.title", null, language.locale()));
        String path = paths.activities(language);
        String base = ActivityAdminController.BASE + "/" + key;
        String other = base + "/preview/" + language.other().code();
        model.addAttribute("page", new PageContext(language, path, other, paths.absolute(path), paths.absolute(other),
                paths.absolute("/"), false));
        ActivityEditor.State state = editor.state(key);
        model.addAttribute("preview", new ActivityPreview(base, state != ActivityEditor.State.DRAFT));
        return "site/activities";
    }
}
