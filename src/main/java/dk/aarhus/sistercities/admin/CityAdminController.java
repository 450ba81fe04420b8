package dk.aarhus.sistercities.admin;

import dk.aarhus.sistercities.city.City;
import dk.aarhus.sistercities.city.CityContent;
import dk.aarhus.sistercities.city.CityHistory;
import dk.aarhus.sistercities.city.CityRepository;
import dk.aarhus.sistercities.content.Language;
import dk.aarhus.sistercities.site.PathLocaleResolver;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The editors' pages for a city: the form (create, edit, save). The list is {@link CityListController}, the
 * preview {@link CityPreviewController}; publishing and deleting are in {@link CityPublishingController}, their
 * confirmations in {@link RemovalController}, the history in {@link CityHistoryController}.
 */
@Controller
class CityAdminController {

    private final CityRepository cities;
    private final CityEditor editor;
    private final CityHistory history;
    private final CityCompleteness completeness;
    private final ValueLabels labels;
    private final ImageAttachment images;

    CityAdminController(CityRepository cities, CityEditor editor, CityHistory history,
            CityCompleteness completeness, ValueLabels labels, ImageAttachment images) {
        this.images = images;
        this.cities = cities;
        this.editor = editor;
        this.history = history;
        this.completeness = completeness;
        this.labels = labels;
    }

    /** Bounds what a request can make the binder build: no more results than the form allows. */
    @InitBinder("cityForm")
    void bounded(WebDataBinder binder) {
        binder.setAutoGrowCollectionLimit(CityForm.MAX_RESULTS + 1);
    }

    @GetMapping("/admin/cities/new")
    String createForm(Model model) {
        model.addAttribute("cityForm", new CityForm());
        return "admin/city-form";
    }

    @PostMapping("/admin/cities/new")
    String create(@ModelAttribute("cityForm") CityForm form, BindingResult result,
            @RequestParam(required = false) String action, HttpServletRequest request,
            Principal principal, Model model, RedirectAttributes redirect) {
        if (form.getId() != null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        model.addAttribute("unsaved", true);
        images.attach(form, request, result, principal.getName(), model, redirect);
        if (FormRows.apply(form, action)) {
            return "admin/city-form";
        }
        validate(form, result, model);
        if (result.hasErrors()) {
            return "admin/city-form";
        }
        try {
            long id = editor.create(form.toContent(false), principal.getName());
            redirect.addFlashAttribute("saved", true);
            return "redirect:/admin/cities/" + id;
        } catch (CityEditor.SlugTakenException | DataIntegrityViolationException e) {
            result.rejectValue("slug", "SlugTaken");
            return "admin/city-form";
        }
    }

    /** The form of a city's draft; after a refused publish or preview, with what is missing. */
    @GetMapping("/admin/cities/{id}")
    String edit(@PathVariable long id, Model model) {
        City city = editor.city(id);
        CityForm form = CityForm.of(id, history.draft(city), city.getDraftRevision());
        model.addAttribute("cityForm", form);
        if (model.containsAttribute("incomplete")) {
            model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "cityForm", completeness.forPublish(form));
        } else if (model.containsAttribute("previewIncomplete")) {
            model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "cityForm", completeness.forPreview(form));
        }
        addState(model, city);
        return "admin/city-form";
    }

    @PostMapping("/admin/cities/{id}")
    String save(@PathVariable long id, @ModelAttribute("cityForm") CityForm form, BindingResult result,
            @RequestParam(required = false) String action, @RequestParam Map<String, String> parameters,
            HttpServletRequest request, Principal principal, Model model,
            RedirectAttributes redirect) {
        if (form.getId() == null || form.getId() != id || form.getBaseRevision() == null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        City city = editor.city(id);
        addState(model, city);
        model.addAttribute("unsaved", true);
        if (ConflictChoices.anyTheirs(parameters)) {
            // After a refused save: the fields the editor chose to take from the version saved meanwhile, taken
            // before a row is added or moved (the choices name the rows as they were sent), so none is lost.
            history.revision(city, form.getBaseRevision()).map(history::content)
                    .ifPresent(theirs -> ConflictChoices.apply(form, theirs, parameters));
        }
        images.attach(form, request, result, principal.getName(), model, redirect);
        if (FormRows.apply(form, action)) {
            return "admin/city-form";
        }
        validate(form, result, model);
        if (result.hasErrors()) {
            return "admin/city-form";
        }
        try {
            int saved = editor.save(id, form.getBaseRevision(), form.toContent(false), principal.getName());
            redirect.addFlashAttribute("saved", true);
            return SaveAndPublish.next(action, "/admin/cities/" + id, saved, "CITY", String.valueOf(id));
        } catch (CityEditor.StaleException stale) {
            return conflict(city, form, stale.conflict(), model);
        } catch (ObjectOptimisticLockingFailureException | DataIntegrityViolationException raced) {
            // Another editor's save landed between our check and our write.
            City now = editor.city(id);
            return conflict(now, form, editor.conflict(now, form.getBaseRevision()), model);
        } catch (CityEditor.SlugTakenException e) {
            result.rejectValue("slug", "SlugTaken");
            return "admin/city-form";
        }
    }

    /** The save is refused: show who changed what, both versions, and keep everything typed. */
    private String conflict(City city, CityForm yours, CityEditor.Conflict conflict, Model model) {
        CityContent yourContent = yours.toContent(false);
        // The version the editor started from; without it (none recorded), every field counts as theirs to keep.
        CityContent started = history.revision(city, yours.getBaseRevision()).map(history::content)
                .orElse(conflict.current());
        Locale locale = LocaleContextHolder.getLocale();
        model.addAttribute("conflict", new CityEditor.Conflict(conflict.current(), conflict.currentRevision(),
                conflict.meanwhile(), labels.of(conflict.theirChanges(), locale)));
        model.addAttribute("choices", ConflictChoices.of(
                labels.of(ContentDiff.between(conflict.current(), yourContent), locale),
                ConflictChoices.changed(started, yourContent)));
        // Saving again puts the editor's version on top, but for the fields where they chose the other one.
        yours.setBaseRevision(conflict.currentRevision());
        return "admin/city-form";
    }

    /**
     * Validates only on save, so that adding or moving a result does not flag fields not yet filled in; a
     * draft may be incomplete (see {@link CityCompleteness}).
     */
    private void validate(CityForm form, BindingResult result, Model model) {
        BindingResult checked = completeness.forSave(form, result);
        if (checked.hasErrors()) {
            model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "cityForm", checked);
        }
    }

    private void addState(Model model, City city) {
        model.addAttribute("cityId", city.getId());
        model.addAttribute("state", CityListing.state(city));
        model.addAttribute("seenRevision", city.getDraftRevision());
        model.addAttribute("live", city.isPublished());
        model.addAttribute("updatedBy", city.getUpdatedBy());
        model.addAttribute("updatedAt", city.getUpdatedAt());
    }

}
