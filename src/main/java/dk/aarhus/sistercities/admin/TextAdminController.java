package dk.aarhus.sistercities.admin;

import dk.aarhus.sistercities.city.CityCatalog;
import dk.aarhus.sistercities.city.PartnershipTypeText;
import dk.aarhus.sistercities.contact.ContactDirectory;
import dk.aarhus.sistercities.content.Language;
import dk.aarhus.sistercities.content.Markdown;
import dk.aarhus.sistercities.content.PublicPaths;
import dk.aarhus.sistercities.content.SiteText;
import dk.aarhus.sistercities.revision.Revision;
import dk.aarhus.sistercities.site.OverviewPage;
import dk.aarhus.sistercities.site.PathLocaleResolver;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.Map;
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

/** The editors' pages for the partnership types' texts ({@code /admin/types}) and the site texts ({@code /admin/texts}). */
@Controller
class TextAdminController {

    private static final String KIND = "/admin/{kind:types|texts}";
    private static final String SUBJECT = KIND + "/{key:[a-z0-9.-]{1,100}}";

    private final TextEditor editor;
    private final CityCatalog catalog;
    private final PublicPaths paths;
    private final OverviewPage overviewPage;
    private final Markdown markdown;
    private final ContactDirectory contacts;
    private final Previews previews;

    TextAdminController(TextEditor editor, CityCatalog catalog, PublicPaths paths, OverviewPage overviewPage,
            Markdown markdown, ContactDirectory contacts, Previews previews) {
        this.contacts = contacts;
        this.previews = previews;
        this.editor = editor;
        this.catalog = catalog;
        this.paths = paths;
        this.overviewPage = overviewPage;
        this.markdown = markdown;
    }

    @ModelAttribute("languages")
    Language[] languages() {
        return Language.values();
    }

    @GetMapping(KIND)
    String list(@PathVariable String kind, HttpServletRequest request, Model model) {
        TextSubject.Kind k = kind(kind);
        model.addAttribute("kind", k);
        model.addAttribute("items", editor.items(k, PathLocaleResolver.languageOf(request)));
        return "admin/texts";
    }

    @GetMapping(SUBJECT)
    String edit(@PathVariable String kind, @PathVariable String key,
            @RequestParam(name = "history", required = false) String history, Model model) {
        TextSubject subject = subject(kind, key);
        TextEditor.Draft draft = editor.draft(subject);
        model.addAttribute("textForm", TextForm.of(draft, subject.kind()));
        model.addAttribute("history", editor.recent(subject, "all".equals(history)));
        return form(subject, draft, model);
    }

    @PostMapping(SUBJECT)
    String save(@PathVariable String kind, @PathVariable String key, @ModelAttribute("textForm") TextForm form,
            BindingResult result, @RequestParam(required = false) String action, Principal principal, Model model,
            RedirectAttributes redirect) {
        TextSubject subject = subject(kind, key);
        if (form.getBaseRevision() == null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        model.addAttribute("unsaved", true);
        form.clean(subject.kind(), result);
        TextEditor.Draft current = editor.draft(subject);
        if (result.hasErrors()) {
            return form(subject, current, model);
        }
        int saved;
        try {
            saved = editor.save(subject, form.getBaseRevision(), form.getTexts(), principal.getName());
        } catch (TextEditor.StaleException stale) {
            return conflict(subject, form, stale.current(), stale.meanwhile(), model);
        } catch (DataIntegrityViolationException raced) {
            TextEditor.Draft now = editor.draft(subject);
            return conflict(subject, form, now, editor.history(subject).stream()
                    .filter(r -> r.getNumber() > form.getBaseRevision()).toList(), model);
        }
        redirect.addFlashAttribute("saved", true);
        return SaveAndPublish.next(action, "/admin/" + kind + "/" + key, saved, subject.kind().name(), key);
    }

    private String conflict(TextSubject subject, TextForm yours, TextEditor.Draft current,
            java.util.List<Revision> meanwhile, Model model) {
        model.addAttribute("meanwhile", meanwhile);
        model.addAttribute("sideBySide", TextEditor.changes(current.texts(), yours.getTexts(), subject.kind()));
        // Saving again, after reading this, puts the editor's version on top; theirs stays in the history.
        yours.setBaseRevision(current.revision());
        return form(subject, current, model);
    }

    @PostMapping(SUBJECT + "/publish")
    String publish(@PathVariable String kind, @PathVariable String key, @RequestParam int seenRevision,
            Principal principal, RedirectAttributes redirect) {
        TextSubject subject = subject(kind, key);
        try {
            editor.publish(subject, seenRevision, principal.getName());
            redirect.addFlashAttribute("published", true);
        } catch (TextEditor.StaleException | DataIntegrityViolationException stale) {
            redirect.addFlashAttribute("stale", true);
        }
        return "redirect:/admin/" + kind + "/" + key;
    }

    @PostMapping(SUBJECT + "/restore")
    String restore(@PathVariable String kind, @PathVariable String key, @RequestParam int revision,
            Principal principal, RedirectAttributes redirect) {
        TextSubject subject = subject(kind, key);
        try {
            editor.restore(subject, revision, principal.getName());
            redirect.addFlashAttribute("restored", revision);
        } catch (DataIntegrityViolationException raced) {
            redirect.addFlashAttribute("stale", true);
        }
        return "redirect:/admin/" + kind + "/" + key;
    }

    @GetMapping(SUBJECT + "/preview/{lang:da|en}")
    String preview(@PathVariable String kind, @PathVariable String key, @PathVariable("lang") Language language,
            HttpServletRequest request, Model model) {
        TextSubject subject = subject(kind, key);
        Map<String, String> texts = editor.draft(subject).texts().getOrDefault(language.code(), Map.of());
        String path;
        String view;
        if (subject.kind() == TextSubject.Kind.TYPE) {
            model.addAttribute("type", catalog.type(language, key,
                    new PartnershipTypeText(texts.get("name"), texts.get("introduction")))
                    .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
            path = paths.type(language, key);
            view = "city/type";
        } else {
            path = key.equals(SiteText.CONTACT) ? paths.contact(language) : paths.overview(language);
            if (key.equals(SiteText.CONTACT)) {
                model.addAttribute("contactHtml", markdown.toHtml(texts.getOrDefault("body", "")));
                model.addAttribute("contactCard", contacts.general(language).orElse(null));
                view = "site/contact";
            } else {
                view = overviewPage.show(language,
                        catalog.overview(language, Map.of(key, texts.getOrDefault("body", ""))), model);
            }
        }
        // Types and site texts are always public: publishing changes what is there.
        previews.show(model, request, language, path, paths.translate(path, language.other()),
                "/admin/" + kind + "/" + key, true);
        return view;
    }

    private String form(TextSubject subject, TextEditor.Draft current, Model model) {
        model.addAttribute("subject", subject);
        model.addAttribute("fields", subject.kind().fields());
        model.addAttribute("seenRevision", current.revision());
        if (!model.containsAttribute("history")) {
            model.addAttribute("history", editor.recent(subject, false));
        }
        model.addAttribute("state", editor.state(subject));
        return "admin/text-form";
    }

    private TextSubject subject(String kind, String key) {
        TextSubject subject = new TextSubject(kind(kind), key);
        editor.requireExists(subject);
        return subject;
    }

    private static TextSubject.Kind kind(String path) {
        return path.equals("types") ? TextSubject.Kind.TYPE : TextSubject.Kind.SITE_TEXT;
    }
}
