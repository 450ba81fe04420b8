package dk.aarhus.sistercities.admin;

import dk.aarhus.sistercities.contact.ContactDirectory;
import dk.aarhus.sistercities.content.Language;
import dk.aarhus.sistercities.content.PublicPaths;
import dk.aarhus.sistercities.page.PageContent;
import dk.aarhus.sistercities.page.PageEditor;
import dk.aarhus.sistercities.page.PageRules;
import dk.aarhus.sistercities.page.PageView;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A page's draft exactly as its public page will look, also for a page never published. */
@Controller
class PagePreviewController {

    private final PageEditor editor;
    private final ContactDirectory contacts;
    private final PublicPaths paths;
    private final Previews previews;

    PagePreviewController(PageEditor editor, ContactDirectory contacts, PublicPaths paths, Previews previews) {
        this.editor = editor;
        this.contacts = contacts;
        this.paths = paths;
        this.previews = previews;
    }

    @GetMapping(PageAdminController.KEY + "/preview/{lang:da|en}")
    String preview(@PathVariable String key, @PathVariable("lang") Language language, HttpServletRequest request,
            Model model, RedirectAttributes redirect) {
        PageEditor.Draft draft = editor.draft(key);
        PageEditor.State state = editor.state(key);
        PageContent content = draft.content();
        if (PageRules.problems(content).stream().anyMatch(PageRules::missing)) {
            // An incomplete draft cannot be drawn as its page: the form says what is missing.
            redirect.addFlashAttribute("previewIncomplete", true);
            return "redirect:" + PageAdminController.BASE + "/" + key;
        }
        String path = paths.page(language, String.valueOf(content.text(language).slug()));
        String otherPath = paths.page(language.other(), String.valueOf(content.text(language.other()).slug()));
        PageView view = editor.preview(content, language, path, otherPath);
        model.addAttribute("pageView", view);
        if (view.showContact()) {
            model.addAttribute("contactCard", contacts.general(language).orElse(null));
        }
        previews.show(model, request, language, path, otherPath, PageAdminController.BASE + "/" + key,
                state != PageEditor.State.DRAFT);
        return "page/page";
    }
}
