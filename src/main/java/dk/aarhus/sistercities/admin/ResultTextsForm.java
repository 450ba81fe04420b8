package dk.aarhus.sistercities.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A result's title and text in one language. */
public class ResultTextsForm {

    @NotBlank(groups = Complete.class)
    @Size(max = 150)
    private String title;

    @NotBlank(groups = Complete.class)
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
