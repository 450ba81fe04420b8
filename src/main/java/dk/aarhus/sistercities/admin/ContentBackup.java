package dk.aarhus.sistercities.admin;

import dk.aarhus.sistercities.city.City;
import dk.aarhus.sistercities.city.CityContent;
import dk.aarhus.sistercities.city.CityHistory;
import dk.aarhus.sistercities.city.CityRepository;
import dk.aarhus.sistercities.city.PartnershipType;
import dk.aarhus.sistercities.city.PartnershipTypeRepository;
import dk.aarhus.sistercities.content.Language;
import dk.aarhus.sistercities.content.SiteText;
import dk.aarhus.sistercities.content.SiteTextRepository;
import dk.aarhus.sistercities.seed.ContentDocument;
import dk.aarhus.sistercities.seed.ContentSeeder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.SmartValidator;
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
 * partnership types' and site texts' published texts. Deleted cities, history and accounts are not
 * content: a database backup keeps those. Lists and texts are in a fixed order, so exporting the same
 * content twice gives the same bytes.
 * <p>
 * The import goes only into a site without content, checks the whole document against the rules of
 * the editors' forms first and writes it in one transaction: all of it or nothing.
 */
@Service
public class ContentBackup {

    /** Most problems listed for one refused document; a document this broken needs fixing at its source. */
    static final int MAX_PROBLEMS = 25;
    private static final String SLUG = "[a-z0-9]+(-[a-z0-9]+)*";
    private static final String TEXT_KEY = "[a-z0-9]+([.-][a-z0-9]+)*";
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    private static final Set<String> LANGUAGES = Arrays.stream(Language.values()).map(Language::code)
            .collect(Collectors.toUnmodifiableSet());

    private final CityRepository cities;
    private final CityHistory history;
    private final PartnershipTypeRepository types;
    private final SiteTextRepository siteTexts;
    private final ContentSeeder seeder;
    private final SmartValidator validator;
    private final ApplicationEventPublisher events;
    private final JsonMapper writer;
    private final ObjectReader reader;

