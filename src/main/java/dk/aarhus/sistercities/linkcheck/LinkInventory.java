package dk.aarhus.sistercities.linkcheck;

import dk.aarhus.sistercities.activity.ActivityContent;
import dk.aarhus.sistercities.activity.ActivityEditor;
import dk.aarhus.sistercities.admin.TextEditor;
import dk.aarhus.sistercities.admin.TextSubject;
import dk.aarhus.sistercities.city.City;
import dk.aarhus.sistercities.city.CityContent;
import dk.aarhus.sistercities.city.CityHistory;
import dk.aarhus.sistercities.city.CityRepository;
import dk.aarhus.sistercities.city.PartnershipType;
import dk.aarhus.sistercities.city.PartnershipTypeRepository;
import dk.aarhus.sistercities.city.Source;
import dk.aarhus.sistercities.contact.ContactContent;
import dk.aarhus.sistercities.contact.ContactEditor;
import dk.aarhus.sistercities.content.Language;
import dk.aarhus.sistercities.content.Localized;
import dk.aarhus.sistercities.content.SiteText;
import dk.aarhus.sistercities.content.SiteTextRepository;
import dk.aarhus.sistercities.page.PageContent;
import dk.aarhus.sistercities.page.PageEditor;
import dk.aarhus.sistercities.revision.Revision;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every web address the content links to and where, read through the modules' own services from the
 * published versions and the drafts as they are now: the cities' websites, sources and descriptions, the pages'
 * texts and sources, the activities' links, texts and sources, the contacts' websites, the partnership types'
 * introductions and the site texts. Deleted cities are left out.
 */
@Service
class LinkInventory {

    private final CityRepository cities;
    private final CityHistory cityHistory;
    private final PageEditor pages;
    private final ActivityEditor activities;
    private final ContactEditor contacts;
    private final TextEditor texts;
    private final PartnershipTypeRepository types;
    private final SiteTextRepository siteTexts;

    LinkInventory(CityRepository cities, CityHistory cityHistory, PageEditor pages, ActivityEditor activities,
            ContactEditor contacts, TextEditor texts, PartnershipTypeRepository types, SiteTextRepository siteTexts) {
        this.cities = cities;
        this.cityHistory = cityHistory;
        this.pages = pages;
        this.activities = activities;
        this.contacts = contacts;
        this.texts = texts;
        this.types = types;
        this.siteTexts = siteTexts;
    }

    /** Every use of a web address, names in the given language. */
    @Transactional(readOnly = true)
    public List<LinkUse> uses(Language language) {
        LinkUses uses = new LinkUses();
        Map<String, String> cityNames = cities(uses, language);
        for (PageContent page : pages.published()) {
            page(uses, page, language, true);
        }
        for (PageEditor.Item item : pages.items(language)) {
            page(uses, pages.draft(item.key()).content(), language, false);
        }
        for (ActivityContent activity : activities.published()) {
            activity(uses, activity, language, true);
        }
        for (ActivityEditor.Item item : activities.items()) {
            activity(uses, item.content(), language, false);
        }
        for (ContactContent contact : contacts.published()) {
            contact(uses, contact, cityNames, true);
        }
        contact(uses, contacts.draft(ContactContent.GENERAL).content(), cityNames, false);
        for (String slug : cityNames.keySet()) {
            contact(uses, contacts.draft(slug).content(), cityNames, false);
        }
        texts(uses, language);
        return uses.list();
    }

    /** The cities' addresses; answers the cities' names by slug, for their contacts. */
    private Map<String, String> cities(LinkUses uses, Language language) {
        Map<Long, Revision> drafts = new HashMap<>();
        cityHistory.drafts().forEach(d -> drafts.put(d.cityId(), d.revision()));
        Map<String, String> names = new HashMap<>();
        for (City city : cities.findAll()) {
            if (city.isDeleted()) {
                continue;
            }
            Revision draftRevision = drafts.get(city.getId());
            CityContent draft = draftRevision == null ? city.content() : cityHistory.content(draftRevision);
            CityContent.Texts named = Localized.pick(draft.texts(), language);
            String name = named == null || named.name() == null ? draft.slug() : named.name();
            names.put(city.getSlug(), name);
            if (city.isPublished()) {
                city(uses, city.getId(), name, city.content(), true);
            }
            city(uses, city.getId(), name, draft, false);
        }
        return names;
    }

