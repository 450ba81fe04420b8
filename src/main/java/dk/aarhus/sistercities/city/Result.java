package dk.aarhus.sistercities.city;

import dk.aarhus.sistercities.content.Language;
import dk.aarhus.sistercities.content.Localized;
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
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Something a partnership achieved. */
@Entity
@Table(name = "partnership_result")
public class Result {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "city_id")
    private City city;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private ResultArea area;

    @Column(name = "result_year")
    private Integer year;

    /** The last year of a span that began in {@code year}, e.g. 2010–2021. */
    @Column(name = "end_year")
    private Integer endYear;

    /** Numbers in the city's list of sources. */
    @Convert(converter = JsonColumns.Numbers.class)
    @Column(name = "sources", length = 100)
    private List<Integer> sources = new ArrayList<>();

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @ElementCollection
    @CollectionTable(name = "partnership_result_text", joinColumns = @JoinColumn(name = "result_id"))
    @MapKeyColumn(name = "lang", length = 5)
    private Map<String, ResultText> texts = new HashMap<>();

    protected Result() {
    }

    public Result(ResultArea area, Integer year, Integer endYear, List<Integer> sources) {
        this.area = area;
        this.year = year;
        this.endYear = endYear;
        this.sources = new ArrayList<>(sources == null ? List.of() : sources);
    }

    void attachTo(City city, int sortOrder) {
        this.city = city;
        this.sortOrder = sortOrder;
    }

    public Long getId() {
        return id;
    }

    public ResultArea getArea() {
        return area;
    }

    public Integer getYear() {
        return year;
    }

    public Integer getEndYear() {
        return endYear;
    }

    public List<Integer> getSources() {
        return Collections.unmodifiableList(sources);
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public Map<String, ResultText> getTexts() {
        return texts;
    }

    public ResultText text(Language language) {
        return Localized.pick(texts, language);
    }
}
