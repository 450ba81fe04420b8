package dk.aarhus.sistercities.admin;

import dk.aarhus.sistercities.city.City;
import dk.aarhus.sistercities.city.CityCatalog;
import dk.aarhus.sistercities.city.CityContent;
import dk.aarhus.sistercities.city.CityHistory;
import dk.aarhus.sistercities.city.CityRepository;
import dk.aarhus.sistercities.city.CityStatus;
import dk.aarhus.sistercities.city.PartnershipTypeRepository;
import dk.aarhus.sistercities.city.ResultArea;
import dk.aarhus.sistercities.content.Language;
import dk.aarhus.sistercities.content.PublicPaths;
import dk.aarhus.sistercities.site.PageContext;
import dk.aarhus.sistercities.site.PathLocaleResolver;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.SmartValidator;
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
 * The editors' pages for a city: the form (create, edit, save) and the preview. The list is
 * {@link CityListController}; publishing and deleting are in {@link CityPublishingController}, their
 * confirmations in {@link RemovalController}, the history in {@link CityHistoryController}.
 */
@Controller
class CityAdminController {

    private final CityRepository cities;
    private final PartnershipTypeRepository types;
    private final CityEditor editor;
    private final CityHistory history;
    private final CityCatalog catalog;
    private final PublicPaths paths;
    private final SmartValidator validator;
    private final MessageSource messages;
    private final ValueLabels labels;

    CityAdminController(CityRepository cities, PartnershipTypeRepository types, CityEditor editor,
            CityHistory history, CityCatalog catalog, PublicPaths paths,
            SmartValidator validator, MessageSource messages, ValueLabels labels) {
        this.cities = cities;
        this.types = types;
        this.editor = editor;
        this.history = history;
        this.catalog = catalog;
        this.paths = paths;
        this.validator = validator;
        this.messages = messages;
        this.labels = labels;
    }

    /** Bounds what a request can make the binder build: no more results than the form allows. */
    @InitBinder("cityForm")
    void bounded(WebDataBinder binder) {
        binder.setAutoGrowCollectionLimit(CityForm.MAX_RESULTS + 1);
    }

    /** A choice in a select: the value sent and the label shown. */
    record Option(String value, String label) {
    }

    @ModelAttribute("typeOptions")
    List<Option> typeOptions(HttpServletRequest request) {
        Language language = PathLocaleResolver.languageOf(request);
        return types.findAllWithTexts().stream()
                .map(t -> new Option(t.getCode(), t.text(language).name()))
                .toList();
    }

    @ModelAttribute("statusOptions")
    List<Option> statusOptions(Locale locale) {
        return Arrays.stream(CityStatus.values())
                .map(s -> new Option(s.name(), messages.getMessage("status." + s.name(), null, locale)))
                .toList();
    }

    @ModelAttribute("areaOptions")
    List<Option> areaOptions(Locale locale) {
        return Arrays.stream(ResultArea.values())
                .map(a -> new Option(a.name(), messages.getMessage("area." + a.name(), null, locale)))
                .toList();
    }

    @ModelAttribute("languages")
    Language[] languages() {
        return Language.values();
    }

    @GetMapping("/admin/cities/new")
    String createForm(Model model) {
        model.addAttribute("cityForm", new CityForm());
        return "admin/city-form";
    }

    @PostMapping("/admin/cities/new")
    String create(@ModelAttribute("cityForm") CityForm form, BindingResult result,
            @RequestParam(required = false) String action, Principal principal, Model model,
            RedirectAttributes redirect) {
        if (form.getId() != null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        model.addAttribute("unsaved", true);
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

    @GetMapping("/admin/cities/{id}")
    String edit(@PathVariable long id, Model model) {
        City city = editor.city(id);
        model.addAttribute("cityForm", CityForm.of(id, history.draft(city), city.getDraftRevision()));
        addState(model, city);
        return "admin/city-form";
    }

    @PostMapping("/admin/cities/{id}")
    String save(@PathVariable long id, @ModelAttribute("cityForm") CityForm form, BindingResult result,
            @RequestParam(required = false) String action, Principal principal, Model model,
            RedirectAttributes redirect) {
        if (form.getId() == null || form.getId() != id || form.getBaseRevision() == null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        City city = editor.city(id);
        addState(model, city);
        model.addAttribute("unsaved", true);
        if (FormRows.apply(form, action)) {
            return "admin/city-form";
        }
        validate(form, result, model);
        if (result.hasErrors()) {
            return "admin/city-form";
        }
        try {
            editor.save(id, form.getBaseRevision(), form.toContent(false), principal.getName());
            redirect.addFlashAttribute("saved", true);
            return "redirect:/admin/cities/" + id;
        } catch (CityEditor.StaleException stale) {
            return conflict(form, stale.conflict(), model);
        } catch (ObjectOptimisticLockingFailureException | DataIntegrityViolationException raced) {
            // Another editor's save landed between our check and our write.
            City now = editor.city(id);
            return conflict(form, editor.conflict(now, form.getBaseRevision()), model);
        } catch (CityEditor.SlugTakenException e) {
            result.rejectValue("slug", "SlugTaken");
            return "admin/city-form";
        }
    }

    /** The save is refused: show who changed what, both versions, and keep everything typed. */
    private String conflict(CityForm yours, CityEditor.Conflict conflict, Model model) {
        CityContent yourContent = yours.toContent(false);
        Locale locale = LocaleContextHolder.getLocale();
        model.addAttribute("conflict", new CityEditor.Conflict(conflict.current(), conflict.currentRevision(),
                conflict.meanwhile(), labels.of(conflict.theirChanges(), locale)));
        model.addAttribute("sideBySide", labels.of(ContentDiff.between(conflict.current(), yourContent), locale));
        // Saving again, after reading this, puts the editor's version on top; theirs stays in the history.
        yours.setBaseRevision(conflict.currentRevision());
        return "admin/city-form";
    }

    @GetMapping("/admin/cities/{id}/preview/{lang:da|en}")
    String preview(@PathVariable long id, @PathVariable("lang") Language language, Model model) {
        City city = editor.city(id);
        CityContent draft = history.draft(city);
        model.addAttribute("city", catalog.preview(language, id, draft));
        String path = paths.city(language, draft.slug());
        String other = "/admin/cities/" + id + "/preview/" + language.other().code();
        model.addAttribute("page", new PageContext(language, path, other, paths.absolute(path),
                paths.absolute(other), paths.absolute("/"), false));
        model.addAttribute("preview", new Preview(id, city.getDraftRevision(), city.isPublished()));
        return "city/city";
    }

    /** Shown above a preview: it is not the public page. */
    record Preview(long cityId, int revision, boolean published) {
        public String backPath() {
            return "/admin/cities/" + cityId;
        }
    }

    /** Validates only on save, so that adding or moving a result does not flag fields not yet filled in. */
    private void validate(CityForm form, BindingResult result, Model model) {
        form.keepSiteLanguages();
        validator.validate(form, result);
        if (form.getType() != null && types.findByCode(form.getType()).isEmpty()) {
            result.rejectValue("type", "UnknownType");
        }
        CityFormChecks.acrossFields(form, result);
        if (result.hasErrors()) {
            model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "cityForm",
                    FormErrors.inPageOrder(result, CityFormChecks.fieldOrder(form)));
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
