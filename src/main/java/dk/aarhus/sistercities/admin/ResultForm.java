package dk.aarhus.sistercities.admin;

import dk.aarhus.sistercities.city.CityContent;
import dk.aarhus.sistercities.city.ResultArea;
import dk.aarhus.sistercities.content.Language;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.Map;

/** One result of the partnership in the city form: area, years, sources, texts per language. */
public class ResultForm {

    @NotNull(groups = Complete.class)
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
        texts.forEach((lang, t) -> content.put(lang, new CityContent.ResultTexts(CityForm.strip(t.getTitle()),
                CityForm.strip(t.getBody()))));
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
