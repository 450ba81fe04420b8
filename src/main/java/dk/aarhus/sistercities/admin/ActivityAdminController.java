package dk.aarhus.sistercities.admin;

import dk.aarhus.sistercities.activity.ActivityContent;
import dk.aarhus.sistercities.activity.ActivityEditor;
import dk.aarhus.sistercities.content.Language;
import dk.aarhus.sistercities.content.Localized;
import dk.aarhus.sistercities.content.PartialDate;
import dk.aarhus.sistercities.revision.Revision;
import dk.aarhus.sistercities.site.PathLocaleResolver;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The editors' pages for activities ({@code /admin/activities}): the list, a new activity, and each
 * activity's draft, publishing and history, like the contacts. The preview is {@link ActivityPreviewController}.
 */
@Controller
class ActivityAdminController {

    static final String BASE = "/admin/activities";
    static final String NEW = BASE + "/new";
    static final String KEY = BASE + "/{key:[a-z0-9-]{1,60}}";

    /** A row of the list: the activity's title in the editor's language, its date, and where it stands. */
    record Row(String key, String title, String when, ActivityEditor.Item item) {
    }

    private final ActivityEditor editor;
    private final ContactScopes cities;
    private final ImageAttachment images;
    private final ValueLabels labels;

    ActivityAdminController(ActivityEditor editor, ContactScopes cities, ImageAttachment images, ValueLabels labels) {
        this.images = images;
        this.labels = labels;
        this.editor = editor;
        this.cities = cities;
    }

    @ModelAttribute("languages")
    Language[] languages() {
        return Language.values();
    }

    /** Every activity, filtered by a text (title, place, text in both languages) and a state. */
    @GetMapping(BASE)
    String list(HttpServletRequest request, @RequestParam(required = false) String q,
            @RequestParam(required = false) String state, Model model) {
        Language language = PathLocaleResolver.languageOf(request);
        ListFilter filter = new ListFilter(q).choice("state", state, ListFilter.STATES);
        List<ActivityEditor.Item> all = editor.items();
        List<Row> shown = all.stream().filter(item -> filter.matches("state", item.state().name())
                && filter.matchesText(item.content().texts().values().stream()
                        .map(t -> ListFilter.joined(t.title(), t.place(), t.body())).toList().toString())).map(item -> {
            ActivityContent.Texts text = Localized.pick(item.content().texts(), language);
            return new Row(item.content().key(), text == null || text.title() == null ? item.content().key() : text.title(),
                    PartialDate.format(item.content().starts(), language), item);
        }).toList();
        model.addAttribute("rows", shown);
        model.addAttribute("stateOptions", ListFilter.STATES);
        filter.show(model, shown.size(), all.size());
        return "admin/activities";
    }

    @GetMapping(NEW)
    String create(HttpServletRequest request, Model model) {
        model.addAttribute("activityForm", ActivityForm.empty());
        return form(null, null, cityOptions(request), model);
    }

    @PostMapping(NEW)
    String saveNew(@ModelAttribute("activityForm") ActivityForm form, BindingResult result,
            HttpServletRequest request, Principal principal, Model model, RedirectAttributes redirect) {
        String key = editor.newKey();
        Map<String, String> options = cityOptions(request);
        model.addAttribute("unsaved", true);
        images.attach(form, request, result, principal.getName(), model, redirect);
        ActivityContent content = form.content(key);
        form.check(content, options.keySet(), result, false);
        if (result.hasErrors()) {
            form.withEmptyRow();
            return form(null, null, options, model);
        }
        editor.save(0, content, principal.getName());
        redirect.addFlashAttribute("saved", true);
        return "redirect:" + BASE + "/" + key;
    }

