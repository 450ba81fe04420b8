package dk.aarhus.sistercities.page;

import dk.aarhus.sistercities.contact.ContactDirectory;
import dk.aarhus.sistercities.content.Language;
import dk.aarhus.sistercities.content.PublicPaths;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** The public page of a page editors made ({@code /da/sider/deltag}, {@code /en/pages/get-involved}). */
@Controller
class PageController {

    private final PageDirectory directory;
    private final ContactDirectory contacts;

    PageController(PageDirectory directory, ContactDirectory contacts) {
        this.directory = directory;
        this.contacts = contacts;
    }

    @GetMapping({PublicPaths.PAGE_DA, PublicPaths.PAGE_EN})
    String page(@PathVariable("lang") Language language, @PathVariable String slug, Model model) {
        PageView page = directory.page(language, slug)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("pageView", page);
        if (page.showContact()) {
            model.addAttribute("contactCard", contacts.general(language).orElse(null));
        }
        model.addAttribute("lastUpdated", page.publishedAt());
        return "page/page";
    }
}
