package dk.aarhus.sistercities.admin;

import dk.aarhus.sistercities.content.PartialDate;
import dk.aarhus.sistercities.city.Source;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** One of a city's sources in the form: citizens see it in the page's numbered list of sources. */
public class SourceForm {

    @NotBlank(groups = Complete.class)
    @Size(max = 200)
    private String title;

    /** ISO 639-1, lower case: the language of the title. */
    @Pattern(regexp = "([a-z]{2})?")
    private String language;

    @Size(max = 100)
    private String publisher;

    @Pattern(regexp = "(" + PartialDate.PATTERN + ")?")
    private String date;

    @Size(max = 300)
    @WebAddress
    private String url;

    static SourceForm of(Source source) {
        SourceForm form = new SourceForm();
        form.title = source.title();
        form.language = source.language();
        form.publisher = source.publisher();
        form.date = source.date();
        form.url = source.url();
        return form;
    }

    Source toSource() {
        return new Source(CityForm.blankToNull(title), CityForm.blankToNull(language), CityForm.blankToNull(publisher),
                CityForm.blankToNull(date), CityForm.blankToNull(url));
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getPublisher() {
        return publisher;
    }

    public void setPublisher(String publisher) {
        this.publisher = publisher;
    }

    public String getDate() {
        return date;
    }

    public void setDate(String date) {
        this.date = date;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }
}
