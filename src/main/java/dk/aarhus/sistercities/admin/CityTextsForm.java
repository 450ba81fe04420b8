package dk.aarhus.sistercities.admin;

import dk.aarhus.sistercities.city.CityContent;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A city's texts in one language, as the editor fills them in. */
public class CityTextsForm {

    @NotBlank(groups = Complete.class)
    @Size(max = 100)
    private String name;

    @NotBlank(groups = Complete.class)
    @Size(max = 100)
    private String country;

    @Size(max = 150)
    private String region;

    @NotBlank(groups = Complete.class)
    @Size(max = 300)
    private String summary;

    @NotBlank(groups = Complete.class)
    @Size(max = 20000)
    private String description;

    @Size(max = 500)
    private String statusReason;

    static CityTextsForm of(CityContent.Texts t) {
        CityTextsForm form = new CityTextsForm();
        form.name = t.name();
        form.country = t.country();
        form.region = t.region();
        form.summary = t.summary();
        form.description = t.description();
        form.statusReason = t.statusReason();
        return form;
    }

    CityContent.Texts toContent() {
        return new CityContent.Texts(CityForm.strip(name), CityForm.strip(country), CityForm.blankToNull(region), CityForm.strip(summary),
                CityForm.strip(description), CityForm.blankToNull(statusReason));
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
