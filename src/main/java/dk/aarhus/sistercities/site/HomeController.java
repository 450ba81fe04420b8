package dk.aarhus.sistercities.site;

import dk.aarhus.sistercities.city.CityCatalog;
import dk.aarhus.sistercities.contact.ContactDirectory;
import dk.aarhus.sistercities.content.Language;
import dk.aarhus.sistercities.content.PublicPaths;
import dk.aarhus.sistercities.content.SiteText;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The overview and the contact page. */
@Controller
class HomeController {

    private final CityCatalog catalog;
    private final OverviewPage overviewPage;
    private final ContactDirectory contacts;

    HomeController(CityCatalog catalog, OverviewPage overviewPage, ContactDirectory contacts) {
        this.contacts = contacts;
        this.catalog = catalog;
        this.overviewPage = overviewPage;
    }

    @GetMapping(Language.ROUTE)
    String overview(@PathVariable("lang") Language language, Model model) {
        return overviewPage.show(language, catalog.overview(language), model);
    }

    @GetMapping({PublicPaths.CONTACT_DA, PublicPaths.CONTACT_EN})
    String contact(@PathVariable("lang") Language language, Model model) {
        model.addAttribute("contactHtml", catalog.siteTextHtml(language, SiteText.CONTACT).orElse(null));
        model.addAttribute("contactCard", contacts.general(language).orElse(null));
        return "site/contact";
    }
}
