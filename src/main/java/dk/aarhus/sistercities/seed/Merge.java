package dk.aarhus.sistercities.seed;

import dk.aarhus.sistercities.city.CityContent;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Objects;

/** A three-way merge of a city's content, field by field (each of {@link CityContent}'s components). */
final class Merge {

    private Merge() {
    }

    /**
     * Each field the editor left as it was in {@code base} takes its value from {@code theirs}; each
     * field the editor changed keeps {@code mine}.
     */
    static CityContent threeWay(CityContent base, CityContent mine, CityContent theirs) {
        RecordComponent[] components = CityContent.class.getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            Object baseValue = value(components[i], base);
            Object mineValue = value(components[i], mine);
            values[i] = Objects.equals(baseValue, mineValue) ? value(components[i], theirs) : mineValue;
            types[i] = components[i].getType();
        }
        try {
            return CityContent.class.getDeclaredConstructor(types).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("CityContent cannot be built from its own components", e);
        }
    }

    private static Object value(RecordComponent component, CityContent content) {
        try {
            return component.getAccessor().invoke(content);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("CityContent." + component.getName() + " cannot be read", e);
        }
    }
}
