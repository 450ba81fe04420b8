package dk.aarhus.sistercities.admin;

import dk.aarhus.sistercities.city.CityContent;
import dk.aarhus.sistercities.content.PartialDate;
import dk.aarhus.sistercities.content.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.validation.Errors;

/**
 * The city form's rules across fields, applied after Bean Validation by the form and by the import:
 * the country code is an ISO 3166-1 country, every source number names a source in the list, every date is a real one, a result does not end
 * before it starts. Also the order of the form's fields, for an error summary that reads like the page.
 */
final class CityFormChecks {

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private CityFormChecks() {
    }

    static void acrossFields(CityForm form, Errors errors) {
        if (form.getCountryCode() != null && form.getCountryCode().matches("[A-Z]{2}")
                && !COUNTRIES.contains(form.getCountryCode())) {
            errors.rejectValue("countryCode", "IsoCountry");
        }
        int sources = form.getSources().size();
        checkNumbers(errors, "statusSources", form.getStatusSources(), sources);
        checkNumbers(errors, "sinceSources", form.getSinceSources(), sources);
        for (int i = 0; i < form.getResults().size(); i++) {
            ResultForm result = form.getResults().get(i);
            checkNumbers(errors, "results[" + i + "].sources", result.getSources(), sources);
            if (result.getYear() != null && result.getEndYear() != null && result.getEndYear() < result.getYear()
                    && !errors.hasFieldErrors("results[" + i + "].endYear")) {
                errors.rejectValue("results[" + i + "].endYear", "BeforeStart");
            }
        }
        for (int i = 0; i < form.getMilestones().size(); i++) {
            MilestoneForm m = form.getMilestones().get(i);
            checkNumbers(errors, "milestones[" + i + "].sources", m.getSources(), sources);
            checkDate(errors, "milestones[" + i + "].date", m.getDate());
        }
        for (int i = 0; i < sources; i++) {
            checkDate(errors, "sources[" + i + "].date", form.getSources().get(i).getDate());
        }
        checkDate(errors, "statusSince", form.getStatusSince());
    }

    /**
     * The facts that cite no source ({@link CityContent#uncitedFacts}), each on the field where its sources are
     * typed: checked on publish, since citizens are shown no fact without its source.
     */
    static void uncited(CityForm form, Errors errors) {
        for (String fact : form.toContent(false).uncitedFacts()) {
            int dot = fact.indexOf('.');
            String field = switch (dot < 0 ? fact : fact.substring(0, dot)) {
                case "sinceYear" -> "sinceSources";
                case "status" -> "statusSources";
                case "result" -> "results[" + (Integer.parseInt(fact.substring(dot + 1)) - 1) + "].sources";
                default -> "milestones[" + (Integer.parseInt(fact.substring(dot + 1)) - 1) + "].sources";
            };
            if (!errors.hasFieldErrors(field)) {
                errors.rejectValue(field, "Uncited", new Object[] {dot < 0 ? "" : fact.substring(dot + 1)}, null);
            }
        }
    }

    private static void checkNumbers(Errors errors, String field, String numbers, int sources) {
        if (!errors.hasFieldErrors(field) && SourceNumbers.parse(numbers).stream().anyMatch(n -> n < 1 || n > sources)) {
            errors.rejectValue(field, "SourceMissing", new Object[] {sources}, null);
        }
    }

    private static void checkDate(Errors errors, String field, String date) {
        if (!errors.hasFieldErrors(field) && date != null && !date.isBlank() && !PartialDate.isValid(date.strip())) {
            errors.rejectValue(field, "NoSuchDate");
        }
    }

    /** Every field's path in the order the form shows them. */
    static List<String> fieldOrder(CityForm form) {
        List<String> order = new ArrayList<>(List.of("slug", "countryCode", "type", "status", "statusSince",
                "statusSources", "sinceYear", "sinceSources", "website"));
        order.addAll(ImageAttachment.FIELDS);
        order.addAll(List.of("latitude", "longitude", "position"));
        for (Language language : Language.values()) {
            for (String field : List.of("name", "country", "region", "summary", "description", "statusReason")) {
                order.add("texts[" + language.code() + "]." + field);
            }
        }
        order.add("results");
        for (int i = 0; i < form.getResults().size(); i++) {
            String row = "results[" + i + "].";
            order.addAll(List.of(row + "area", row + "year", row + "endYear", row + "sources"));
            for (Language language : Language.values()) {
                order.add(row + "texts[" + language.code() + "].title");
                order.add(row + "texts[" + language.code() + "].body");
            }
        }
        order.add("milestones");
        for (int i = 0; i < form.getMilestones().size(); i++) {
            String row = "milestones[" + i + "].";
            order.add(row + "date");
            for (Language language : Language.values()) {
                order.add(row + "texts[" + language.code() + "].when");
                order.add(row + "texts[" + language.code() + "].text");
            }
            order.add(row + "sources");
        }
        order.add("sources");
        for (int i = 0; i < form.getSources().size(); i++) {
            for (String field : List.of("title", "language", "publisher", "date", "url")) {
                order.add("sources[" + i + "]." + field);
            }
        }
        order.add("editorNote");
        return order;
    }
}
