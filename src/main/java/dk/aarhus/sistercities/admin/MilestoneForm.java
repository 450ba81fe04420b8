package dk.aarhus.sistercities.admin;

import dk.aarhus.sistercities.city.Milestone;
import dk.aarhus.sistercities.content.PartialDate;
import dk.aarhus.sistercities.content.Language;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.Map;

/** A dated step in the partnership's history, in the form; its text in every language. */
public class MilestoneForm {

    @NotBlank(groups = Complete.class)
    @Pattern(regexp = "(" + PartialDate.PATTERN + ")?")
    private String date;

    @Size(max = 50)
    @Pattern(regexp = SourceNumbers.PATTERN)
    private String sources;

    @Valid
    private Map<String, TextsForm> texts = new LinkedHashMap<>();

    public MilestoneForm() {
        for (Language language : Language.values()) {
            texts.put(language.code(), new TextsForm());
        }
    }

    static MilestoneForm of(Milestone milestone) {
        MilestoneForm form = new MilestoneForm();
        form.date = milestone.date();
        form.sources = SourceNumbers.format(milestone.sources());
        milestone.texts().forEach((lang, t) -> {
            TextsForm texts = new TextsForm();
            texts.setWhen(t.when());
            texts.setText(t.text());
            form.texts.put(lang, texts);
        });
        return form;
    }

    Milestone toMilestone() {
        Map<String, Milestone.Texts> content = new LinkedHashMap<>();
        texts.forEach((lang, t) -> content.put(lang, new Milestone.Texts(CityForm.blankToNull(t.getWhen()),
                CityForm.blankToNull(t.getText()))));
        return new Milestone(CityForm.blankToNull(date), SourceNumbers.parse(sources), content);
    }

    public static class TextsForm {

        /** Replaces the shown date where the source is vaguer, e.g. "the early 1960s". */
        @Size(max = 60)
        private String when;

        @NotBlank(groups = Complete.class)
        @Size(max = 500)
        private String text;

        public String getWhen() {
            return when;
        }

        public void setWhen(String when) {
            this.when = when;
        }

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }
    }

    public String getDate() {
        return date;
    }

    public void setDate(String date) {
        this.date = date;
    }

    public String getSources() {
        return sources;
    }

    public void setSources(String sources) {
        this.sources = sources;
    }

    public Map<String, TextsForm> getTexts() {
        return texts;
    }

    public void setTexts(Map<String, TextsForm> texts) {
        this.texts = texts;
    }
}
