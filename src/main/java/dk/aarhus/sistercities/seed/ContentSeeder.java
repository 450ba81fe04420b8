package dk.aarhus.sistercities.seed;

import dk.aarhus.sistercities.activity.ActivityEditor;
import dk.aarhus.sistercities.city.City;
import dk.aarhus.sistercities.city.CityContent;
import dk.aarhus.sistercities.city.CityHistory;
import dk.aarhus.sistercities.city.CityRepository;
import dk.aarhus.sistercities.city.PartnershipType;
import dk.aarhus.sistercities.city.PartnershipTypeRepository;
import dk.aarhus.sistercities.city.PartnershipTypeText;
import dk.aarhus.sistercities.contact.ContactEditor;
import dk.aarhus.sistercities.content.PublishedContentChanged;
import dk.aarhus.sistercities.content.SiteText;
import dk.aarhus.sistercities.content.SiteTextRepository;
import dk.aarhus.sistercities.page.PageEditor;
import dk.aarhus.sistercities.revision.RevisionAction;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.Resource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads the content shipped with the site into an empty database, once. A database that
 * holds any content is left alone, so an editor's work is never overwritten. It runs before the web
 * server opens its port ({@link SeedBeforeServing}), so no citizen is ever shown an empty site, and
 * it moves the content generation on, so no page rendered before it stays in any instance's cache.
 */
@Component
public class ContentSeeder {

    /** The seed content was loaded into an empty database. */
    public record ContentSeeded(int cities) implements PublishedContentChanged {
        public String author() {
            return SEEDED_BY;
        }

        public String subject() {
            return cities + " cities";
        }
    }

    private static final Logger log = LoggerFactory.getLogger(ContentSeeder.class);
    static final String SEEDED_BY = "seed";

    private final CityRepository cities;
    private final CityHistory history;
    private final PartnershipTypeRepository types;
    private final SiteTextRepository siteTexts;
    private final JsonMapper json;
    private final Resource seed;
    private final boolean enabled;
    private final ApplicationEventPublisher events;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final ContactEditor contacts;
    private final PageEditor pages;
    private final ActivityEditor activities;

    ContentSeeder(CityRepository cities, CityHistory history, PartnershipTypeRepository types, SiteTextRepository siteTexts,
            JsonMapper json, @Value("${sistercities.seed.location:classpath:seed/content.json}") Resource seed,
            @Value("${sistercities.seed.enabled:true}") boolean enabled, ApplicationEventPublisher events,
            JdbcTemplate jdbc, Clock clock, ContactEditor contacts, PageEditor pages, ActivityEditor activities) {
        this.contacts = contacts;
        this.pages = pages;
        this.activities = activities;
        this.cities = cities;
        this.history = history;
        this.types = types;
        this.siteTexts = siteTexts;
        this.json = json;
        this.seed = seed;
        this.enabled = enabled;
        this.events = events;
        this.clock = clock;
        this.jdbc = jdbc;
    }

    @Transactional
    public void seedIfEmpty() {
        if (!enabled) {
            return;
        }
        // Instances that start together on an empty database take turns: the second waits here until
        // the first has committed its seed, then finds content and leaves it alone.
        jdbc.queryForObject("select generation from content_generation where id = 1 for update", Long.class);
        if (hasContent()) {
            log.debug("Content present; seed not loaded");
            return;
        }
        ContentDocument document = read();
        load(document, SEEDED_BY);
        events.publishEvent(new ContentSeeded(document.cities().size()));
        log.info("Loaded seed content: {} partnership types, {} cities, {} site texts",
                document.partnershipTypes().size(), document.cities().size(), document.siteTexts().size());
    }

    ContentDocument read() {
        try (InputStream in = seed.getInputStream()) {
            JsonNode tree = json.readTree(in);
            ContentDocument.upgrade(tree);
            ContentDocument document = json.treeToValue(tree, ContentDocument.class);
            if (!ContentDocument.FORMAT.equals(document.format())) {
                throw new IllegalStateException("Seed content has format " + document.format()
                        + ", expected " + ContentDocument.FORMAT);
            }
            return document;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read seed content " + seed, e);
        }
    }

    /** Whether this instance loads the shipped content (off for a site to be filled by an import). */
    boolean enabled() {
        return enabled;
    }

    /**
     * Whether the site holds any city, partnership type or site text; the seed and an import need none.
     * Contacts do not count: the migration that made their table put the general contact in it. Activities
     * do not either: they belong to cities, and come with them.
     */
    @Transactional(readOnly = true)
    public boolean hasContent() {
        return cities.count() > 0 || types.count() > 0 || siteTexts.count() > 0;
    }

    /**
     * Writes a document into the live tables, each city with one revision (published or created) and each
     * page with one published revision by {@code author}. Also used by the import, which has validated the document first; in the caller's
     * transaction, so a failure leaves nothing behind.
     */
    @Transactional
    public void load(ContentDocument document, String author) {
        for (ContentDocument.SiteTextEntry entry : document.siteTexts()) {
            SiteText text = new SiteText(entry.key());
            text.getBodies().putAll(entry.texts());
            siteTexts.save(text);
        }
        Map<String, PartnershipType> typesByCode = new HashMap<>();
        for (ContentDocument.TypeEntry entry : document.partnershipTypes()) {
            PartnershipType type = new PartnershipType(entry.code(), entry.position(), entry.sisterCity());
            entry.texts().forEach((lang, t) -> type.getTexts().put(lang,
                    new PartnershipTypeText(t.name(), t.introduction())));
            typesByCode.put(type.getCode(), types.save(type));
        }
        if (document.contacts() != null) {
            contacts.load(document.contacts());
        }
        if (document.pages() != null) {
            pages.load(document.pages(), author);
        }
        if (document.activities() != null) {
            activities.load(document.activities());
        }
        Instant now = clock.instant();
        for (CityContent entry : document.cities()) {
            PartnershipType type = typesByCode.get(entry.type());
            if (type == null) {
                throw new IllegalStateException("City " + entry.slug() + " has unknown type " + entry.type());
            }
            City city = new City(entry.slug(), entry.countryCode(), type);
            city.apply(entry, type);
            city.setPublished(entry.published());
            city.markUpdated(author, now);
            history.record(cities.save(city), entry.published() ? RevisionAction.PUBLISHED : RevisionAction.CREATED,
                    city.content(), author);
        }
    }
}
