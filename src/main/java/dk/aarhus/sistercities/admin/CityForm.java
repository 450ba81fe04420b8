package dk.aarhus.sistercities.admin;

import dk.aarhus.sistercities.city.CityContent;
import dk.aarhus.sistercities.city.CityStatus;
import dk.aarhus.sistercities.city.PartialDate;
import dk.aarhus.sistercities.city.ResultArea;
import dk.aarhus.sistercities.content.Language;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.validation.Errors;

/**
 * The city form as the editor fills it in: every field bounded, texts per language side by side.
 * {@code baseRevision} is the revision the editor started from; a save on top of a newer one is a
 * conflict, never a silent overwrite.
 */
public class CityForm {

    public static final int MAX_RESULTS = 30;
    public static final int MAX_SOURCES = 20;
    public static final int MAX_MILESTONES = 20;

    /** The city's id, or null for a new city; it must match the address the form is sent to. */
    private Long id;

    private Integer baseRevision;

    @NotBlank
    @Size(max = 60)
    @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*")
    private String slug;

    @NotBlank
    @Pattern(regexp = "[A-Z]{2}")
    private String countryCode;

    @NotBlank
    @Size(max = 60)
    private String type;

    @NotNull
    private CityStatus status = CityStatus.ACTIVE;

    @Pattern(regexp = "(\\d{4}(-(0[1-9]|1[0-2]))?)?")
    private String statusSince;

    @Size(max = 50)
    @Pattern(regexp = SourceNumbers.PATTERN)
    private String statusSources;

    @Min(1900)
    @Max(2100)
    private Integer sinceYear;

    @Size(max = 50)
    @Pattern(regexp = SourceNumbers.PATTERN)
    private String sinceSources;

    @Size(max = 300)
    @WebAddress
    private String website;

    @DecimalMin("-90")
    @DecimalMax("90")
    private Double latitude;

    @DecimalMin("-180")
    @DecimalMax("180")
    private Double longitude;

    @NotNull
    @Min(0)
    @Max(9999)
    private Integer position = 0;

    @Valid
    private Map<String, TextsForm> texts = new LinkedHashMap<>();

    @Valid
    @Size(max = MAX_RESULTS)
    private List<ResultForm> results = new ArrayList<>();

    @Valid
    @Size(max = MAX_MILESTONES)
    private List<MilestoneForm> milestones = new ArrayList<>();

    @Valid
    @Size(max = MAX_SOURCES)
    private List<SourceForm> sources = new ArrayList<>();

    /** Research notes and reminders for editors; never shown to citizens. */
    @Size(max = 2000)
    private String editorNote;

    public CityForm() {
        for (Language language : Language.values()) {
            texts.put(language.code(), new TextsForm());
        }
    }

    public static CityForm of(Long id, CityContent content, Integer baseRevision) {
        CityForm form = new CityForm();
        form.id = id;
        form.baseRevision = baseRevision;
        form.slug = content.slug();
        form.countryCode = content.countryCode();
        form.type = content.type();
        form.status = content.status();
        form.statusSince = content.statusSince();
        form.statusSources = SourceNumbers.format(content.statusSources());
        form.sinceYear = content.sinceYear();
        form.sinceSources = SourceNumbers.format(content.sinceSources());
        form.website = content.website();
        form.latitude = content.latitude();
        form.longitude = content.longitude();
        form.position = content.position();
        content.texts().forEach((lang, t) -> form.texts.put(lang, TextsForm.of(t)));
        content.results().forEach(r -> form.results.add(ResultForm.of(r)));
        content.milestones().forEach(m -> form.milestones.add(MilestoneForm.of(m)));
        content.sources().forEach(s -> form.sources.add(SourceForm.of(s)));
        form.editorNote = content.editorNote();
        return form;
    }

    /** The form as content; blank optional fields become absent. */
    public CityContent toContent(boolean published) {
        Map<String, CityContent.Texts> textContent = new LinkedHashMap<>();
        texts.forEach((lang, t) -> textContent.put(lang, t.toContent()));
        return new CityContent(slug, countryCode, type, status, blankToNull(statusSince),
                SourceNumbers.parse(statusSources), sinceYear, SourceNumbers.parse(sinceSources), blankToNull(website),
                latitude, longitude, position == null ? 0 : position, published, textContent,
                results.stream().map(ResultForm::toContent).toList(),
                milestones.stream().map(MilestoneForm::toMilestone).toList(),
                sources.stream().map(SourceForm::toSource).toList(), blankToNull(editorNote));
    }

