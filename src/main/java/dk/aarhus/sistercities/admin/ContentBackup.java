package dk.aarhus.sistercities.admin;

import dk.aarhus.sistercities.activity.ActivityContent;
import dk.aarhus.sistercities.activity.ActivityEditor;
import dk.aarhus.sistercities.city.City;
import dk.aarhus.sistercities.city.CityContent;
import dk.aarhus.sistercities.city.CityHistory;
import dk.aarhus.sistercities.city.CityRepository;
import dk.aarhus.sistercities.city.PartnershipType;
import dk.aarhus.sistercities.city.PartnershipTypeRepository;
import dk.aarhus.sistercities.contact.ContactContent;
import dk.aarhus.sistercities.contact.ContactEditor;
import dk.aarhus.sistercities.content.PublishedContentChanged;
import dk.aarhus.sistercities.content.SiteText;
import dk.aarhus.sistercities.content.SiteTextRepository;
import dk.aarhus.sistercities.page.PageEditor;
import dk.aarhus.sistercities.seed.ContentDocument;
import dk.aarhus.sistercities.seed.ContentSeeder;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * All content as one document ({@link ContentDocument}, the shape of the seed), out and in.
 * <p>
 * The export carries what citizens see: a published city as published (pending draft changes are
 * not in it), a city that is not published as its draft, with {@code published: false}; the
 * partnership types' and site texts' published texts; the published contacts, activities and pages (a
 * page's unpublished draft is not in it). Deleted cities, history and accounts are not
 * content: a database backup keeps those. Lists and texts are in a fixed order, so exporting the same
 * content twice gives the same bytes.
 * <p>
 * The import goes only into a site without content, checks the whole document against the rules of
 * the editors' forms first ({@link ContentDocumentRules}) and writes it in one transaction: all of it or nothing.
 */
@Service
public class ContentBackup {

    /** A backup replaced all content. */
    public record ContentImported(Imported imported, String author) implements PublishedContentChanged {
        public String subject() {
            return imported.cities() + " cities, " + imported.partnershipTypes() + " partnership types, "
                    + imported.siteTexts() + " site texts";
        }
    }

    private final CityRepository cities;
    private final CityHistory history;
    private final PartnershipTypeRepository types;
    private final SiteTextRepository siteTexts;
    private final ContentSeeder seeder;
    private final ContentDocumentRules rules;
    private final ApplicationEventPublisher events;
    private final ContactEditor contacts;
    private final PageEditor pages;
    private final ActivityEditor activities;
    private final JsonMapper writer;
    private final ObjectReader reader;

    ContentBackup(CityRepository cities, CityHistory history, PartnershipTypeRepository types,
            SiteTextRepository siteTexts, ContentSeeder seeder, ContentDocumentRules rules,
            ApplicationEventPublisher events, JsonMapper json, ContactEditor contacts, PageEditor pages,
            ActivityEditor activities) {
        this.contacts = contacts;
        this.pages = pages;
        this.activities = activities;
        this.cities = cities;
        this.history = history;
        this.types = types;
        this.siteTexts = siteTexts;
        this.seeder = seeder;
        this.rules = rules;
        this.events = events;
        this.writer = json.rebuild()
                .enable(SerializationFeature.INDENT_OUTPUT)
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .build();
        this.reader = json.readerFor(ContentDocument.class)
                .with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
                        DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
                        DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    /** An import that was not made, with every reason, to be shown in the reader's language. */
    public static final class ImportRefusedException extends RuntimeException {

        private final transient List<MessageSourceResolvable> problems;

        ImportRefusedException(List<MessageSourceResolvable> problems) {
            super("Import refused: " + problems.size() + " problem(s)", null, false, false);
            this.problems = List.copyOf(problems);
        }

        public List<MessageSourceResolvable> problems() {
            return problems;
        }
    }

    /** What an import wrote; a flash attribute, so it travels in the session, which lives in the database. */
    public record Imported(int siteTexts, int partnershipTypes, int cities) implements java.io.Serializable {
    }

    @Transactional(readOnly = true)
    public boolean siteHasContent() {
        return seeder.hasContent();
    }

    /** The whole content as a document. */
    @Transactional(readOnly = true)
    public ContentDocument export() {
        List<ContentDocument.SiteTextEntry> texts = siteTexts.findAllWithBodies().stream()
                .sorted(Comparator.comparing(SiteText::getKey))
                .map(t -> new ContentDocument.SiteTextEntry(t.getKey(), new TreeMap<>(t.getBodies())))
                .toList();
        List<ContentDocument.TypeEntry> typeEntries = types.findAllWithTexts().stream()
                .sorted(Comparator.comparingInt(PartnershipType::getSortOrder).thenComparing(PartnershipType::getCode))
                .map(t -> new ContentDocument.TypeEntry(t.getCode(), t.getSortOrder(), t.isSisterCity(),
                        new TreeMap<>(t.getTexts().entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                                e -> new ContentDocument.TypeTexts(e.getValue().name(), e.getValue().introduction()))))))
                .toList();
        List<CityContent> cityEntries = cities.findAll().stream()
                .filter(city -> !city.isDeleted())
                .map(this::exported)
                .sorted(Comparator.comparingInt(CityContent::position).thenComparing(CityContent::slug))
                .toList();
        // A partnership's contact goes with its city: one of a deleted city (or of a slug since changed) stays behind.
        Set<String> slugs = cityEntries.stream().map(CityContent::slug).collect(Collectors.toSet());
        List<ContactContent> contactEntries = contacts.published().stream()
                .filter(c -> c.general() || slugs.contains(c.scope()))
                .toList();
        // An activity goes with its cities: one that names a city not in the document stays behind.
        List<ActivityContent> activityEntries = activities.published().stream()
                .filter(a -> slugs.containsAll(a.cities()))
                .toList();
        return new ContentDocument(ContentDocument.FORMAT, texts, typeEntries, cityEntries, contactEntries,
                pages.published(), activityEntries);
    }

    private CityContent exported(City city) {
        return city.isPublished() ? city.content().withPublished(true) : history.draft(city).withPublished(false);
    }

    /** The document as the file an administrator downloads: UTF-8 JSON, indented, keys in a fixed order. */
    public byte[] write(ContentDocument document) {
        return writer.writeValueAsBytes(document);
    }

    /**
     * Reads, checks and writes a document into this site, which must be without content, in one
     * transaction; publishes a {@link ContentImported} (audit log, page caches) with it.
     *
     * @throws ImportRefusedException if the site has content or the document breaks any rule; nothing is written
     */
    @Transactional
    public Imported importDocument(byte[] file, String author) {
        requireNoContent();
        return importDocument(read(file), author);
    }

    /** The same for a document already read (from a backup archive, with its images' new ids). */
    @Transactional
    public Imported importDocument(ContentDocument document, String author) {
        requireNoContent();
        List<MessageSourceResolvable> problems = rules.problems(document);
        if (!problems.isEmpty()) {
            throw new ImportRefusedException(problems);
        }
        seeder.load(document, author);
        Imported imported = new Imported(document.siteTexts().size(), document.partnershipTypes().size(),
                document.cities().size());
        events.publishEvent(new ContentImported(imported, author));
        return imported;
    }

    /** @throws ImportRefusedException if the site has cities, partnership types or site texts */
    void requireNoContent() {
        if (seeder.hasContent()) {
            throw refused("backup.problem.not-empty");
        }
    }

    ContentDocument read(byte[] file) {
        ContentDocument document;
        try {
            // Parsed first, so a document of the first release's format can be brought up to this one.
            JsonNode tree = reader.readTree(file);
            ContentDocument.upgrade(tree);
            document = tree == null || tree.isMissingNode() ? null : reader.readValue(tree);
        } catch (JacksonException e) {
            TokenStreamLocation at = e.getLocation();
            String detail = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
            if (detail.length() > 200) {
                detail = detail.substring(0, 200) + "…";
            }
            throw refused("backup.problem.unreadable", at == null ? 0 : at.getLineNr(),
                    at == null ? 0 : at.getColumnNr(), detail);
        }
        if (document == null) {
            throw refused("backup.problem.unreadable", 1, 1, "");
        }
        if (!ContentDocument.FORMAT.equals(document.format())) {
            throw refused("backup.problem.format", String.valueOf(document.format()), ContentDocument.FORMAT);
        }
        if (document.siteTexts() == null || document.partnershipTypes() == null || document.cities() == null) {
            throw refused("backup.problem.lists");
        }
        return document;
    }

    static ImportRefusedException refused(String code, Object... args) {
        return new ImportRefusedException(List.of(ContentDocumentRules.problem(code, args)));
    }
}