    private static void city(LinkUses uses, long id, String name, CityContent city, boolean onSite) {
        String form = "/admin/cities/" + id;
        LinkUses.Place place = new LinkUses.Place(LinkUse.Kind.CITY, name, form, onSite);
        uses.address(place, city.website(), "website", "website");
        uses.sources(place, city.sources().stream().map(Source::url).toList());
        city.texts().forEach((lang, t) -> uses.markdown(place, t.description(), lang, "description"));
    }

    private static void page(LinkUses uses, PageContent page, Language language, boolean onSite) {
        String title = page.text(language).title();
        LinkUses.Place place = new LinkUses.Place(LinkUse.Kind.PAGE, title == null ? page.key() : title,
                "/admin/pages/" + page.key(), onSite);
        page.texts().forEach((lang, t) -> uses.markdown(place, t == null ? null : t.body(), lang, "body"));
        uses.sources(place, page.sources().stream().map(Source::url).toList());
    }

    private static void activity(LinkUses uses, ActivityContent activity, Language language, boolean onSite) {
        String title = activity.text(language).title();
        LinkUses.Place place = new LinkUses.Place(LinkUse.Kind.ACTIVITY, title == null ? activity.key() : title,
                "/admin/activities/" + activity.key(), onSite);
        uses.address(place, activity.link(), "link", "link");
        if (activity.texts() != null) {
            activity.texts().forEach((lang, t) -> uses.markdown(place, t == null ? null : t.body(), lang, "body"));
        }
        uses.sources(place, activity.sources().stream().map(ActivityContent.Source::url).toList());
    }

    private static void contact(LinkUses uses, ContactContent contact, Map<String, String> cityNames,
            boolean onSite) {
        LinkUses.Place place = new LinkUses.Place(LinkUse.Kind.CONTACT,
                contact.general() ? null : cityNames.getOrDefault(contact.scope(), contact.scope()),
                "/admin/contacts/" + contact.scope(), onSite);
        uses.address(place, contact.website(), "website", "website");
    }

    /** The partnership types' introductions and the site texts, published and as drafts. */
    private void texts(LinkUses uses, Language language) {
        for (PartnershipType type : types.findAllWithTexts()) {
            LinkUses.Place place = new LinkUses.Place(LinkUse.Kind.TYPE, type.text(language).name(),
                    "/admin/types/" + type.getCode(), true);
            type.getTexts().forEach((lang, t) -> uses.markdown(place, t.introduction(), lang, "introduction"));
        }
        for (SiteText text : siteTexts.findAllWithBodies()) {
            LinkUses.Place place = new LinkUses.Place(LinkUse.Kind.SITE_TEXT, text.getKey(),
                    "/admin/texts/" + text.getKey(), true);
            text.getBodies().forEach((lang, body) -> uses.markdown(place, body, lang, "body"));
        }
        for (TextSubject.Kind kind : TextSubject.Kind.values()) {
            String field = kind == TextSubject.Kind.TYPE ? "introduction" : "body";
            for (TextEditor.Item item : texts.items(kind, language)) {
                LinkUses.Place place = new LinkUses.Place(kind == TextSubject.Kind.TYPE ? LinkUse.Kind.TYPE
                        : LinkUse.Kind.SITE_TEXT, item.title(), "/admin/" + kind.path() + "/" + item.subject().key(),
                        false);
                texts.draft(item.subject()).texts().forEach((lang, fields) ->
                        uses.markdown(place, fields.get(field), lang, field));
            }
        }
    }
}
