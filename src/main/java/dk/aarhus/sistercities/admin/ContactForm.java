package dk.aarhus.sistercities.admin;

import dk.aarhus.sistercities.contact.ContactContent;
import dk.aarhus.sistercities.contact.ContactEditor;
import dk.aarhus.sistercities.contact.ContactRules;
import dk.aarhus.sistercities.content.Language;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.validation.Errors;

/**
 * The form for a contact: the words of each language (unit, role, opening hours) as
 * {@code texts[da][unit]}, and the fields that are the same in both. Bound as typed, checked by
 * {@link ContactRules}, so the editor sees again exactly what was typed next to what is wrong.
 */
public class ContactForm {

    static final List<String> TEXT_FIELDS = List.of("unit", "role", "hours");

    private Integer baseRevision;
    private String person;
    private String email;
    private String phone;
    private String website;
    private String address;
    private Map<String, Map<String, String>> texts = new LinkedHashMap<>();

    static ContactForm of(ContactEditor.Draft draft) {
        ContactContent content = draft.content();
        ContactForm form = new ContactForm();
        form.baseRevision = draft.revision();
        form.person = content.person();
        form.email = content.email();
        form.phone = content.phone();
        form.website = content.website();
        form.address = content.address();
        for (Language language : Language.values()) {
            ContactContent.Texts text = content.text(language);
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("unit", text.unit());
            fields.put("role", text.role());
            fields.put("hours", text.hours());
            form.texts.put(language.code(), fields);
        }
        return form;
    }

    /**
     * What the form says, for the scope of its address. Keeps exactly the site's languages and the known
     * fields in the form, as typed, so every field an error names is there to show again.
     */
    ContactContent content(String scope) {
        Map<String, ContactContent.Texts> byLanguage = new LinkedHashMap<>();
        Map<String, Map<String, String>> kept = new LinkedHashMap<>();
        for (Language language : Language.values()) {
            Map<String, String> given = texts == null ? null : texts.get(language.code());
            Map<String, String> fields = new LinkedHashMap<>();
            TEXT_FIELDS.forEach(f -> fields.put(f, given == null ? null : given.get(f)));
            kept.put(language.code(), fields);
            byLanguage.put(language.code(),
                    new ContactContent.Texts(fields.get("unit"), fields.get("role"), fields.get("hours")));
        }
        texts = kept;
        return new ContactContent(scope, person, email, phone, website, address, byLanguage).normalised();
    }

    /** Reports every rule the content breaks on its field, in the order of the form. */
    static void check(ContactContent content, Errors errors) {
        ContactRules.problems(content).forEach(p -> errors.rejectValue(p.field(), p.code(), p.args(), null));
    }

    public Integer getBaseRevision() {
        return baseRevision;
    }

    public void setBaseRevision(Integer baseRevision) {
        this.baseRevision = baseRevision;
    }

    public String getPerson() {
        return person;
    }

    public void setPerson(String person) {
        this.person = person;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public Map<String, Map<String, String>> getTexts() {
        return texts;
    }

    public void setTexts(Map<String, Map<String, String>> texts) {
        this.texts = texts;
    }
}
