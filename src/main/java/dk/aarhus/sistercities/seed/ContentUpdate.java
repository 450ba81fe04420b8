package dk.aarhus.sistercities.seed;

import dk.aarhus.sistercities.city.City;
import dk.aarhus.sistercities.city.CityContent;
import dk.aarhus.sistercities.city.CityHistory;
import dk.aarhus.sistercities.city.CityRepository;
import dk.aarhus.sistercities.city.PartnershipType;
import dk.aarhus.sistercities.city.PartnershipTypeRepository;
import dk.aarhus.sistercities.city.PartnershipTypeText;
import dk.aarhus.sistercities.content.PublishedContentChanged;
import dk.aarhus.sistercities.content.SiteText;
import dk.aarhus.sistercities.content.SiteTextRepository;
import dk.aarhus.sistercities.revision.Revision;
import dk.aarhus.sistercities.revision.RevisionAction;
import dk.aarhus.sistercities.revision.RevisionSubject;
import dk.aarhus.sistercities.revision.Revisions;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Brings a database seeded by an earlier release up to the content shipped now (the seed), once,
 * without overwriting an editor's work:
 * <ul>
 * <li>the partnerships this release adds ({@link #NEW_CITIES}) are added and published, unless a city
 * of that address or name is there already (an editor may have added it);</li>
 * <li>a city no editor has touched (every revision by the seed) becomes the seed's and is published;</li>
 * <li>a city an editor has changed gets a new draft only: each field an editor left as the earlier
 * seed had it takes this release's value, each field an editor changed stays theirs; the editor
 * compares it in the history and publishes it or not; citizens see no change until then;</li>
 * <li>a type or site text an editor has changed is left alone;</li>
 * <li>the release's pages are added as drafts only, for editors to review and publish.</li>
 * </ul>
 * What already equals the seed is left as it is, so a database seeded with this release's content is
 * not touched at all. The seed's pages and activities are added once ({@link
 * ReleaseAdditions}). Each update is recorded in {@code content_update} and in the audit log.
 */
@Component
public class ContentUpdate {

    /** This release's corrections were applied to content seeded by an earlier one. */
    public record ContentUpdated(List<String> changes) implements PublishedContentChanged {
        public String author() {
            return AUTHOR;
        }

        public String subject() {
            return String.join("; ", changes);
        }
    }

    /** This release's update: sources, Lviv and Kiel, honest statuses (issue 11). */
    static final String ID = "2026-12-sources-and-partners";
    /** The seed's dated activities, for a site seeded before there were activities (issue 13). */
    static final String ACTIVITIES_ID = "2026-12-activities";
    static final String AUTHOR = "content-update";
    /** The pages of issue 13, "Get involved" and "About the partnerships": an update of its own, applied once. */
    static final String PAGES_ID = "2026-12-pages";
    /** The partnerships this release adds; any other seed city missing here was renamed or deleted. */
    static final Set<String> NEW_CITIES = Set.of("lviv", "kiel");
    private static final Logger log = LoggerFactory.getLogger(ContentUpdate.class);

    private final ContentSeeder seeder;
    private final CityRepository cities;
    private final CityHistory history;
    private final Revisions revisions;
    private final PartnershipTypeRepository types;
    private final SiteTextRepository siteTexts;
    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ReleaseAdditions additions;

