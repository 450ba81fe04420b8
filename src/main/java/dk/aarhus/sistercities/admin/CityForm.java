package dk.aarhus.sistercities.admin;

import dk.aarhus.sistercities.city.CityContent;
import dk.aarhus.sistercities.city.CityStatus;
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
import java.util.Locale;
import java.util.Map;

/**
 * The city form as the editor fills it in: every field bounded, texts per language side by side.
 * {@code baseRevision} is the revision the editor started from; a save on top of a newer one is a
 * conflict, never a silent overwrite.
 */
public class CityForm extends FormWithImage {

    public static final int MAX_RESULTS = 30;
    public static final int MAX_SOURCES = 20;
    public static final int MAX_MILESTONES = 20;

    /** The city's id, or null for a new city; it must match the address the form is sent to. */
    private Long id;

    private Integer baseRevision;

    /** The one thing a draft must have: its address, which the database keeps unique. */
    @NotBlank
    @Size(max = 60)
    @Pattern(regexp = "([a-z0-9]+(-[a-z0-9]+)*)?")
    private String slug;

    @NotBlank(groups = Complete.class)
    @Pattern(regexp = "([A-Z]{2})?")
    private String countryCode;

    @NotBlank(groups = Complete.class)
    @Size(max = 60)
    private String type;

    @NotNull(groups = Complete.class)
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
    private Map<String, CityTextsForm> texts = new LinkedHashMap<>();

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
            texts.put(language.code(), new CityTextsForm());
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
        content.texts().forEach((lang, t) -> form.texts.put(lang, CityTextsForm.of(t)));
        content.results().forEach(r -> form.results.add(ResultForm.of(r)));
        content.milestones().forEach(m -> form.milestones.add(MilestoneForm.of(m)));
        content.sources().forEach(s -> form.sources.add(SourceForm.of(s)));
        form.editorNote = content.editorNote();
        form.setImage(content.image());
        return form;
    }

    /** The form as content; blank optional fields become absent. */
    public CityContent toContent(boolean published) {
        Map<String, CityContent.Texts> textContent = new LinkedHashMap<>();
        texts.forEach((lang, t) -> textContent.put(lang, t.toContent()));
        return new CityContent(slug, blankToNull(countryCode), blankToNull(type), status, blankToNull(statusSince),
                SourceNumbers.parse(statusSources), sinceYear, SourceNumbers.parse(sinceSources), blankToNull(website),
                latitude, longitude, position == null ? 0 : position, published, textContent,
                results.stream().map(ResultForm::toContent).toList(),
                milestones.stream().map(MilestoneForm::toMilestone).toList(),
                sources.stream().map(SourceForm::toSource).toList(), blankToNull(editorNote), getImage());
    }


    /** Drops texts in languages the site does not have, however they got into the request. */
    void keepSiteLanguages() {
        texts.keySet().removeIf(lang -> Language.fromCode(lang).isEmpty());
        results.forEach(r -> r.getTexts().keySet().removeIf(lang -> Language.fromCode(lang).isEmpty()));
        milestones.forEach(m -> m.getTexts().keySet().removeIf(lang -> Language.fromCode(lang).isEmpty()));
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }


    static String strip(String value) {
        return value == null ? null : value.strip();
    }

    // The bound fields' accessors, one line each: Spring binds and Thymeleaf reads the form through them.

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }

    public Integer getBaseRevision() { return baseRevision; }
    public void setBaseRevision(Integer baseRevision) { this.baseRevision = baseRevision; }

    public String getSlug() { return slug; }
    public void setSlug(String slug) { this.slug = slug; }

    public String getCountryCode() { return countryCode; }
    /**
     * "no" and " NO " are NO: the case and spaces around are not the editor's mistake. Anything else is kept as
     * typed, for the error message beside it.
     */
    public void setCountryCode(String countryCode) {
        boolean twoLetters = countryCode != null && countryCode.strip().matches("[A-Za-z]{2}");
        this.countryCode = twoLetters ? countryCode.strip().toUpperCase(Locale.ROOT) : countryCode;
    }

    public String getType() { return type; }
    public void setType(String type) { this.type = type; }

    public CityStatus getStatus() { return status; }
    public void setStatus(CityStatus status) { this.status = status; }

    public String getStatusSince() { return statusSince; }
    public void setStatusSince(String statusSince) { this.statusSince = statusSince; }

    public String getStatusSources() { return statusSources; }
    public void setStatusSources(String statusSources) { this.statusSources = statusSources; }

    public Integer getSinceYear() { return sinceYear; }
    public void setSinceYear(Integer sinceYear) { this.sinceYear = sinceYear; }

    public String getSinceSources() { return sinceSources; }
    public void setSinceSources(String sinceSources) { this.sinceSources = sinceSources; }

    public List<MilestoneForm> getMilestones() { return milestones; }
    public void setMilestones(List<MilestoneForm> milestones) { this.milestones = milestones; }

    public List<SourceForm> getSources() { return sources; }
    public void setSources(List<SourceForm> sources) { this.sources = sources; }

    public String getEditorNote() { return editorNote; }
    public void setEditorNote(String editorNote) { this.editorNote = editorNote; }

    public String getWebsite() { return website; }
    public void setWebsite(String website) { this.website = website; }

    public Double getLatitude() { return latitude; }
    public void setLatitude(Double latitude) { this.latitude = latitude; }

    public Double getLongitude() { return longitude; }
    public void setLongitude(Double longitude) { this.longitude = longitude; }

    public Integer getPosition() { return position; }
    public void setPosition(Integer position) { this.position = position; }

    public Map<String, CityTextsForm> getTexts() { return texts; }
    public void setTexts(Map<String, CityTextsForm> texts) { this.texts = texts; }

    public List<ResultForm> getResults() { return results; }
    public void setResults(List<ResultForm> results) { this.results = results; }
}
