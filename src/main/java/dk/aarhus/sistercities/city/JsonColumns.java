package dk.aarhus.sistercities.city;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Small lists that belong to one city or result and are always read with it (sources, milestones,
 * source numbers), kept as JSON in a column of the owning row: no extra query per city.
 */
final class JsonColumns {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private JsonColumns() {
    }

    private abstract static class ListColumn<T> implements AttributeConverter<List<T>, String> {

        private final TypeReference<List<T>> type;

        ListColumn(TypeReference<List<T>> type) {
            this.type = type;
        }

        @Override
        public String convertToDatabaseColumn(List<T> list) {
            return list == null || list.isEmpty() ? null : JSON.writeValueAsString(list);
        }

        @Override
        public List<T> convertToEntityAttribute(String column) {
            return column == null || column.isBlank() ? new ArrayList<>()
                    : new ArrayList<>(JSON.readValue(column, type));
        }
    }

    @Converter
    static class Numbers extends ListColumn<Integer> {
        Numbers() {
            super(new TypeReference<>() { });
        }
    }

    @Converter
    static class Sources extends ListColumn<Source> {
        Sources() {
            super(new TypeReference<>() { });
        }
    }

    @Converter
    static class Milestones extends ListColumn<Milestone> {
        Milestones() {
            super(new TypeReference<>() { });
        }
    }
}
