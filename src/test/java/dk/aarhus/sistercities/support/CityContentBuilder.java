package dk.aarhus.sistercities.support;

import dk.aarhus.sistercities.city.CityContent;
import dk.aarhus.sistercities.city.CityStatus;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@link CityContent} for a test: a copy of an existing one ({@link #from}) or a new city
 * ({@link #newCity}) with only what the test is about changed, instead of spelling out every argument of
 * the record's constructor. The record's components are read and set by name, so a component added
 * to {@code CityContent} (or to its {@code Texts}) later is carried over by {@link #from} without
 * touching the tests; a new city gets null, 0 or false for it.
 */
public final class CityContentBuilder {

    private final Map<String, Object> values;

    private CityContentBuilder(Map<String, Object> values) {
        this.values = values;
    }

    /** Everything as it is in {@code content}. */
    public static CityContentBuilder from(CityContent content) {
        return new CityContentBuilder(components(content));
    }

    /**
     * A new, unpublished city with no texts, results, sources, website or position on the map: set what
     * the test needs.
     */
    public static CityContentBuilder newCity(String slug, String countryCode, String type, CityStatus status) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (RecordComponent component : CityContent.class.getRecordComponents()) {
            values.put(component.getName(), defaultValue(component.getType()));
        }
        values.put("slug", slug);
        values.put("countryCode", countryCode);
        values.put("type", type);
        values.put("status", status);
        return new CityContentBuilder(values);
    }

    public CityContentBuilder slug(String slug) {
        return set("slug", slug);
    }

    public CityContentBuilder countryCode(String countryCode) {
        return set("countryCode", countryCode);
    }

    public CityContentBuilder position(int position) {
        return set("position", position);
    }

    public CityContentBuilder published(boolean published) {
        return set("published", published);
    }

    public CityContentBuilder location(double latitude, double longitude) {
        set("latitude", latitude);
        return set("longitude", longitude);
    }

    public CityContentBuilder texts(Map<String, CityContent.Texts> texts) {
        return set("texts", texts);
    }

    public CityContentBuilder results(List<CityContent.ResultContent> results) {
        return set("results", results);
    }

    /** The summary in one language, the other texts of that language as they are. */
    public CityContentBuilder summary(String lang, String summary) {
        return text(lang, "summary", summary);
    }

    /** One text of one language ({@code name}, {@code summary}, …), the others as they are. */
    public CityContentBuilder text(String lang, String field, String value) {
        @SuppressWarnings("unchecked")
        Map<String, CityContent.Texts> texts = new HashMap<>((Map<String, CityContent.Texts>) values.get("texts"));
        CityContent.Texts current = texts.get(lang);
        if (current == null) {
            throw new IllegalArgumentException("no texts in '" + lang + "' to change; set them with texts(…)");
        }
        Map<String, Object> components = components(current);
        if (!components.containsKey(field)) {
            throw new IllegalArgumentException("CityContent.Texts has no '" + field + "': " + components.keySet());
        }
        components.put(field, value);
        texts.put(lang, construct(CityContent.Texts.class, components));
        return set("texts", texts);
    }

    /** Any component by its name, for one without a method of its own. */
    public CityContentBuilder set(String component, Object value) {
        if (!values.containsKey(component)) {
            throw new IllegalArgumentException("CityContent has no '" + component + "': " + values.keySet());
        }
        values.put(component, value);
        return this;
    }

    public CityContent build() {
        return construct(CityContent.class, values);
    }

    private static Map<String, Object> components(Record record) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            try {
                values.put(component.getName(), component.getAccessor().invoke(record));
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("Cannot read " + component, e);
            }
        }
        return values;
    }

    private static <R extends Record> R construct(Class<R> type, Map<String, Object> values) {
        RecordComponent[] components = type.getRecordComponents();
        Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
        Object[] arguments = Arrays.stream(components).map(c -> values.get(c.getName())).toArray();
        try {
            Constructor<R> canonical = type.getDeclaredConstructor(types);
            return canonical.newInstance(arguments);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot construct " + type.getSimpleName() + " from " + values, e);
        }
    }

    private static Object defaultValue(Class<?> type) {
        if (type == boolean.class) {
            return false;
        }
        if (type == int.class) {
            return 0;
        }
        if (type == long.class) {
            return 0L;
        }
        if (type == double.class) {
            return 0.0;
        }
        return null;
    }
}