    ContentBackup(CityRepository cities, CityHistory history, PartnershipTypeRepository types,
            SiteTextRepository siteTexts, ContentSeeder seeder, SmartValidator validator,
            ApplicationEventPublisher events, JsonMapper json) {
        this.cities = cities;
        this.history = history;
        this.types = types;
        this.siteTexts = siteTexts;
        this.seeder = seeder;
        this.validator = validator;
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
        return new ContentDocument(ContentDocument.FORMAT, texts, typeEntries, cityEntries);
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
     * transaction; publishes a {@link ContentChanged} (audit log, page caches) with it.
     *
     * @throws ImportRefusedException if the site has content or the document breaks any rule; nothing is written
     */
    @Transactional
    public Imported importDocument(byte[] file, String author) {
        if (seeder.hasContent()) {
            throw refused("backup.problem.not-empty");
        }
        ContentDocument document = read(file);
        List<MessageSourceResolvable> problems = problems(document);
        if (!problems.isEmpty()) {
            throw new ImportRefusedException(problems);
        }
        seeder.load(document, author);
        Imported imported = new Imported(document.siteTexts().size(), document.partnershipTypes().size(),
                document.cities().size());
        events.publishEvent(new ContentChanged("CONTENT_IMPORTED", author, imported.cities() + " cities, "
                + imported.partnershipTypes() + " partnership types, " + imported.siteTexts() + " site texts"));
        return imported;
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

    /** A name from the document as the error list repeats it: a hostile 4 MB slug is not echoed whole. */
    private static String shown(String name) {
        return name == null || name.length() <= 60 ? String.valueOf(name) : name.substring(0, 60) + "…";
    }

    /** Every rule the document breaks, at most {@link #MAX_PROBLEMS} and then how many more. */
    List<MessageSourceResolvable> problems(ContentDocument document) {
        List<MessageSourceResolvable> problems = new ArrayList<>();

        Set<String> keys = new HashSet<>();
        for (ContentDocument.SiteTextEntry entry : document.siteTexts()) {
            String where = entry == null ? "?" : shown(entry.key());
            if (entry == null || entry.key() == null || entry.key().length() > 100 || !entry.key().matches(TEXT_KEY)) {
                problems.add(problem("backup.problem.text-key", where));
                continue;
            }
            if (!keys.add(entry.key())) {
                problems.add(problem("backup.problem.text-duplicate", where));
            }
            checkTexts(problems, "backup.where.text", where, entry.texts(), Map.of("body", 20_000),
                    t -> t == null ? Map.of() : Map.of("body", t));
        }

        Set<String> codes = new HashSet<>();
        for (ContentDocument.TypeEntry entry : document.partnershipTypes()) {
            String where = entry == null ? "?" : shown(entry.code());
            if (entry == null || entry.code() == null || entry.code().length() > 60 || !entry.code().matches(SLUG)) {
                problems.add(problem("backup.problem.type-code", where));
                continue;
            }
            if (!codes.add(entry.code())) {
                problems.add(problem("backup.problem.type-duplicate", where));
            }
            if (entry.position() < 0 || entry.position() > 9999) {
                problems.add(problem("backup.problem.type-position", where));
            }
            checkTexts(problems, "backup.where.type", where, entry.texts(), Map.of("name", 100, "introduction", 10_000),
                    t -> t == null ? Map.of() : nullable("name", t.name(), "introduction", t.introduction()));
        }

        Set<String> slugs = new HashSet<>();
        int index = 0;
        for (CityContent city : document.cities()) {
            index++;
            String where = city == null || city.slug() == null ? "#" + index : shown(city.slug());
            if (city == null) {
                problems.add(problem("backup.problem.city-missing", where));
                continue;
            }
            checkCity(problems, where, city, codes, slugs);
        }

        if (problems.size() > MAX_PROBLEMS) {
            int more = problems.size() - MAX_PROBLEMS;
            problems = new ArrayList<>(problems.subList(0, MAX_PROBLEMS));
            problems.add(problem("backup.problem.more", more));
        }
        return problems;
    }

    /** The rules of the city form, and that its type is in the document and its slug is not taken in it. */
    private void checkCity(List<MessageSourceResolvable> problems, String where, CityContent city, Set<String> codes,
            Set<String> slugs) {
        unknownLanguages(problems, "backup.where.city", where, city.texts().keySet());
        city.results().forEach(r -> unknownLanguages(problems, "backup.where.city", where, r.texts().keySet()));
        city.milestones().forEach(m -> unknownLanguages(problems, "backup.where.city", where, m.texts().keySet()));
        CityForm form = CityForm.of(null, city, null);
        BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "cityForm");
        validator.validate(form, errors);
        if (city.countryCode() != null && city.countryCode().matches("[A-Z]{2}") && !COUNTRIES.contains(city.countryCode())) {
            errors.rejectValue("countryCode", "IsoCountry");
        }
        if (city.type() != null && !codes.contains(city.type())) {
            errors.rejectValue("type", "UnknownType");
        }
        form.checkSourcesAndDates(errors);
        if (city.slug() != null && !slugs.add(city.slug())) {
            problems.add(problem("backup.problem.city-duplicate", where));
        }
        FormErrors.inPageOrder(errors, form.fieldOrder()).getFieldErrors()
                .forEach(error -> problems.add(problem("backup.where.city", where, error)));
    }

    /** Every language of the site with every field filled in and not too long; no other language. */
    private <T> void checkTexts(List<MessageSourceResolvable> problems, String whereCode, String where,
            Map<String, T> texts, Map<String, Integer> maxLength, Function<T, Map<String, String>> fields) {
        Map<String, T> given = texts == null ? Map.of() : texts;
        unknownLanguages(problems, whereCode, where, given.keySet());
        for (Language language : Language.values()) {
            Map<String, String> values = fields.apply(given.get(language.code()));
            maxLength.keySet().stream().sorted().forEach(field -> {
                String value = values.get(field);
                if (value == null || value.isBlank()) {
                    problems.add(problem(whereCode, where, problem("backup.problem.text-missing", field, language.code())));
                } else if (value.length() > maxLength.get(field)) {
                    problems.add(problem(whereCode, where, problem("backup.problem.text-long", field, language.code(),
                            maxLength.get(field))));
                }
            });
        }
    }

    private static void unknownLanguages(List<MessageSourceResolvable> problems, String whereCode, String where,
            Set<String> languages) {
        languages.stream().filter(lang -> !LANGUAGES.contains(lang)).sorted().forEach(lang ->
                problems.add(problem(whereCode, where, problem("backup.problem.language", lang))));
    }

    private static Map<String, String> nullable(String k1, String v1, String k2, String v2) {
        Map<String, String> map = new TreeMap<>();
        if (v1 != null) {
            map.put(k1, v1);
        }
        if (v2 != null) {
            map.put(k2, v2);
        }
        return map;
    }

    private static MessageSourceResolvable problem(String code, Object... args) {
        return new DefaultMessageSourceResolvable(new String[] {code}, args);
    }

    private static ImportRefusedException refused(String code, Object... args) {
        return new ImportRefusedException(List.of(problem(code, args)));
    }
}
