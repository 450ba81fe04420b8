package dk.aarhus.sistercities.admin;

import dk.aarhus.sistercities.city.Source;
import dk.aarhus.sistercities.content.Language;
import dk.aarhus.sistercities.page.PageContent;
import dk.aarhus.sistercities.page.PageEditor;
import dk.aarhus.sistercities.page.PageRules;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import dk.aarhus.sistercities.page.PageAddresses;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;

/**
 * The form for a page: the words and address of each language as {@code texts[da][title]}, the place in
 * the navigation as typed, whether the general contact is shown, and its sources as rows (an empty row is
 * left out, so a source is removed by emptying its row). Bound as typed, checked by {@link PageRules}, so the
 * editor sees again exactly what was typed next to what is wrong.
 */
public class PageForm extends FormWithImage {

    static final List<String> TEXT_FIELDS = List.of("title", "slug", "body");
    /** Empty source rows offered below the page's sources: no script is needed to add one. */
    static final int EMPTY_SOURCE_ROWS = 2;

    private Integer baseRevision;
    private String navPosition;
    private boolean showContact;
    private Map<String, Map<String, String>> texts = new LinkedHashMap<>();
    private List<SourceForm> sources = new ArrayList<>();

    static PageForm empty() {
        return of(new PageEditor.Draft(new PageContent(null, null, false, Map.of(), List.of()), 0));
    }

    static PageForm of(PageEditor.Draft draft) {
        PageContent content = draft.content();
        PageForm form = new PageForm();
        form.baseRevision = draft.revision();
        form.navPosition = content.navPosition() == null ? "" : content.navPosition().toString();
        form.showContact = content.showContact();
        form.setImage(content.image());
        for (Language language : Language.values()) {
            PageContent.Texts text = content.text(language);
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("title", text.title());
            fields.put("slug", text.slug());
            fields.put("body", text.body());
            form.texts.put(language.code(), fields);
        }
        content.sources().forEach(s -> form.sources.add(SourceForm.of(s)));
        form.withEmptyRows();
        return form;
    }

    /** Offers empty rows again below the sources, up to the most a page may have. */
    void withEmptyRows() {
        int filled = sources.size();
        for (int i = 0; i < EMPTY_SOURCE_ROWS && filled + i < PageRules.MAX_SOURCES; i++) {
            sources.add(new SourceForm());
        }
    }

    /**
     * What the form says, for the page of {@code key} (null for a new one). Keeps exactly the site's
     * languages and known fields in the form, as typed, so every field an error names is there to show again.
     */
    PageContent content(String key) {
        Map<String, PageContent.Texts> byLanguage = new LinkedHashMap<>();
        Map<String, Map<String, String>> kept = new LinkedHashMap<>();
        for (Language language : Language.values()) {
            Map<String, String> given = texts == null ? null : texts.get(language.code());
            Map<String, String> fields = new LinkedHashMap<>();
            TEXT_FIELDS.forEach(f -> fields.put(f, given == null ? null : given.get(f)));
            kept.put(language.code(), fields);
            byLanguage.put(language.code(),
                    new PageContent.Texts(fields.get("slug"), fields.get("title"), fields.get("body")));
        }
        texts = kept;
        // Empty rows are left out of the form too, so row i is the content's source i that an error names.
        List<SourceForm> filled = sources == null ? new ArrayList<>()
                : new ArrayList<>(sources.stream().filter(s -> s != null && !blank(s)).toList());
        sources = filled;
        List<Source> given = filled.stream().map(SourceForm::toSource).toList();
        return new PageContent(key, position(), showContact, byLanguage, given, getImage()).normalised();
    }

    private static boolean blank(SourceForm row) {
        return isBlank(row.getTitle()) && isBlank(row.getLanguage()) && isBlank(row.getPublisher())
                && isBlank(row.getDate()) && isBlank(row.getUrl());
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    /** The place in the navigation: empty for none, a number from 1; anything else is refused by {@link #check}. */
    private Integer position() {
        String typed = navPosition == null ? "" : navPosition.strip();
        return typed.matches("[0-9]{1,4}") ? Integer.valueOf(typed) : null;
    }

    /**
     * Reports every rule the content breaks on its field, and the addresses another page has, in the order of
     * the form; answers the errors to show.
     */
    static BindingResult check(PageForm form, PageContent content, List<Language> slugsTaken,
            Optional<PageRules.Problem> navigationFull, BindingResult errors, boolean complete) {
        String typed = form.navPosition == null ? "" : form.navPosition.strip();
        if (!typed.isEmpty() && form.position() == null) {
            errors.rejectValue("navPosition", "page.error.nav-position", new Object[] {PageRules.MAX_NAV_POSITION}, null);
        }
        PageRules.problems(content).stream()
                .filter(p -> !p.field().equals("key") && (complete || !PageRules.missing(p)))
                .forEach(p -> errors.rejectValue(p.field(), p.code(), p.args(), null));
        navigationFull.ifPresent(p -> errors.rejectValue(p.field(), p.code(), p.args(), null));
        slugsTaken.forEach(language -> errors.rejectValue("texts[" + language.code() + "][slug]",
                "page.error.slug-taken", new Object[] {content.text(language).slug()}, null));
        return FormErrors.inPageOrder(errors, fieldOrder());
    }

    /** What keeps the draft from being published or previewed, on its fields: every check with completeness. */
    static BindingResult publishProblems(PageForm form, String key, PageAddresses addresses) {
        PageContent content = form.content(key);
        BindingResult errors = check(form, content, addresses.slugsTaken(content), addresses.navigationFull(content),
                new BeanPropertyBindingResult(form, "pageForm"), true);
        form.withEmptyRows();
        return errors;
    }

    private static List<String> fieldOrder() {
        List<String> order = new ArrayList<>();
        for (Language language : Language.values()) {
            TEXT_FIELDS.forEach(f -> order.add("texts[" + language.code() + "][" + f + "]"));
        }
        order.add("navPosition");
        order.addAll(ImageAttachment.FIELDS);
        return order;
    }

    public Integer getBaseRevision() {
        return baseRevision;
    }

    public void setBaseRevision(Integer baseRevision) {
        this.baseRevision = baseRevision;
    }

    public String getNavPosition() {
        return navPosition;
    }

    public void setNavPosition(String navPosition) {
        this.navPosition = navPosition;
    }

    public boolean isShowContact() {
        return showContact;
    }

    public void setShowContact(boolean showContact) {
        this.showContact = showContact;
    }

    public Map<String, Map<String, String>> getTexts() {
        return texts;
    }

    public void setTexts(Map<String, Map<String, String>> texts) {
        this.texts = texts;
    }

    public List<SourceForm> getSources() {
        return sources;
    }

    public void setSources(List<SourceForm> sources) {
        this.sources = sources;
    }
}