    /**
     * The rules across fields: every source number names a source in the list, every date is a real
     * one. Forms and the import both apply them after Bean Validation.
     */
    void checkSourcesAndDates(Errors errors) {
        checkNumbers(errors, "statusSources", statusSources);
        checkNumbers(errors, "sinceSources", sinceSources);
        for (int i = 0; i < results.size(); i++) {
            ResultForm result = results.get(i);
            checkNumbers(errors, "results[" + i + "].sources", result.sources);
            if (result.year != null && result.endYear != null && result.endYear < result.year
                    && !errors.hasFieldErrors("results[" + i + "].endYear")) {
                errors.rejectValue("results[" + i + "].endYear", "BeforeStart");
            }
        }
        for (int i = 0; i < milestones.size(); i++) {
            MilestoneForm m = milestones.get(i);
            checkNumbers(errors, "milestones[" + i + "].sources", m.getSources());
            checkDate(errors, "milestones[" + i + "].date", m.getDate());
        }
        for (int i = 0; i < sources.size(); i++) {
            checkDate(errors, "sources[" + i + "].date", sources.get(i).getDate());
        }
        checkDate(errors, "statusSince", statusSince);
    }

    private void checkNumbers(Errors errors, String field, String numbers) {
        if (errors.hasFieldErrors(field)) {
            return;
        }
        if (SourceNumbers.parse(numbers).stream().anyMatch(n -> n < 1 || n > sources.size())) {
            errors.rejectValue(field, "SourceMissing", new Object[] {sources.size()}, null);
        }
    }

    private static void checkDate(Errors errors, String field, String date) {
        if (!errors.hasFieldErrors(field) && date != null && !date.isBlank() && !PartialDate.isValid(date.strip())) {
            errors.rejectValue(field, "NoSuchDate");
        }
    }

    /** Every field's path in the order the form shows them, for an error summary in that order. */
    List<String> fieldOrder() {
        List<String> order = new ArrayList<>(List.of("slug", "countryCode", "type", "status", "statusSince",
                "statusSources", "sinceYear", "sinceSources", "website", "latitude", "longitude", "position"));
        for (Language language : Language.values()) {
            for (String field : List.of("name", "country", "region", "summary", "description", "statusReason")) {
                order.add("texts[" + language.code() + "]." + field);
            }
        }
        order.add("results");
        for (int i = 0; i < results.size(); i++) {
            order.add("results[" + i + "].area");
            order.add("results[" + i + "].year");
            for (Language language : Language.values()) {
                order.add("results[" + i + "].texts[" + language.code() + "].title");
                order.add("results[" + i + "].texts[" + language.code() + "].body");
            }
            order.add("results[" + i + "].endYear");
            order.add("results[" + i + "].sources");
        }
        order.add("milestones");
        for (int i = 0; i < milestones.size(); i++) {
            order.add("milestones[" + i + "].date");
            for (Language language : Language.values()) {
                order.add("milestones[" + i + "].texts[" + language.code() + "].when");
                order.add("milestones[" + i + "].texts[" + language.code() + "].text");
            }
            order.add("milestones[" + i + "].sources");
        }
        order.add("sources");
        for (int i = 0; i < sources.size(); i++) {
            for (String field : List.of("title", "language", "publisher", "date", "url")) {
                order.add("sources[" + i + "]." + field);
            }
        }
        order.add("editorNote");
        return order;
    }

