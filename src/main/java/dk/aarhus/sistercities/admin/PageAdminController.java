package dk.aarhus.sistercities.admin;

import dk.aarhus.sistercities.city.Source;
import dk.aarhus.sistercities.content.Language;
import dk.aarhus.sistercities.page.PageContent;
import dk.aarhus.sistercities.page.PageAddresses;
import dk.aarhus.sistercities.page.PageEditor;
import dk.aarhus.sistercities.page.PageRules;
import dk.aarhus.sistercities.revision.Revision;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
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
 * The editors' pages for pages ({@code /admin/pages}): a new page, and each page's draft, publishing, taking
 * off the site and history, like a contact. The list is {@link PageListController}, the preview
 * {@link PagePreviewController}.
 */
@Controller
class PageAdminController {

    static final String BASE = "/admin/pages";
    static final String KEY = BASE + "/{key:[a-z0-9-]{1,40}}";
    private static final String FORM = "pageForm";

    private final PageEditor editor;
    private final PageAddresses addresses;
    private final ImageAttachment images;
    private final ValueLabels labels;

    PageAdminController(PageEditor editor, PageAddresses addresses, ImageAttachment images, ValueLabels labels) {
        this.images = images;
        this.labels = labels;
        this.editor = editor;
        this.addresses = addresses;
    }

    /** Bounds what a request can make the binder build: no more source rows than a page may have. */
    @InitBinder(FORM)
    void bounded(WebDataBinder binder) {
        binder.setAutoGrowCollectionLimit(PageRules.MAX_SOURCES);
    }

    @ModelAttribute("languages")
    Language[] languages() {
        return Language.values();
    }

    @GetMapping(BASE + "/new")
    String blank(Model model) {
        model.addAttribute(FORM, PageForm.empty());
        model.addAttribute("key", null);
        return "admin/page-form";
    }

    @PostMapping(BASE + "/new")
    String create(@ModelAttribute(FORM) PageForm form, BindingResult result,
            HttpServletRequest request, Principal principal, Model model,
            RedirectAttributes redirect) {
        model.addAttribute("unsaved", true);
        images.attach(form, request, result, principal.getName(), model, redirect);
        PageContent content = form.content(null);
        if (invalid(form, content, result, model)) {
            model.addAttribute("key", null);
            return "admin/page-form";
        }
        try {
            String key = editor.create(content, principal.getName());
            redirect.addFlashAttribute("saved", true);
            return "redirect:" + BASE + "/" + key;
        } catch (DataIntegrityViolationException raced) {
            model.addAttribute("stale", true);
            model.addAttribute("key", null);
            form.withEmptyRows();
            return "admin/page-form";
        }
    }

    @GetMapping(KEY)
    String edit(@PathVariable String key, @RequestParam(name = "history", required = false) String history,
            Model model) {
        PageEditor.Draft draft = editor.draft(key);
        PageForm form = PageForm.of(draft);
        model.addAttribute(FORM, form);
        if (model.containsAttribute("notPublishable") || model.containsAttribute("previewIncomplete")) {
            // A draft is saved incomplete; after a refused publish or preview the form says what is missing.
            model.addAttribute(BindingResult.MODEL_KEY_PREFIX + FORM, PageForm.publishProblems(form, key, addresses));
        }
        model.addAttribute("history", editor.recent(key, "all".equals(history)));
        return form(key, draft, model);
    }

