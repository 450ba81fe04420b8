package dk.aarhus.sistercities.admin;

import dk.aarhus.sistercities.content.Language;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.validation.Errors;

/** The form for a partnership type's or a site text's texts: language, then field, then text. */
public class TextForm {

    /** Longest text per field, in characters. */
    static final Map<String, Integer> MAX_LENGTH = Map.of("name", 100, "introduction", 10_000, "body", 20_000);

    private Integer baseRevision;

    private Map<String, Map<String, String>> texts = new LinkedHashMap<>();

    public static TextForm of(TextEditor.Draft draft, TextSubject.Kind kind) {
        TextForm form = new TextForm();
        form.baseRevision = draft.revision();
        for (Language language : Language.values()) {
            Map<String, String> fields = new LinkedHashMap<>();
            for (String field : kind.fields()) {
                fields.put(field, draft.texts().getOrDefault(language.code(), Map.of()).get(field));
            }
            form.texts.put(language.code(), fields);
        }
        return form;
    }

    /** Keeps exactly the site's languages and the kind's fields, stripped; reports what is missing or too long. */
    void clean(TextSubject.Kind kind, Errors errors) {
        Map<String, Map<String, String>> cleaned = new LinkedHashMap<>();
        for (Language language : Language.values()) {
            Map<String, String> given = texts.getOrDefault(language.code(), Map.of());
            Map<String, String> fields = new LinkedHashMap<>();
            for (String field : kind.fields()) {
                String value = given.get(field) == null ? "" : given.get(field).strip();
                fields.put(field, value);
                String path = "texts[" + language.code() + "][" + field + "]";
                if (value.isEmpty()) {
                    errors.rejectValue(path, "NotBlank");
                } else if (value.length() > MAX_LENGTH.get(field)) {
                    errors.rejectValue(path, "Size", new Object[] {field, MAX_LENGTH.get(field), 0}, null);
                }
            }
            cleaned.put(language.code(), fields);
        }
        texts = cleaned;
    }

    public Integer getBaseRevision() {
        return baseRevision;
    }

    public void setBaseRevision(Integer baseRevision) {
        this.baseRevision = baseRevision;
    }

    public Map<String, Map<String, String>> getTexts() {
        return texts;
    }

    public void setTexts(Map<String, Map<String, String>> texts) {
        this.texts = texts;
    }
}
