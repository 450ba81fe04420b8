package dk.aarhus.sistercities.admin;

import dk.aarhus.sistercities.activity.ActivityContent;
import dk.aarhus.sistercities.activity.ActivityEditor;
import dk.aarhus.sistercities.city.City;
import dk.aarhus.sistercities.city.CityContent;
import dk.aarhus.sistercities.city.CityHistory;
import dk.aarhus.sistercities.contact.ContactContent;
import dk.aarhus.sistercities.contact.ContactEditor;
import dk.aarhus.sistercities.content.Language;
import dk.aarhus.sistercities.content.Localized;
import dk.aarhus.sistercities.content.PublicPaths;
import dk.aarhus.sistercities.page.PageContent;
import dk.aarhus.sistercities.page.PageEditor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * The confirmation pages before taking something off the site or deleting it (GET); the step itself is the
 * POST to the same address, in the subject's own controller, and carries the revision seen here. Each page
 * says in plain words what citizens will see afterwards, with the public addresses concerned. A subject that
 * is not on the site has nothing to take off: its form is shown instead.
 */
@Controller
class RemovalController {

    private static final String TEMPLATE = "admin/confirm-removal";

    private final CityEditor cities;
    private final CityHistory cityHistory;
    private final PageEditor pages;
    private final ContactEditor contacts;
    private final ContactScopes contactScopes;
    private final ActivityEditor activities;
    private final PublicPaths paths;
    private final MessageSource messages;

    RemovalController(CityEditor cities, CityHistory cityHistory, PageEditor pages, ContactEditor contacts,
            ContactScopes contactScopes, ActivityEditor activities, PublicPaths paths, MessageSource messages) {
        this.cities = cities;
        this.cityHistory = cityHistory;
        this.pages = pages;
        this.contacts = contacts;
        this.activities = activities;
        this.contactScopes = contactScopes;
        this.paths = paths;
        this.messages = messages;
    }

    @GetMapping("/admin/cities/{id}/unpublish")
    String unpublishCity(@PathVariable long id, Locale locale, Model model) {
        City city = cities.city(id);
        if (!city.isPublished()) {
            return "redirect:/admin/cities/" + id;
        }
        String name = cityName(city, locale);
        List<String> consequences = new ArrayList<>(cityOffTheSite(city, locale));
        consequences.add(msg(locale, "removal.kept-draft"));
        return show(model, new Confirmation(msg(locale, "admin.cities.title"), "/admin", name, "/admin/cities/" + id,
                msg(locale, "removal.city.unpublish.title", name), consequences, "/admin/cities/" + id + "/unpublish",
                city.getDraftRevision(), msg(locale, "removal.city.unpublish.confirm")));
    }

    @GetMapping("/admin/cities/{id}/delete")
    String deleteCity(@PathVariable long id, Locale locale, Model model) {
        City city = cities.city(id);
        String name = cityName(city, locale);
        List<String> consequences = new ArrayList<>(city.isPublished() ? cityOffTheSite(city, locale)
                : List.of(msg(locale, "removal.city.not-live")));
        consequences.add(msg(locale, "removal.city.delete.kept"));
        return show(model, new Confirmation(msg(locale, "admin.cities.title"), "/admin", name, "/admin/cities/" + id,
                msg(locale, "admin.delete.title", name), consequences, "/admin/cities/" + id + "/delete",
                city.getDraftRevision(), msg(locale, "admin.delete.confirm")));
    }

    private List<String> cityOffTheSite(City city, Locale locale) {
        return List.of(msg(locale, "removal.city.gone", paths.city(Language.DA, city.getSlug()),
                paths.city(Language.EN, city.getSlug())), msg(locale, "removal.city.lists"));
    }

    private String cityName(City city, Locale locale) {
        CityContent.Texts texts = Localized.pick(cityHistory.draft(city).texts(), language(locale));
        // A draft may have no name yet: its address stands in.
        return texts == null || texts.name() == null || texts.name().isBlank() ? city.getSlug() : texts.name();
    }

    @GetMapping(PageAdminController.KEY + "/unpublish")
    String unpublishPage(@PathVariable String key, Locale locale, Model model) {
        PageEditor.Draft draft = pages.draft(key);
        PageContent live = pages.published().stream().filter(p -> p.key().equals(key)).findFirst().orElse(null);
        String form = PageAdminController.BASE + "/" + key;
        if (live == null) {
            return "redirect:" + form;
        }
        String title = draft.content().text(language(locale)).title();
        if (title == null || title.isBlank()) {
            title = key; // a draft may have no title yet
        }
        List<String> consequences = new ArrayList<>();
        consequences.add(msg(locale, "removal.page.gone", paths.page(Language.DA, live.text(Language.DA).slug()),
                paths.page(Language.EN, live.text(Language.EN).slug())));
        if (live.navPosition() != null) {
            consequences.add(msg(locale, "removal.page.menu"));
        }
        consequences.add(msg(locale, "removal.kept-draft"));
        return show(model, new Confirmation(msg(locale, "page.admin.title"), PageAdminController.BASE, title, form,
                msg(locale, "removal.page.title", title), consequences, form + "/unpublish", draft.revision(),
                msg(locale, "removal.page.confirm")));
    }

    @GetMapping(ContactAdminController.SCOPE + "/remove")
    String removeContact(@PathVariable String scope, Locale locale, Model model) {
        String cityName = ContactContent.GENERAL.equals(scope) ? null
                : contactScopes.cities(language(locale)).get(scope);
        if (cityName == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        String form = ContactAdminController.BASE + "/" + scope;
        ContactEditor.State state = contacts.state(scope);
        if (state != ContactEditor.State.PUBLISHED && state != ContactEditor.State.CHANGED) {
            return "redirect:" + form;
        }
        String title = msg(locale, "contact.admin.for-city", cityName);
        List<String> consequences = List.of(msg(locale, "removal.contact.general",
                paths.city(Language.DA, scope), paths.city(Language.EN, scope)), msg(locale, "removal.kept-draft"));
        return show(model, new Confirmation(msg(locale, "contact.admin.title"), ContactAdminController.BASE, title,
                form, msg(locale, "removal.contact.title", title), consequences, form + "/remove",
                contacts.draft(scope).revision(), msg(locale, "removal.contact.confirm")));
    }

    @GetMapping(ActivityAdminController.KEY + "/remove")
    String removeActivity(@PathVariable String key, Locale locale, Model model) {
        ActivityEditor.Draft draft = activities.draft(key)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        String form = ActivityAdminController.BASE + "/" + key;
        ActivityEditor.State state = activities.state(key);
        if (state != ActivityEditor.State.PUBLISHED && state != ActivityEditor.State.CHANGED) {
            return "redirect:" + form;
        }
        ActivityContent.Texts text = Localized.pick(draft.content().texts(), language(locale));
        String title = text == null || text.title() == null || text.title().isBlank() ? key : text.title();
        List<String> consequences = List.of(msg(locale, "removal.activity.gone", paths.activities(Language.DA),
                paths.activities(Language.EN)), msg(locale, "removal.kept-draft"));
        return show(model, new Confirmation(msg(locale, "activity.admin.title"), ActivityAdminController.BASE, title,
                form, msg(locale, "removal.activity.title", title), consequences, form + "/remove", draft.revision(),
                msg(locale, "removal.activity.confirm")));
    }

    private static String show(Model model, Confirmation confirmation) {
        model.addAttribute("confirmation", confirmation);
        return TEMPLATE;
    }

    private static Language language(Locale locale) {
        return Language.of(locale);
    }

    private String msg(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