    ContentUpdate(ContentSeeder seeder, CityRepository cities, CityHistory history, Revisions revisions,
            PartnershipTypeRepository types, SiteTextRepository siteTexts, JdbcTemplate jdbc,
            ApplicationEventPublisher events, Clock clock, ReleaseAdditions additions) {
        this.additions = additions;
        this.seeder = seeder;
        this.cities = cities;
        this.history = history;
        this.revisions = revisions;
        this.types = types;
        this.siteTexts = siteTexts;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /** Applies each update unless it was applied before; instances starting together take turns. */
    @Transactional
    public void applyOnce() {
        jdbc.queryForObject("select generation from content_generation where id = 1 for update", Long.class);
        boolean seeded = seeder.enabled() && seeder.hasContent();
        ContentDocument document = null;
        List<String> changes = new ArrayList<>();
        if (!applied(ID)) {
            document = seeded ? seeder.read() : null;
            changes.addAll(document == null ? List.of() : apply(document));
            markApplied(ID);
        }
        if (!applied(PAGES_ID)) {
            document = document != null || !seeded ? document : seeder.read();
            changes.addAll(document == null ? List.of() : additions.addPages(document));
            markApplied(PAGES_ID);
        }
        if (!applied(ACTIVITIES_ID)) {
            document = document != null || !seeded ? document : seeder.read();
            changes.addAll(document == null ? List.of() : additions.addActivities(document));
            markApplied(ACTIVITIES_ID);
        }
        if (!changes.isEmpty()) {
            events.publishEvent(new ContentUpdated(changes));
            log.info("Content updates applied: {}", changes);
        }
    }

    private boolean applied(String id) {
        Integer done = jdbc.queryForObject("select count(*) from content_update where id = ?", Integer.class, id);
        return done != null && done > 0;
    }

    private void markApplied(String id) {
        jdbc.update("insert into content_update (id, applied_at) values (?, ?)", id, Timestamp.from(clock.instant()));
    }

    /** Applies the document; answers what changed, for the audit log. */
    List<String> apply(ContentDocument document) {
        List<String> changes = new ArrayList<>();
        Map<String, PartnershipType> typesByCode = new HashMap<>();
        types.findAllWithTexts().forEach(t -> typesByCode.put(t.getCode(), t));
        for (ContentDocument.TypeEntry entry : document.partnershipTypes()) {
            PartnershipType type = typesByCode.get(entry.code());
            Map<String, PartnershipTypeText> texts = new HashMap<>();
            entry.texts().forEach((lang, t) -> texts.put(lang, new PartnershipTypeText(t.name(), t.introduction())));
            if (type == null) {
                type = new PartnershipType(entry.code(), entry.position(), entry.sisterCity());
                type.getTexts().putAll(texts);
                typesByCode.put(entry.code(), types.save(type));
                changes.add("type " + entry.code() + " added");
            } else if (!type.getTexts().equals(texts) && !editedText("TYPE", entry.code())) {
                type.getTexts().clear();
                type.getTexts().putAll(texts);
                changes.add("type " + entry.code() + " updated");
            }
        }
        for (ContentDocument.SiteTextEntry entry : document.siteTexts()) {
            SiteText text = siteTexts.findById(entry.key()).orElse(null);
            if (text == null) {
                text = new SiteText(entry.key());
                text.getBodies().putAll(entry.texts());
                siteTexts.save(text);
                changes.add("text " + entry.key() + " added");
            } else if (!text.getBodies().equals(entry.texts()) && !editedText("SITE_TEXT", entry.key())) {
                text.getBodies().clear();
                text.getBodies().putAll(entry.texts());
                changes.add("text " + entry.key() + " updated");
            }
        }
        for (CityContent entry : document.cities()) {
            String change = apply(entry, typesByCode.get(entry.type()));
            if (change != null) {
                changes.add(change);
            }
        }
        return changes;
    }

    private String apply(CityContent entry, PartnershipType type) {
        City city = cities.findBySlug(entry.slug()).orElse(null);
        if (city == null) {
            if (!NEW_CITIES.contains(entry.slug()) || hasCityNamed(entry)) {
                return null;
            }
            city = new City(entry.slug(), entry.countryCode(), type);
            city.apply(entry, type);
            city.setPublished(entry.published());
            city = cities.save(city);
            history.record(city, entry.published() ? RevisionAction.PUBLISHED : RevisionAction.CREATED, entry, AUTHOR);
            return "city " + entry.slug() + " added";
        }
        if (city.isDeleted()) {
            return null;
        }
        CityContent current = history.draft(city);
        if (current.equals(entry.withPublished(current.published()))) {
            return null;
        }
        List<Revision> past = history.revisions(city);
        if (touchedByEditor(past)) {
            CityContent seeded = history.content(past.get(past.size() - 1));
            CityContent merged = Merge.threeWay(seeded, current, entry).withPublished(city.isPublished());
            if (merged.equals(current)) {
                return null;
            }
            history.record(city, RevisionAction.SAVED, merged, AUTHOR);
            return "city " + entry.slug() + ": new draft for editors";
        }
        city.apply(entry, type);
        city.setPublished(entry.published());
        history.record(city, entry.published() ? RevisionAction.PUBLISHED : RevisionAction.SAVED,
                entry, AUTHOR);
        return "city " + entry.slug() + " updated";
    }

    private static boolean touchedByEditor(List<Revision> revisions) {
        return revisions.stream().map(Revision::getAuthor)
                .anyMatch(author -> !author.equals(ContentSeeder.SEEDED_BY) && !author.equals(AUTHOR));
    }

    /** Whether a city of another address already has this city's name in any language. */
    private boolean hasCityNamed(CityContent entry) {
        Set<String> names = new HashSet<>();
        entry.texts().values().forEach(t -> names.add(t.name().toLowerCase(Locale.ROOT)));
        return cities.findAll().stream().flatMap(c -> c.getTexts().values().stream())
                .anyMatch(t -> names.contains(t.name().toLowerCase(Locale.ROOT)));
    }

    private boolean editedText(String kind, String key) {
        // Only editors write revisions of types and site texts (the seed writes the texts themselves).
        return revisions.latest(new RevisionSubject(kind, key)).isPresent();
    }
}
