package dk.aarhus.sistercities.admin;

import dk.aarhus.sistercities.activity.ActivityDirectory;
import dk.aarhus.sistercities.activity.ActivityEditor;
import dk.aarhus.sistercities.activity.ActivityRules;
import dk.aarhus.sistercities.content.Language;
import dk.aarhus.sistercities.content.PublicPaths;
import dk.aarhus.sistercities.site.ActivitiesPage;
import jakarta.servlet.http.HttpServletRequest;
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

    private final ActivityEditor editor;
    private final ActivityDirectory activities;
    private final ActivitiesPage activitiesPage;
    private final PublicPaths paths;
    private final Previews previews;

    ActivityPreviewController(ActivityEditor editor, ActivityDirectory activities, ActivitiesPage activitiesPage,
            PublicPaths paths, Previews previews) {
        this.editor = editor;
        this.activities = activities;
        this.activitiesPage = activitiesPage;
        this.paths = paths;
        this.previews = previews;
    }

    @GetMapping(ActivityAdminController.KEY + "/preview/{lang:da|en}")
    String preview(@PathVariable String key, @PathVariable("lang") Language language, HttpServletRequest request,
            Model model, RedirectAttributes redirect) {
        ActivityEditor.Draft draft = editor.draft(key)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (ActivityRules.problems(draft.content(), null).stream().anyMatch(ActivityRules::missing)) {
            // An incomplete draft cannot be drawn among the activities: the form says what is missing.
            redirect.addFlashAttribute("previewIncomplete", true);
            return "redirect:" + ActivityAdminController.BASE + "/" + key;
        }
        String view = activitiesPage.show(language, activities.withDraft(draft.content(), language), null, null, model);
        previews.show(model, request, language, paths.activities(language), paths.activities(language.other()),
                ActivityAdminController.BASE + "/" + key, editor.state(key) != ActivityEditor.State.DRAFT);
        return view;
    }
}
