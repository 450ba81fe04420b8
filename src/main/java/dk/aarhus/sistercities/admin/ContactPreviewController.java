package dk.aarhus.sistercities.admin;

import dk.aarhus.sistercities.city.CityCatalog;
import dk.aarhus.sistercities.city.CityPage;
import dk.aarhus.sistercities.city.CityPageModel;
import dk.aarhus.sistercities.contact.ContactCard;
import dk.aarhus.sistercities.contact.ContactContent;
import dk.aarhus.sistercities.contact.ContactEditor;
import dk.aarhus.sistercities.content.Language;
import dk.aarhus.sistercities.content.PublicPaths;
import dk.aarhus.sistercities.content.SiteText;
import jakarta.servlet.http.HttpServletRequest;
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

    private final ContactEditor editor;
    private final CityCatalog catalog;
    private final CityPageModel cityPage;
    private final PublicPaths paths;
    private final Previews previews;

    ContactPreviewController(ContactEditor editor, CityCatalog catalog, CityPageModel cityPage, PublicPaths paths,
            Previews previews) {
        this.editor = editor;
        this.catalog = catalog;
        this.cityPage = cityPage;
        this.paths = paths;
        this.previews = previews;
    }

    @GetMapping(ContactAdminController.SCOPE + "/preview/{lang:da|en}")
    String preview(@PathVariable String scope, @PathVariable("lang") Language language, HttpServletRequest request,
            Model model) {
        ContactEditor.State state = editor.state(scope);
        boolean general = ContactContent.GENERAL.equals(scope);
        Optional<CityPage> city = general ? Optional.empty() : catalog.city(language, scope);
        if (!general && city.isEmpty() && state == ContactEditor.State.NONE) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        String path;
        String otherPath;
        String view;
        if (city.isPresent()) {
            view = cityPage.show(language, scope, city.get(), model);
            path = paths.city(language, scope);
            otherPath = paths.city(language.other(), scope);
        } else {
            model.addAttribute("contactHtml", catalog.siteTextHtml(language, SiteText.CONTACT).orElse(null));
            path = paths.contact(language);
            otherPath = paths.contact(language.other());
            view = "site/contact";
        }
        // The draft in place of the published contact.
        model.addAttribute("contactCard", ContactCard.of(editor.draft(scope).content(), language));
        previews.show(model, request, language, path, otherPath, ContactAdminController.BASE + "/" + scope,
                state == ContactEditor.State.PUBLISHED || state == ContactEditor.State.CHANGED);
        return view;
    }
}
