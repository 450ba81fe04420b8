package dk.aarhus.sistercities.admin;

import dk.aarhus.sistercities.city.CityContent;
import dk.aarhus.sistercities.content.Language;
import dk.aarhus.sistercities.seed.ContentDocument;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.SmartValidator;

/**
 * The rules a content document (an import) must keep, the same as the editors' forms: each problem
 * named with where it is, all of them at once, so a refused document can be mended in one go.
 */
@Component
class ContentDocumentRules {

    /** Most problems listed for one refused document; a document this broken needs fixing at its source. */
    static final int MAX_PROBLEMS = 25;
    private static final String SLUG = "[a-z0-9]+(-[a-z0-9]+)*";
    private static final String TEXT_KEY = "[a-z0-9]+([.-][a-z0-9]+)*";
    private static final Set<String> LANGUAGES = Arrays.stream(Language.values()).map(Language::code)
            .collect(Collectors.toUnmodifiableSet());

    private final SmartValidator validator;

    ContentDocumentRules(SmartValidator validator) {
        this.validator = validator;
    }

    /** A name from the document as the error list repeats it: a hostile 4 MB slug is not echoed whole. */
    static String shown(String name) {
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

        if (document.contacts() != null) {
            DocumentEntryRules.checkContacts(problems, document.contacts(), slugs);
        }
        if (document.pages() != null) {
            DocumentEntryRules.checkPages(problems, document.pages());
        }
        if (document.activities() != null) {
            DocumentEntryRules.checkActivities(problems, document.activities(), slugs);
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
        // Every city of a document must be complete, as a publish checks it: the import writes each one whole.
        validator.validate(form, errors, jakarta.validation.groups.Default.class, Complete.class);
        if (city.type() != null && !codes.contains(city.type())) {
            errors.rejectValue("type", "UnknownType");
        }
        CityFormChecks.acrossFields(form, errors);
        if (city.slug() != null && !slugs.add(city.slug())) {
            problems.add(problem("backup.problem.city-duplicate", where));
        }
        FormErrors.inPageOrder(errors, CityFormChecks.fieldOrder(form)).getFieldErrors()
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

    static void unknownLanguages(List<MessageSourceResolvable> problems, String whereCode, String where,
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

    static MessageSourceResolvable problem(String code, Object... args) {
        return new DefaultMessageSourceResolvable(new String[] {code}, args);
    }
}
