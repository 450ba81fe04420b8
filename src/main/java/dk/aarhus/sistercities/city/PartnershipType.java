package dk.aarhus.sistercities.city;

import dk.aarhus.sistercities.content.Language;
import dk.aarhus.sistercities.content.Localized;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.HashMap;
import java.util.Map;

/** A kind of partnership (Nordic sister city, business cooperation, …), with its own introduction and page. */
@Entity
@Table(name = "partnership_type")
public class PartnershipType {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 60)
    private String code;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    /** Sister-city types are listed under "Sister cities of Aarhus"; the others under "Other collaborations". */
    @Column(name = "sister_city", nullable = false)
    private boolean sisterCity;

    @Version
    private long version;

    @ElementCollection
    @CollectionTable(name = "partnership_type_text", joinColumns = @JoinColumn(name = "type_id"))
    @MapKeyColumn(name = "lang", length = 5)
    private Map<String, PartnershipTypeText> texts = new HashMap<>();

    protected PartnershipType() {
    }

    public PartnershipType(String code, int sortOrder, boolean sisterCity) {
        this.code = code;
        this.sortOrder = sortOrder;
        this.sisterCity = sisterCity;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public boolean isSisterCity() {
        return sisterCity;
    }

    public long getVersion() {
        return version;
    }

    public Map<String, PartnershipTypeText> getTexts() {
        return texts;
    }

    public PartnershipTypeText text(Language language) {
        return Localized.pick(texts, language);
    }
}
