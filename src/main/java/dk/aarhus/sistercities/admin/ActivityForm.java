package dk.aarhus.sistercities.admin;

import dk.aarhus.sistercities.activity.ActivityContent;
import dk.aarhus.sistercities.activity.ActivityEditor;
import dk.aarhus.sistercities.activity.ActivityRules;
import dk.aarhus.sistercities.content.Language;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.validation.Errors;

/**
 * The form for an activity: the words of each language (title, place, text) as {@code texts[da][title]},
 * the dates, link and cities (check boxes) that are the same in both, and the sources as rows, always one
 * empty row more (up to the limit) so that a source can be added without JavaScript; an empty row is no
 * source. Bound as typed, checked by {@link ActivityRules}, so the editor sees again exactly what was typed.
 */
public class ActivityForm extends FormWithImage {

    static final List<String> TEXT_FIELDS = List.of("title", "place", "body");

    private Integer baseRevision;
    private String starts;
    private String ends;
    private String link;
    private List<String> cities = new ArrayList<>();
    private List<SourceForm> sources = new ArrayList<>();
    private Map<String, Map<String, String>> texts = new LinkedHashMap<>();

    static ActivityForm of(ActivityEditor.Draft draft) {
        ActivityForm form = new ActivityForm();
        form.baseRevision = draft.revision();
        ActivityContent content = draft.content();
        form.starts = content.starts();
        form.ends = content.ends();
        form.link = content.link();
        form.cities = new ArrayList<>(content.cities());
        form.setImage(content.image());
        for (ActivityContent.Source s : content.sources()) {
            SourceForm row = new SourceForm();
            row.setTitle(s.title());
            row.setLanguage(s.language());
            row.setPublisher(s.publisher());
            row.setDate(s.date());
            row.setUrl(s.url());
            form.sources.add(row);
        }
        for (Language language : Language.values()) {
            ActivityContent.Texts text = content.text(language);
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("title", text.title());
            fields.put("place", text.place());
            fields.put("body", text.body());
            form.texts.put(language.code(), fields);
        }
        return form.withEmptyRow();
    }

    /** A new activity: no dates, no cities, no sources yet. */
    static ActivityForm empty() {
        return of(new ActivityEditor.Draft(new ActivityContent(null, null, null, null, List.of(), List.of(), Map.of()), 0));
    }

    /**
     * What the form says, under the given key. Keeps exactly the site's languages, the known fields and at
     * most {@link ActivityRules#MAX_SOURCES} source rows in the form, as typed, so every field an error
     * names is there to show again.
     */
    ActivityContent content(String key) {
        Map<String, ActivityContent.Texts> byLanguage = new LinkedHashMap<>();
        Map<String, Map<String, String>> kept = new LinkedHashMap<>();
        for (Language language : Language.values()) {
            Map<String, String> given = texts == null ? null : texts.get(language.code());
            Map<String, String> fields = new LinkedHashMap<>();
            TEXT_FIELDS.forEach(f -> fields.put(f, given == null ? null : given.get(f)));
            kept.put(language.code(), fields);
            byLanguage.put(language.code(),
                    new ActivityContent.Texts(fields.get("title"), fields.get("place"), fields.get("body")));
        }
        texts = kept;
        cities = cities == null ? new ArrayList<>() : new ArrayList<>(cities);
        // The rows as typed, less the empty ones (as the content leaves them out), so a problem's row number
        // is the row the editor sees, with what was typed in it.
        List<SourceForm> rows = new ArrayList<>();
        for (SourceForm row : sources == null ? List.<SourceForm>of() : sources) {
            if (row != null && !blank(row) && rows.size() < ActivityRules.MAX_SOURCES) {
                rows.add(row);
            }
        }
        List<ActivityContent.Source> cited = rows.stream().map(r -> new ActivityContent.Source(r.getTitle(),
                r.getLanguage(), r.getPublisher(), r.getDate(), r.getUrl())).toList();
        ActivityContent content = new ActivityContent(key, starts, ends, link, cities, cited, byLanguage, getImage())
                .normalised();
        sources = rows;
        if (sources.isEmpty()) {
            sources.add(new SourceForm());
        }
        return content;
    }

    private static boolean blank(SourceForm row) {
        return java.util.stream.Stream.of(row.getTitle(), row.getLanguage(), row.getPublisher(), row.getDate(),
                row.getUrl()).allMatch(v -> v == null || v.isBlank());
    }

    /**
     * Reports every rule the content breaks on its field, in the order of the form; a draft ({@code complete}
     * false) may leave fields empty.
     */
    void check(ActivityContent content, Set<String> knownCities, Errors errors, boolean complete) {
        ActivityRules.problems(content, knownCities).stream()
                .filter(p -> !p.field().equals("key") && (complete || !ActivityRules.missing(p)))
                .forEach(p -> errors.rejectValue(p.field(), p.code(), p.args(), null));
    }

    /** One empty source row at the end, up to the limit, for the next source. */
    ActivityForm withEmptyRow() {
        boolean lastEmpty = !sources.isEmpty() && blank(sources.get(sources.size() - 1));
        if (!lastEmpty && sources.size() < ActivityRules.MAX_SOURCES) {
            sources.add(new SourceForm());
        }
        return this;
    }

    public Integer getBaseRevision() {
        return baseRevision;
    }

    public void setBaseRevision(Integer baseRevision) {
        this.baseRevision = baseRevision;
    }

    public String getStarts() {
        return starts;
    }

    public void setStarts(String starts) {
        this.starts = starts;
    }

    public String getEnds() {
        return ends;
    }

    public void setEnds(String ends) {
        this.ends = ends;
    }

    public String getLink() {
        return link;
    }

    public void setLink(String link) {
        this.link = link;
    }

    public List<String> getCities() {
        return cities;
    }

    public void setCities(List<String> cities) {
        this.cities = cities;
    }

    public List<SourceForm> getSources() {
        return sources;
    }

    public void setSources(List<SourceForm> sources) {
        this.sources = sources;
    }

    public Map<String, Map<String, String>> getTexts() {
        return texts;
    }

    public void setTexts(Map<String, Map<String, String>> texts) {
        this.texts = texts;
    }
}
