package dk.aarhus.sistercities.admin;

import dk.aarhus.sistercities.city.CityContent;
import dk.aarhus.sistercities.city.CityStatus;
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

/**
 * The city form as the editor fills it in: every field bounded, texts per language side by side.
 * {@code baseRevision} is the revision the editor started from; a save on top of a newer one is a
 * conflict, never a silent overwrite.
 */
public class CityForm {

    public static final int MAX_RESULTS = 30;

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

    @Size(max = 500)
    private String statusSource;

    @Min(1900)
    @Max(2100)
    private Integer sinceYear;

    @Size(max = 500)
    private String sinceSource;

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
        form.statusSource = content.statusSource();
        form.sinceYear = content.sinceYear();
        form.sinceSource = content.sinceSource();
        form.website = content.website();
        form.latitude = content.latitude();
        form.longitude = content.longitude();
        form.position = content.position();
        content.texts().forEach((lang, t) -> form.texts.put(lang, TextsForm.of(t)));
        content.results().forEach(r -> form.results.add(ResultForm.of(r)));
        return form;
    }

    /** The form as content; blank optional fields become absent. */
    public CityContent toContent(boolean published) {
        Map<String, CityContent.Texts> textContent = new LinkedHashMap<>();
        texts.forEach((lang, t) -> textContent.put(lang, t.toContent()));
        return new CityContent(slug, countryCode, type, status, blankToNull(statusSince), blankToNull(statusSource),
                sinceYear, blankToNull(sinceSource), blankToNull(website), latitude, longitude,
                position == null ? 0 : position, published, textContent,
                results.stream().map(ResultForm::toContent).toList());
    }

    /** Every field's path in the order the form shows them, for an error summary in that order. */
    List<String> fieldOrder() {
        List<String> order = new ArrayList<>(List.of("slug", "countryCode", "type", "status", "statusSince",
                "statusSource", "sinceYear", "sinceSource", "website", "latitude", "longitude", "position"));
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
        }
        return order;
    }

    /** Drops texts in languages the site does not have, however they got into the request. */
    void keepSiteLanguages() {
        texts.keySet().removeIf(lang -> Language.fromCode(lang).isEmpty());
        results.forEach(r -> r.texts.keySet().removeIf(lang -> Language.fromCode(lang).isEmpty()));
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
            return new CityContent.ResultContent(area, year, content);
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

    public String getStatusSource() {
        return statusSource;
    }

    public void setStatusSource(String statusSource) {
        this.statusSource = statusSource;
    }

    public Integer getSinceYear() {
        return sinceYear;
    }

    public void setSinceYear(Integer sinceYear) {
        this.sinceYear = sinceYear;
    }

    public String getSinceSource() {
        return sinceSource;
    }

    public void setSinceSource(String sinceSource) {
        this.sinceSource = sinceSource;
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