    @PostMapping(KEY)
    String save(@PathVariable String key, @ModelAttribute(FORM) PageForm form, BindingResult result,
            @RequestParam(required = false) String action, HttpServletRequest request, Principal principal,
            Model model, RedirectAttributes redirect) {
        PageEditor.Draft current = editor.draft(key);
        if (form.getBaseRevision() == null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        model.addAttribute("unsaved", true);
        images.attach(form, request, result, principal.getName(), model, redirect);
        PageContent content = form.content(key);
        if (invalid(form, content, result, model)) {
            return form(key, current, model);
        }
        int saved;
        try {
            saved = editor.save(form.getBaseRevision(), content, principal.getName());
        } catch (PageEditor.StaleException stale) {
            return conflict(key, content, form, stale.current(), stale.meanwhile(), model);
        } catch (DataIntegrityViolationException raced) {
            PageEditor.Draft now = editor.draft(key);
            return conflict(key, content, form, now, editor.history(key).stream()
                    .filter(r -> r.getNumber() > form.getBaseRevision()).toList(), model);
        }
        redirect.addFlashAttribute("saved", true);
        return SaveAndPublish.next(action, BASE + "/" + key, saved, "PAGE", key);
    }

    /** Checks the form; on errors puts them, in the form's order, where the template finds them. */
    private boolean invalid(PageForm form, PageContent content, BindingResult result, Model model) {
        BindingResult checked = PageForm.check(form, content, addresses.slugsTaken(content),
                addresses.navigationFull(content), result, false);
        if (checked.hasErrors()) {
            model.addAttribute(BindingResult.MODEL_KEY_PREFIX + FORM, checked);
            form.withEmptyRows();
            return true;
        }
        return false;
    }

    private String conflict(String key, PageContent yours, PageForm form, PageEditor.Draft current,
            List<Revision> meanwhile, Model model) {
        model.addAttribute("meanwhile", meanwhile);
        model.addAttribute("sideBySide", labels.of(changes(current.content(), yours)));
        // Saving again, after reading this, puts the editor's version on top; theirs stays in the history.
        form.setBaseRevision(current.revision());
        form.withEmptyRows();
        return form(key, current, model);
    }

    @PostMapping(KEY + "/publish")
    String publish(@PathVariable String key, @RequestParam int seenRevision, Principal principal,
            RedirectAttributes redirect) {
        return act(key, () -> editor.publish(key, seenRevision, principal.getName()), "published", redirect);
    }

    @PostMapping(KEY + "/unpublish")
    String unpublish(@PathVariable String key, @RequestParam int seenRevision, Principal principal,
            RedirectAttributes redirect) {
        return act(key, () -> editor.unpublish(key, seenRevision, principal.getName()), "unpublished", redirect);
    }

    /** Publishes or takes off; a step on a state the editor has not seen, or one that cannot be taken, is said so. */
    private static String act(String key, Runnable step, String done, RedirectAttributes redirect) {
        try {
            step.run();
            redirect.addFlashAttribute(done, true);
        } catch (PageEditor.StaleException | DataIntegrityViolationException stale) {
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
        try {
            editor.restore(key, revision, principal.getName());
            redirect.addFlashAttribute("restored", revision);
        } catch (DataIntegrityViolationException raced) {
            redirect.addFlashAttribute("stale", true);
        }
        return "redirect:" + BASE + "/" + key;
    }

    private String form(String key, PageEditor.Draft current, Model model) {
        model.addAttribute("key", key);
        // The title in the editor's language, as the list shows it.
        Language language = Language.of(LocaleContextHolder.getLocale());
        model.addAttribute("pageTitle", Objects.requireNonNullElse(current.content().text(language).title(), key));
        model.addAttribute("seenRevision", current.revision());
        if (!model.containsAttribute("history")) {
            model.addAttribute("history", editor.recent(key, false));
        }
        model.addAttribute("state", editor.state(key));
        return "admin/page-form";
    }

    /** The fields that differ, for the conflict view; labels {@code field.page.*}. */
    static List<ContentDiff.Change> changes(PageContent before, PageContent after) {
        List<ContentDiff.Change> changes = new ArrayList<>();
        for (Language language : Language.values()) {
            PageContent.Texts was = before.text(language);
            PageContent.Texts is = after.text(language);
            add(changes, "title", language, was.title(), is.title());
            add(changes, "slug", language, was.slug(), is.slug());
            add(changes, "body", language, was.body(), is.body());
        }
        add(changes, "navPosition", null, Objects.toString(before.navPosition(), null),
                Objects.toString(after.navPosition(), null));
        add(changes, "showContact", null, String.valueOf(before.showContact()), String.valueOf(after.showContact()));
        add(changes, "sources", null, sources(before), sources(after));
        add(changes, "image", null, Objects.toString(before.image(), null), Objects.toString(after.image(), null));
        return changes;
    }

    private static String sources(PageContent page) {
        List<String> lines = new ArrayList<>();
        for (Source s : page.sources()) {
            lines.add((lines.size() + 1) + ". " + String.join(", ", java.util.stream.Stream.of(s.title(), s.publisher(),
                    s.date(), s.url()).filter(Objects::nonNull).toList()));
        }
        return lines.isEmpty() ? null : String.join("\n", lines);
    }

    private static void add(List<ContentDiff.Change> changes, String field, Language language, String was, String is) {
        if (!Objects.equals(was, is)) {
            changes.add(new ContentDiff.Change("page." + field, language == null ? null : language.code(), null,
                    was, is));
        }
    }
}
