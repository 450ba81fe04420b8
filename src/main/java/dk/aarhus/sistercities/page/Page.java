package dk.aarhus.sistercities.page;

import dk.aarhus.sistercities.city.Source;
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
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** A published page, as citizens see it; its drafts and history are revisions ({@link PageEditor}). */
@Entity
@Table(name = "page")
class Page {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "page_key", nullable = false, unique = true, length = 40)
    private String key;

    @Column(name = "nav_position")
    private Integer navPosition;

    @Column(name = "show_contact", nullable = false)
    private boolean showContact;

    @Convert(converter = SourcesColumn.class)
    @Column(name = "sources", length = 20000)
    private List<Source> sources = new ArrayList<>();

    /** Its image in the image library, as published; a draft's is in its revision. */
    @Column(name = "image_id")
    private Long imageId;

    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;

    @Version
    private long version;

    @ElementCollection
    @CollectionTable(name = "page_text", joinColumns = @JoinColumn(name = "page_id"))
    @MapKeyColumn(name = "lang", length = 5)
    private Map<String, PageText> texts = new HashMap<>();

    protected Page() {
    }

    Page(String key) {
        this.key = key;
    }

    String getKey() {
        return key;
    }

    Integer getNavPosition() {
        return navPosition;
    }

    Instant getPublishedAt() {
        return publishedAt;
    }

    /** Puts the content on the row: what the editor published, or what the seed or an import brings. */
    void apply(PageContent content, Instant at) {
        navPosition = content.navPosition();
        showContact = content.showContact();
        sources = new ArrayList<>(content.sources());
        imageId = content.image();
        publishedAt = at;
        texts.clear();
        content.texts().forEach((lang, t) -> texts.put(lang, new PageText(t.slug(), t.title(), t.body())));
    }

    PageContent content() {
        Map<String, PageContent.Texts> byLanguage = new HashMap<>();
        texts.forEach((lang, t) -> byLanguage.put(lang, new PageContent.Texts(t.slug(), t.title(), t.body())));
        return new PageContent(key, navPosition, showContact, byLanguage, sources, imageId).normalised();
    }

    /** The sources as JSON in a column of the row: always read with the page, no extra query. */
    @Converter
    static class SourcesColumn implements AttributeConverter<List<Source>, String> {

        private static final JsonMapper JSON = JsonMapper.builder().build();

        @Override
        public String convertToDatabaseColumn(List<Source> list) {
            return list == null || list.isEmpty() ? null : JSON.writeValueAsString(list);
        }

        @Override
        public List<Source> convertToEntityAttribute(String column) {
            return column == null || column.isBlank() ? new ArrayList<>()
                    : new ArrayList<>(JSON.readValue(column, new TypeReference<List<Source>>() { }));
        }
    }
}