    @GetMapping(KEY)
    String edit(@PathVariable String key, @RequestParam(name = "history", required = false) String history,
            HttpServletRequest request, Model model) {
        ActivityEditor.Draft draft = editor.draft(key).orElseThrow(ActivityAdminController::notFound);
        ActivityForm form = ActivityForm.of(draft);
        model.addAttribute("activityForm", form);
        model.addAttribute("history", editor.recent(key, "all".equals(history)));
        Map<String, String> options = cityOptions(request);
        if (model.containsAttribute("notPublishable") || model.containsAttribute("previewIncomplete")) {
            // A draft is saved incomplete; after a refused publish or preview the form says what is missing.
            BindingResult missing = new BeanPropertyBindingResult(form, "activityForm");
            form.check(form.content(key), options.keySet(), missing, true);
            form.withEmptyRow();
            model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "activityForm", missing);
        }
        return form(key, draft, options, model);
    }

    @PostMapping(KEY)
    String save(@PathVariable String key, @ModelAttribute("activityForm") ActivityForm form, BindingResult result,
            @RequestParam(required = false) String action, HttpServletRequest request, Principal principal,
            Model model, RedirectAttributes redirect) {
        ActivityEditor.Draft current = editor.draft(key).orElseThrow(ActivityAdminController::notFound);
        if (form.getBaseRevision() == null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        Map<String, String> options = cityOptions(request);
        model.addAttribute("unsaved", true);
        images.attach(form, request, result, principal.getName(), model, redirect);
        ActivityContent content = form.content(key);
        form.check(content, options.keySet(), result, false);
        if (result.hasErrors()) {
            form.withEmptyRow();
            return form(key, current, options, model);
        }
        int saved;
        try {
            saved = editor.save(form.getBaseRevision(), content, principal.getName());
        } catch (ActivityEditor.StaleException stale) {
            return conflict(key, content, form, stale.current(), stale.meanwhile(), options, model);
        } catch (DataIntegrityViolationException raced) {
            ActivityEditor.Draft now = editor.draft(key).orElseThrow(ActivityAdminController::notFound);
            return conflict(key, content, form, now, editor.history(key).stream()
                    .filter(r -> r.getNumber() > form.getBaseRevision()).toList(), options, model);
        }
        redirect.addFlashAttribute("saved", true);
        return SaveAndPublish.next(action, BASE + "/" + key, saved, "ACTIVITY", key);
    }

    private String conflict(String key, ActivityContent yours, ActivityForm form, ActivityEditor.Draft current,
            List<Revision> meanwhile, Map<String, String> options, Model model) {
        model.addAttribute("meanwhile", meanwhile);
        model.addAttribute("sideBySide", labels.of(ActivityChanges.between(current.content(), yours)));
        // Saving again, after reading this, puts the editor's version on top; theirs stays in the history.
        form.setBaseRevision(current.revision());
        form.withEmptyRow();
        return form(key, current, options, model);
    }

    @PostMapping(KEY + "/publish")
    String publish(@PathVariable String key, @RequestParam int seenRevision, Principal principal,
            RedirectAttributes redirect) {
        return act(key, () -> editor.publish(key, seenRevision, principal.getName()), "published", redirect);
    }

    @PostMapping(KEY + "/remove")
    String remove(@PathVariable String key, @RequestParam int seenRevision, Principal principal,
            RedirectAttributes redirect) {
        return act(key, () -> editor.unpublish(key, seenRevision, principal.getName()), "removed", redirect);
    }

    /** Publishes or removes; a step on a state the editor has not seen is refused and said so. */
    private String act(String key, Runnable step, String done, RedirectAttributes redirect) {
        editor.draft(key).orElseThrow(ActivityAdminController::notFound);
        try {
            step.run();
            redirect.addFlashAttribute(done, true);
        } catch (ActivityEditor.StaleException | DataIntegrityViolationException stale) {
            redirect.addFlashAttribute("stale", true);
        } catch (ResponseStatusException refused) {
            if (refused.getStatusCode() != HttpStatus.CONFLICT) {
                throw refused;
            }
            redirect.addFlashAttribute("notPublishable", true);
        }
        return "redirect:" + BASE + "/" + key;
    }

    @PostMapping(KEY + "/restore")
    String restore(@PathVariable String key, @RequestParam int revision, Principal principal,
            RedirectAttributes redirect) {
        editor.draft(key).orElseThrow(ActivityAdminController::notFound);
        try {
            editor.restore(key, revision, principal.getName());
            redirect.addFlashAttribute("restored", revision);
        } catch (DataIntegrityViolationException raced) {
            redirect.addFlashAttribute("stale", true);
        }
        return "redirect:" + BASE + "/" + key;
    }

    /** The form page; {@code key} and {@code current} are null for a new activity. */
    private String form(String key, ActivityEditor.Draft current, Map<String, String> options, Model model) {
        model.addAttribute("key", key);
        model.addAttribute("cityOptions", options);
        model.addAttribute("seenRevision", current == null ? 0 : current.revision());
        if (key != null && !model.containsAttribute("history")) {
            model.addAttribute("history", editor.recent(key, false));
        }
        model.addAttribute("state", key == null ? null : editor.state(key));
        return "admin/activity-form";
    }

    /** The partner cities an activity can name (every city that is not deleted), slug to name. */
    private Map<String, String> cityOptions(HttpServletRequest request) {
        return cities.cities(PathLocaleResolver.languageOf(request));
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
