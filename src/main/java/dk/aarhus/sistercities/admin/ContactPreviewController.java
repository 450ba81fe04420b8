package dk.aarhus.sistercities.admin;

import dk.aarhus.sistercities.city.CityCatalog;
import dk.aarhus.sistercities.city.CityPage;
import dk.aarhus.sistercities.contact.ContactCard;
import dk.aarhus.sistercities.contact.ContactContent;
import dk.aarhus.sistercities.contact.ContactEditor;
import dk.aarhus.sistercities.content.Language;
import dk.aarhus.sistercities.content.PublicPaths;
import dk.aarhus.sistercities.content.SiteText;
import dk.aarhus.sistercities.site.PageContext;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * A contact's draft on the page where citizens will see it: the general contact on the contact page, a
 * partnership's on its city's published page (on the contact page while the city is not published).
 */
@Controller
class ContactPreviewController {

    /** Shown above a preview: it is not the public page; the link leads back to the form. */
    record ContactPreview(String backPath, boolean published) {
    }

    private final ContactEditor editor;
    private final CityCatalog catalog;
    private final PublicPaths paths;

    ContactPreviewController(ContactEditor editor, CityCatalog catalog, PublicPaths paths) {
        this.editor = editor;
        this.catalog = catalog;
        this.paths = paths;
    }

    @GetMapping(ContactAdminController.SCOPE + "/preview/{lang:da|en}")
    String preview(@PathVariable String scope, @PathVariable("lang") Language language, Model model) {
        ContactEditor.State state = editor.state(scope);
        boolean general = ContactContent.GENERAL.equals(scope);
        Optional<CityPage> city = general ? Optional.empty() : catalog.city(language, scope);
        if (!general && city.isEmpty() && state == ContactEditor.State.NONE) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        model.addAttribute("contactCard", ContactCard.of(editor.draft(scope).content(), language));
        String path;
        String view;
        if (city.isPresent()) {
            model.addAttribute("city", city.get());
            path = paths.city(language, scope);
            view = "city/city";
        } else {
            model.addAttribute("contactHtml", catalog.siteTextHtml(language, SiteText.CONTACT).orElse(null));
            path = paths.contact(language);
            view = "site/contact";
        }
        String base = ContactAdminController.BASE + "/" + scope;
        String other = base + "/preview/" + language.other().code();
        model.addAttribute("page", new PageContext(language, path, other, paths.absolute(path), paths.absolute(other),
                paths.absolute("/"), false));
        model.addAttribute("preview", new ContactPreview(base,
                state == ContactEditor.State.PUBLISHED || state == ContactEditor.State.CHANGED));
        return view;
    }
}
