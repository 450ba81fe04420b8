package dk.aarhus.sistercities.admin;

import dk.aarhus.sistercities.contact.ContactContent;
import dk.aarhus.sistercities.contact.ContactEditor;
import dk.aarhus.sistercities.content.Language;
import dk.aarhus.sistercities.revision.Revision;
import dk.aarhus.sistercities.site.PathLocaleResolver;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The editors' pages for contacts ({@code /admin/contacts}): the general contact and one per partnership,
 * each with its draft, publishing and history, like the site texts. The preview is {@link ContactPreviewController}.
 */
@Controller
class ContactAdminController {

    static final String BASE = "/admin/contacts";
    static final String SCOPE = BASE + "/{scope:[a-z0-9-]{1,60}}";

    /** A row of the list: the contact's scope, what it is for, and where it stands. */
    record Row(String scope, String cityName, ContactEditor.Item item) {
    }

    private final ContactEditor editor;
    private final ContactScopes cities;

    ContactAdminController(ContactEditor editor, ContactScopes cities) {
        this.editor = editor;
        this.cities = cities;
    }

    @ModelAttribute("languages")
    Language[] languages() {
        return Language.values();
    }

    @GetMapping(BASE)
    String list(HttpServletRequest request, Model model) {
        Map<String, String> names = cities.cities(PathLocaleResolver.languageOf(request));
        List<String> scopes = new ArrayList<>(List.of(ContactContent.GENERAL));
        scopes.addAll(names.keySet());
        List<Row> list = editor.items(scopes).stream()
                .map(item -> new Row(item.scope(), names.get(item.scope()), item)).toList();
        model.addAttribute("rows", list);
        return "admin/contacts";
    }

    @GetMapping(SCOPE)
    String edit(@PathVariable String scope, @RequestParam(name = "history", required = false) String history,
            HttpServletRequest request, Model model) {
        String cityName = cityName(scope, request);
        ContactEditor.Draft draft = editor.draft(scope);
        model.addAttribute("contactForm", ContactForm.of(draft));
        model.addAttribute("history", editor.recent(scope, "all".equals(history)));
        return form(scope, cityName, draft, model);
    }

    @PostMapping(SCOPE)
    String save(@PathVariable String scope, @ModelAttribute("contactForm") ContactForm form, BindingResult result,
            @RequestParam(required = false) String action, HttpServletRequest request, Principal principal,
            Model model, RedirectAttributes redirect) {
        String cityName = cityName(scope, request);
        if (form.getBaseRevision() == null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        model.addAttribute("unsaved", true);
        ContactContent content = form.content(scope);
        ContactForm.check(content, result);
        if (result.hasErrors()) {
            return form(scope, cityName, editor.draft(scope), model);
        }
        int saved;
        try {
            saved = editor.save(form.getBaseRevision(), content, principal.getName());
        } catch (ContactEditor.StaleException stale) {
            return conflict(scope, cityName, content, form, stale.current(), stale.meanwhile(), model);
        } catch (DataIntegrityViolationException raced) {
            ContactEditor.Draft now = editor.draft(scope);
            return conflict(scope, cityName, content, form, now, editor.history(scope).stream()
                    .filter(r -> r.getNumber() > form.getBaseRevision()).toList(), model);
        }
        redirect.addFlashAttribute("saved", true);
        return SaveAndPublish.next(action, BASE + "/" + scope, saved, "CONTACT", scope);
    }

    private String conflict(String scope, String cityName, ContactContent yours, ContactForm form,
            ContactEditor.Draft current, List<Revision> meanwhile, Model model) {
        model.addAttribute("meanwhile", meanwhile);
        model.addAttribute("sideBySide", changes(current.content(), yours));
        // Saving again, after reading this, puts the editor's version on top; theirs stays in the history.
        form.setBaseRevision(current.revision());
        return form(scope, cityName, current, model);
    }

    @PostMapping(SCOPE + "/publish")
    String publish(@PathVariable String scope, @RequestParam int seenRevision, HttpServletRequest request,
            Principal principal, RedirectAttributes redirect) {
        cityName(scope, request);
        return act(scope, () -> editor.publish(scope, seenRevision, principal.getName()), "published", redirect);
    }

    @PostMapping(SCOPE + "/remove")
    String remove(@PathVariable String scope, @RequestParam int seenRevision, HttpServletRequest request,
            Principal principal, RedirectAttributes redirect) {
        cityName(scope, request);
        return act(scope, () -> editor.unpublish(scope, seenRevision, principal.getName()), "removed", redirect);
    }

    /** Publishes or removes; a step on a state the editor has not seen is refused and said so. */
    private static String act(String scope, Runnable step, String done, RedirectAttributes redirect) {
        try {
            step.run();
            redirect.addFlashAttribute(done, true);
        } catch (ContactEditor.StaleException | DataIntegrityViolationException stale) {
            redirect.addFlashAttribute("stale", true);
        }
        return "redirect:" + BASE + "/" + scope;
    }

    @PostMapping(SCOPE + "/restore")
    String restore(@PathVariable String scope, @RequestParam int revision, HttpServletRequest request,
            Principal principal, RedirectAttributes redirect) {
        cityName(scope, request);
        try {
            editor.restore(scope, revision, principal.getName());
            redirect.addFlashAttribute("restored", revision);
        } catch (DataIntegrityViolationException raced) {
            redirect.addFlashAttribute("stale", true);
        }
        return "redirect:" + BASE + "/" + scope;
    }

    private String form(String scope, String cityName, ContactEditor.Draft current, Model model) {
        model.addAttribute("scope", scope);
        model.addAttribute("cityName", cityName);
        model.addAttribute("seenRevision", current.revision());
        if (!model.containsAttribute("history")) {
            model.addAttribute("history", editor.recent(scope, false));
        }
        model.addAttribute("state", editor.state(scope));
        return "admin/contact-form";
    }

    /** The city a scope names (null for the general contact); a scope that names no city is a 404. */
    private String cityName(String scope, HttpServletRequest request) {
        if (ContactContent.GENERAL.equals(scope)) {
            return null;
        }
        String name = cities.cities(PathLocaleResolver.languageOf(request)).get(scope);
        if (name == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return name;
    }

    /** The fields that differ, for the conflict view; labels {@code field.contact.*}. */
    static List<ContentDiff.Change> changes(ContactContent before, ContactContent after) {
        List<ContentDiff.Change> changes = new ArrayList<>();
        for (Language language : Language.values()) {
            ContactContent.Texts was = before.text(language);
            ContactContent.Texts is = after.text(language);
            add(changes, "unit", language, was.unit(), is.unit());
            add(changes, "role", language, was.role(), is.role());
            add(changes, "hours", language, was.hours(), is.hours());
        }
        add(changes, "person", null, before.person(), after.person());
        add(changes, "email", null, before.email(), after.email());
        add(changes, "phone", null, before.phone(), after.phone());
        add(changes, "website", null, before.website(), after.website());
        add(changes, "address", null, before.address(), after.address());
        return changes;
    }

    private static void add(List<ContentDiff.Change> changes, String field, Language language, String was, String is) {
        if (!Objects.equals(was, is)) {
            changes.add(new ContentDiff.Change("contact." + field, language == null ? null : language.code(), null,
                    was, is));
        }
    }
}
