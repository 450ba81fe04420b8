package dk.aarhus.sistercities.admin;

import dk.aarhus.sistercities.city.CityContent;
import dk.aarhus.sistercities.city.Milestone;
import dk.aarhus.sistercities.city.Source;
import dk.aarhus.sistercities.content.Language;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;

/** Compares two states of a city field by field, in the order the form shows them. */
final class ContentDiff {

    /**
     * One field that differs.
     *
     * @param field  message key suffix of the field's label ({@code field.<field>})
     * @param lang   the language of a text field, else null
     * @param result the result's number (from 1) for a result's field, else null
     */
    record Change(String field, String lang, Integer result, String before, String after) {

        /** The field's path in the city form, e.g. {@code texts[da].name} or {@code results[1].texts[en].title}. */
        String path() {
            int dot = field.indexOf('.');
            if (result == null) {
                return lang == null ? field : "texts[" + lang + "]." + field;
            }
            String row = field.substring(0, dot) + "s[" + (result - 1) + "].";
            String name = field.substring(dot + 1);
            return lang == null ? row + name : row + "texts[" + lang + "]." + name;
        }

        /** The same change with its values as the form names them, e.g. a status's label for its code. */
        Change labelled(UnaryOperator<String> label) {
            return new Change(field, lang, result, before == null ? null : label.apply(before),
                    after == null ? null : label.apply(after));
        }

        /** The old value word by word, the words taken out marked. */
        public List<Words.Run> beforeWords() {
            return Words.between(before, after).before();
        }

        /** The new value word by word, the words put in marked. */
        public List<Words.Run> afterWords() {
            return Words.between(before, after).after();
        }
    }

    private record Key(String field, String lang, Integer result) {
    }

    private ContentDiff() {
    }

    /**
     * The changes with coded values shown as the form shows them: {@code labels} maps a field (e.g.
     * {@code status}) to what names its values; other fields stay as they are.
     */
    static List<Change> labelled(List<Change> changes, Map<String, UnaryOperator<String>> labels) {
        return changes.stream().map(c -> labels.containsKey(c.field()) ? c.labelled(labels.get(c.field())) : c).toList();
    }

    static List<Change> between(CityContent before, CityContent after) {
        Map<Key, String> a = flatten(before);
        Map<Key, String> b = flatten(after);
        Set<Key> keys = new LinkedHashSet<>(a.keySet());
        keys.addAll(b.keySet());
        List<Change> changes = new ArrayList<>();
        for (Key key : keys) {
            String was = a.get(key);
            String is = b.get(key);
            if (!Objects.equals(was, is)) {
                changes.add(new Change(key.field(), key.lang(), key.result(), was, is));
            }
        }
        return changes;
    }

    private static Map<Key, String> flatten(CityContent c) {
        Map<Key, String> fields = new LinkedHashMap<>();
        put(fields, "slug", null, null, c.slug());
        put(fields, "countryCode", null, null, c.countryCode());
        put(fields, "type", null, null, c.type());
        put(fields, "status", null, null, c.status());
        put(fields, "statusSince", null, null, c.statusSince());
        put(fields, "statusSources", null, null, SourceNumbers.format(c.statusSources()));
        put(fields, "sinceYear", null, null, c.sinceYear());
        put(fields, "sinceSources", null, null, SourceNumbers.format(c.sinceSources()));
        put(fields, "website", null, null, c.website());
        put(fields, "latitude", null, null, c.latitude());
        put(fields, "longitude", null, null, c.longitude());
        put(fields, "position", null, null, c.position());
        put(fields, "image", null, null, c.image());
        for (Language language : Language.values()) {
            CityContent.Texts t = c.texts().get(language.code());
            String lang = language.code();
            put(fields, "name", lang, null, t == null ? null : t.name());
            put(fields, "country", lang, null, t == null ? null : t.country());
            put(fields, "region", lang, null, t == null ? null : t.region());
            put(fields, "summary", lang, null, t == null ? null : t.summary());
            put(fields, "description", lang, null, t == null ? null : t.description());
            put(fields, "statusReason", lang, null, t == null ? null : t.statusReason());
        }
        for (int i = 0; i < c.results().size(); i++) {
            CityContent.ResultContent r = c.results().get(i);
            put(fields, "result.area", null, i + 1, r.area());
            put(fields, "result.year", null, i + 1, r.year());
            put(fields, "result.endYear", null, i + 1, r.endYear());
            put(fields, "result.sources", null, i + 1, SourceNumbers.format(r.sources()));
            for (Language language : Language.values()) {
                CityContent.ResultTexts t = r.texts().get(language.code());
                put(fields, "result.title", language.code(), i + 1, t == null ? null : t.title());
                put(fields, "result.body", language.code(), i + 1, t == null ? null : t.body());
            }
        }
        for (int i = 0; i < c.milestones().size(); i++) {
            Milestone m = c.milestones().get(i);
            put(fields, "milestone.date", null, i + 1, m.date());
            for (Language language : Language.values()) {
                Milestone.Texts t = m.texts().get(language.code());
                put(fields, "milestone.when", language.code(), i + 1, t == null ? null : t.when());
                put(fields, "milestone.text", language.code(), i + 1, t == null ? null : t.text());
            }
            put(fields, "milestone.sources", null, i + 1, SourceNumbers.format(m.sources()));
        }
        for (int i = 0; i < c.sources().size(); i++) {
            Source source = c.sources().get(i);
            put(fields, "source.title", null, i + 1, source.title());
            put(fields, "source.language", null, i + 1, source.language());
            put(fields, "source.publisher", null, i + 1, source.publisher());
            put(fields, "source.date", null, i + 1, source.date());
            put(fields, "source.url", null, i + 1, source.url());
        }
        put(fields, "editorNote", null, null, c.editorNote());
        return fields;
    }

    /** A value as compared: line breaks saved from a browser before they were stored as {@code \n} are the same. */
    private static void put(Map<Key, String> fields, String field, String lang, Integer result, Object value) {
        fields.put(new Key(field, lang, result), value == null ? null : value.toString().replace("\r\n", "\n"));
    }
}
