package dk.aarhus.sistercities.city;

import dk.aarhus.sistercities.content.Language;
import dk.aarhus.sistercities.content.Localized;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A partner city of Aarhus, with its texts in every language and the results of the partnership. */
@Entity
@Table(name = "city")
public class City {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** Stable, lower-case part of the city's URL, e.g. {@code st-petersburg}. */
    @Column(nullable = false, unique = true, length = 60)
    private String slug;

    /** ISO 3166-1 alpha-2, upper case; also picks the flag. */
    @Column(name = "country_code", nullable = false, length = 2)
    private String countryCode;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "type_id")
    private PartnershipType type;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private CityStatus status = CityStatus.ACTIVE;

    /** When the status took effect: {@code yyyy} or {@code yyyy-MM}, as precise as the source. */
    @Column(name = "status_since", length = 7)
    private String statusSince;

    @Convert(converter = JsonColumns.Numbers.class)
    @Column(name = "status_sources", length = 100)
    private List<Integer> statusSources = new ArrayList<>();

    @Column(name = "since_year")
    private Integer sinceYear;

    @Convert(converter = JsonColumns.Numbers.class)
    @Column(name = "since_sources", length = 100)
    private List<Integer> sinceSources = new ArrayList<>();

    /** The sources of this city's facts, numbered from 1 in this order. */
    @Convert(converter = JsonColumns.Sources.class)
    @Column(name = "sources", length = 200000)
    private List<Source> sources = new ArrayList<>();

    @Convert(converter = JsonColumns.Milestones.class)
    @Column(name = "milestones", length = 200000)
    private List<Milestone> milestones = new ArrayList<>();

    /** For editors only; never shown to citizens. */
    @Column(name = "editor_note", length = 2000)
    private String editorNote;

    @Column(length = 300)
    private String website;

    /** The main image in the image library, as published; the draft's is in its revision. */
    @Column(name = "image_id")
    private Long imageId;

    private Double latitude;
    private Double longitude;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(nullable = false)
    private boolean published;

    @Version
    private long version;

    /** Deleted cities are kept, out of sight, so that their history stays and they can be restored. */
    @Column(nullable = false)
    private boolean deleted;

    /**
     * The numbers of the draft and the published revision, as the revision store says ({@link CityHistory}),
     * copied here so the editors' list reads them without a query and every revision bumps the version.
     */
    @Column(name = "draft_revision")
    private Integer draftRevision;

    @Column(name = "published_revision")
    private Integer publishedRevision;

    @Column(name = "updated_by", length = 100)
    private String updatedBy;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @ElementCollection
    @CollectionTable(name = "city_text", joinColumns = @JoinColumn(name = "city_id"))
    @MapKeyColumn(name = "lang", length = 5)
    private Map<String, CityText> texts = new HashMap<>();

    @OneToMany(mappedBy = "city", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sortOrder")
    private List<Result> results = new ArrayList<>();

    protected City() {
    }

    public City(String slug, String countryCode, PartnershipType type) {
        this.slug = slug;
        this.countryCode = countryCode;
        this.type = type;
    }

    /** The city's current state as plain data. */
    public CityContent content() {
        Map<String, CityContent.Texts> textContent = new HashMap<>();
        texts.forEach((lang, t) -> textContent.put(lang, new CityContent.Texts(t.name(), t.country(), t.region(),
                t.summary(), t.description(), t.statusReason())));
        List<CityContent.ResultContent> resultContent = results.stream()
                .map(r -> {
                    Map<String, CityContent.ResultTexts> rt = new HashMap<>();
                    r.getTexts().forEach((lang, t) -> rt.put(lang, new CityContent.ResultTexts(t.title(), t.body())));
                    return new CityContent.ResultContent(r.getArea(), r.getYear(), r.getEndYear(), r.getSources(), rt);
                })
                .toList();
        return new CityContent(slug, countryCode, type.getCode(), status, statusSince, statusSources, sinceYear,
                sinceSources, website, latitude, longitude, sortOrder, published, textContent, resultContent,
                milestones, sources, editorNote, imageId);
    }

    /**
     * Makes this city what the content says (the type is looked up by the caller). Texts and
     * results are replaced; the published flag is left to {@link #setPublished}.
     */
    public void apply(CityContent content, PartnershipType type) {
        this.slug = content.slug();
        this.countryCode = content.countryCode();
        this.type = type;
        setStatus(content.status() == null ? CityStatus.ACTIVE : content.status(), content.statusSince(),
                content.statusSources());
        setSince(content.sinceYear(), content.sinceSources());
        this.sources = new ArrayList<>(content.sources());
        this.milestones = new ArrayList<>(content.milestones());
        this.editorNote = content.editorNote();
        this.website = content.website();
        this.imageId = content.image();
        setCoordinates(content.latitude(), content.longitude());
        this.sortOrder = content.position();
        texts.clear();
        content.texts().forEach((lang, t) -> texts.put(lang, new CityText(t.name(), t.country(), t.region(),
                t.summary(), t.description(), t.statusReason())));
        results.clear();
        for (CityContent.ResultContent r : content.results()) {
            Result result = new Result(r.area(), r.year(), r.endYear(), r.sources());
            r.texts().forEach((lang, t) -> result.getTexts().put(lang, new ResultText(t.title(), t.body())));
            addResult(result);
        }
    }

    public CityText text(Language language) {
        return Localized.pick(texts, language);
    }

    public void addResult(Result result) {
        result.attachTo(this, results.size() + 1);
        results.add(result);
    }

    public Long getId() { return id; }
    public String getSlug() { return slug; }
    public String getCountryCode() { return countryCode; }
    public PartnershipType getType() { return type; }
    public CityStatus getStatus() { return status; }

    public void setStatus(CityStatus status, String since, List<Integer> sources) {
        this.status = status;
        this.statusSince = since;
        this.statusSources = new ArrayList<>(sources == null ? List.of() : sources);
    }

    public String getStatusSince() { return statusSince; }
    public List<Integer> getStatusSources() { return Collections.unmodifiableList(statusSources); }
    public Integer getSinceYear() { return sinceYear; }

    public void setSince(Integer year, List<Integer> sources) {
        this.sinceYear = year;
        this.sinceSources = new ArrayList<>(sources == null ? List.of() : sources);
    }

    public List<Integer> getSinceSources() { return Collections.unmodifiableList(sinceSources); }
    public List<Source> getSources() { return Collections.unmodifiableList(sources); }
    public List<Milestone> getMilestones() { return Collections.unmodifiableList(milestones); }
    public String getEditorNote() { return editorNote; }
    public String getWebsite() { return website; }
    public Long getImageId() { return imageId; }
    public Double getLatitude() { return latitude; }
    public Double getLongitude() { return longitude; }

    public void setCoordinates(Double lat, Double lon) { this.latitude = lat; this.longitude = lon; }
    public int getSortOrder() { return sortOrder; }
    public void setSortOrder(int sortOrder) { this.sortOrder = sortOrder; }
    public boolean isPublished() { return published; }
    public void setPublished(boolean published) { this.published = published; }
    public long getVersion() { return version; }
    public boolean isDeleted() { return deleted; }
    public void setDeleted(boolean deleted) { this.deleted = deleted; }

    public Integer getDraftRevision() { return draftRevision; }
    public Integer getPublishedRevision() { return publishedRevision; }

    /** Moves the revision pointers; every move bumps the version, so stale forms are caught. */
    void setRevisions(int draft, Integer published) {
        this.draftRevision = draft;
        this.publishedRevision = published;
    }

    public String getUpdatedBy() { return updatedBy; }
    public Instant getUpdatedAt() { return updatedAt; }
    public void markUpdated(String by, Instant at) { this.updatedBy = by; this.updatedAt = at; }

    public Map<String, CityText> getTexts() { return texts; }
    public List<Result> getResults() { return Collections.unmodifiableList(results); }
}