    /** Drops texts in languages the site does not have, however they got into the request. */
    void keepSiteLanguages() {
        texts.keySet().removeIf(lang -> Language.fromCode(lang).isEmpty());
        results.forEach(r -> r.texts.keySet().removeIf(lang -> Language.fromCode(lang).isEmpty()));
        milestones.forEach(m -> m.getTexts().keySet().removeIf(lang -> Language.fromCode(lang).isEmpty()));
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public static class TextsForm {

        @NotBlank
        @Size(max = 100)
        private String name;

        @NotBlank
        @Size(max = 100)
        private String country;

        @Size(max = 150)
        private String region;

        @NotBlank
        @Size(max = 300)
        private String summary;

        @NotBlank
        @Size(max = 20000)
        private String description;

        @Size(max = 500)
        private String statusReason;

        static TextsForm of(CityContent.Texts t) {
            TextsForm form = new TextsForm();
            form.name = t.name();
            form.country = t.country();
            form.region = t.region();
            form.summary = t.summary();
            form.description = t.description();
            form.statusReason = t.statusReason();
            return form;
        }

        CityContent.Texts toContent() {
            return new CityContent.Texts(strip(name), strip(country), blankToNull(region), strip(summary),
                    strip(description), blankToNull(statusReason));
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getCountry() {
            return country;
        }

        public void setCountry(String country) {
            this.country = country;
        }

        public String getRegion() {
            return region;
        }

        public void setRegion(String region) {
            this.region = region;
        }

        public String getSummary() {
            return summary;
        }

        public void setSummary(String summary) {
            this.summary = summary;
        }

        public String getDescription() {
            return description;
        }

        public void setDescription(String description) {
            this.description = description;
        }

        public String getStatusReason() {
            return statusReason;
        }

        public void setStatusReason(String statusReason) {
            this.statusReason = statusReason;
        }
    }

    public static class ResultForm {

        @NotNull
        private ResultArea area;

        @Min(1900)
        @Max(2100)
        private Integer year;

        @Min(1900)
        @Max(2100)
        private Integer endYear;

        @Size(max = 50)
        @Pattern(regexp = SourceNumbers.PATTERN)
        private String sources;

        @Valid
        private Map<String, ResultTextsForm> texts = new LinkedHashMap<>();

        public ResultForm() {
            for (Language language : Language.values()) {
                texts.put(language.code(), new ResultTextsForm());
            }
        }

        static ResultForm of(CityContent.ResultContent r) {
            ResultForm form = new ResultForm();
            form.area = r.area();
            form.year = r.year();
            form.endYear = r.endYear();
            form.sources = SourceNumbers.format(r.sources());
            r.texts().forEach((lang, t) -> {
                ResultTextsForm texts = new ResultTextsForm();
                texts.setTitle(t.title());
                texts.setBody(t.body());
                form.texts.put(lang, texts);
            });
            return form;
        }

        CityContent.ResultContent toContent() {
            Map<String, CityContent.ResultTexts> content = new LinkedHashMap<>();
            texts.forEach((lang, t) -> content.put(lang, new CityContent.ResultTexts(strip(t.getTitle()),
                    strip(t.getBody()))));
            return new CityContent.ResultContent(area, year, endYear, SourceNumbers.parse(sources), content);
        }

        public ResultArea getArea() {
            return area;
        }

        public void setArea(ResultArea area) {
            this.area = area;
        }

        public Integer getYear() {
            return year;
        }

        public void setYear(Integer year) {
            this.year = year;
        }

        public Integer getEndYear() {
            return endYear;
        }

        public void setEndYear(Integer endYear) {
            this.endYear = endYear;
        }

        public String getSources() {
            return sources;
        }

        public void setSources(String sources) {
            this.sources = sources;
        }

        public Map<String, ResultTextsForm> getTexts() {
            return texts;
        }

        public void setTexts(Map<String, ResultTextsForm> texts) {
            this.texts = texts;
        }
    }

    public static class ResultTextsForm {

        @NotBlank
        @Size(max = 150)
        private String title;

        @NotBlank
        @Size(max = 2000)
        private String body;

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public String getBody() {
            return body;
        }

        public void setBody(String body) {
            this.body = body;
        }
    }

    private static String strip(String value) {
        return value == null ? null : value.strip();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Integer getBaseRevision() {
        return baseRevision;
    }

    public void setBaseRevision(Integer baseRevision) {
        this.baseRevision = baseRevision;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public String getCountryCode() {
        return countryCode;
    }

    public void setCountryCode(String countryCode) {
        this.countryCode = countryCode;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public CityStatus getStatus() {
        return status;
    }

    public void setStatus(CityStatus status) {
        this.status = status;
    }

    public String getStatusSince() {
        return statusSince;
    }

    public void setStatusSince(String statusSince) {
        this.statusSince = statusSince;
    }

    public String getStatusSources() {
        return statusSources;
    }

    public void setStatusSources(String statusSources) {
        this.statusSources = statusSources;
    }

    public Integer getSinceYear() {
        return sinceYear;
    }

    public void setSinceYear(Integer sinceYear) {
        this.sinceYear = sinceYear;
    }

    public String getSinceSources() {
        return sinceSources;
    }

    public void setSinceSources(String sinceSources) {
        this.sinceSources = sinceSources;
    }

    public List<MilestoneForm> getMilestones() {
        return milestones;
    }

    public void setMilestones(List<MilestoneForm> milestones) {
        this.milestones = milestones;
    }

    public List<SourceForm> getSources() {
        return sources;
    }

    public void setSources(List<SourceForm> sources) {
        this.sources = sources;
    }

    public String getEditorNote() {
        return editorNote;
    }

    public void setEditorNote(String editorNote) {
        this.editorNote = editorNote;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }

    public Double getLatitude() {
        return latitude;
    }

    public void setLatitude(Double latitude) {
        this.latitude = latitude;
    }

    public Double getLongitude() {
        return longitude;
    }

    public void setLongitude(Double longitude) {
        this.longitude = longitude;
    }

    public Integer getPosition() {
        return position;
    }

    public void setPosition(Integer position) {
        this.position = position;
    }

    public Map<String, TextsForm> getTexts() {
        return texts;
    }

    public void setTexts(Map<String, TextsForm> texts) {
        this.texts = texts;
    }

    public List<ResultForm> getResults() {
        return results;
    }

    public void setResults(List<ResultForm> results) {
        this.results = results;
    }
}
