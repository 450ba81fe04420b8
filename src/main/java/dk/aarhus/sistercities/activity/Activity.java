package dk.aarhus.sistercities.activity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Converter;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** A published activity, as citizens see it; its drafts and history are revisions ({@link ActivityEditor}). */
@Entity
@Table(name = "activity")
class Activity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "activity_key", nullable = false, unique = true, length = 60)
    private String key;

    @Column(nullable = false, length = 10)
    private String starts;

    @Column(length = 10)
    private String ends;

    @Column(length = 500)
    private String link;

    @Convert(converter = SourcesColumn.class)
    @Column(length = 20_000)
    private List<ActivityContent.Source> sources = new ArrayList<>();

    /** Its image in the image library, as published; a draft's is in its revision. */
    @Column(name = "image_id")
    private Long imageId;

    /** When it was last published: the feed's date for it. */
    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;

    @Version
    private long version;

    @ElementCollection
    @CollectionTable(name = "activity_text", joinColumns = @JoinColumn(name = "activity_id"))
    @MapKeyColumn(name = "lang", length = 5)
    private Map<String, ActivityText> texts = new HashMap<>();

    @ElementCollection
    @CollectionTable(name = "activity_city", joinColumns = @JoinColumn(name = "activity_id"))
    @OrderColumn(name = "position")
    @Column(name = "city_slug", nullable = false, length = 60)
    private List<String> cities = new ArrayList<>();

    protected Activity() {
    }

    Activity(String key) {
        this.key = key;
    }

    String getKey() {
        return key;
    }

    Instant getPublishedAt() {
        return publishedAt;
    }

    /** Puts the content on the row: what the editor published, or what a seed or an import brings. */
    void apply(ActivityContent content, Instant at) {
        starts = content.starts();
        ends = content.ends();
        link = content.link();
        sources = new ArrayList<>(content.sources());
        imageId = content.image();
        publishedAt = at;
        texts.clear();
        content.texts().forEach((lang, t) -> texts.put(lang, new ActivityText(t.title(), t.place(), t.body())));
        cities.clear();
        cities.addAll(content.cities());
    }

    ActivityContent content() {
        Map<String, ActivityContent.Texts> byLanguage = new HashMap<>();
        texts.forEach((lang, t) -> byLanguage.put(lang, new ActivityContent.Texts(t.title(), t.place(), t.body())));
        return new ActivityContent(key, starts, ends, link, List.copyOf(cities), List.copyOf(sources), byLanguage,
                imageId).normalised();
    }

    /** The sources as JSON in one column of the row: always read with it, no extra query. */
    @Converter
    static class SourcesColumn implements AttributeConverter<List<ActivityContent.Source>, String> {

        private static final JsonMapper JSON = JsonMapper.builder().build();

        @Override
        public String convertToDatabaseColumn(List<ActivityContent.Source> list) {
            return list == null || list.isEmpty() ? null : JSON.writeValueAsString(list);
        }

        @Override
        public List<ActivityContent.Source> convertToEntityAttribute(String column) {
            return column == null || column.isBlank() ? new ArrayList<>()
                    : new ArrayList<>(JSON.readValue(column, new TypeReference<List<ActivityContent.Source>>() { }));
        }
    }
}
