package dk.aarhus.sistercities.data;

import dk.aarhus.sistercities.cache.ContentGeneration;
import dk.aarhus.sistercities.city.CityDataset;
import dk.aarhus.sistercities.city.CityStatus;
import dk.aarhus.sistercities.city.PublishedCity;
import dk.aarhus.sistercities.content.Language;
import dk.aarhus.sistercities.content.PublicPaths;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;
import tools.jackson.dataformat.csv.CsvWriteFeature;

/**
 * The published partnerships as files: CSV (RFC 4180, UTF-8, a header row, one row per city with its names
 * in both languages) and a versioned JSON document that its JSON Schema describes. Both are made from the
 * published content only, the same rows the pages show; drafts and editors' notes never reach them.
 */
@Service
public class OpenData {

    /** Goes up when a field is removed or changes its meaning; fields may be added within a version. */
    static final int VERSION = 1;

    private final CityDataset dataset;
    private final PublicPaths paths;
    private final ContentGeneration generation;
    private final JsonMapper json;
    /** Quotes a field only where RFC 4180 requires it (a comma, a quote, a line break), not by Jackson's guess. */
    private final CsvMapper csv = CsvMapper.builder().enable(CsvWriteFeature.STRICT_CHECK_FOR_QUOTING).build();
    private final CsvSchema csvSchema;

    OpenData(CityDataset dataset, PublicPaths paths, ContentGeneration generation, JsonMapper json) {
        this.dataset = dataset;
        this.paths = paths;
        this.generation = generation;
        this.json = json;
        CsvSchema.Builder schema = CsvSchema.builder();
        for (DataColumn column : DataColumn.values()) {
            schema.addColumn(column.header());
        }
        // RFC 4180: CRLF after every record, the header too; a field is quoted only where it has to be.
        this.csvSchema = schema.build().withHeader().withLineSeparator("\r\n");
    }

    public String csv() {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (PublishedCity city : dataset.published()) {
            Map<String, Object> row = new LinkedHashMap<>();
            for (DataColumn column : DataColumn.values()) {
                row.put(column.header(), column.value(city, paths));
            }
            rows.add(row);
        }
        return csv.writer(csvSchema).writeValueAsString(rows);
    }

    public String json() {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("schema", paths.absolute(PublicPaths.DATA_SCHEMA));
        document.put("version", VERSION);
        document.put("generated", instant(lastChange()));
        document.put("cities", dataset.published().stream().map(this::json).toList());
        return json.writerWithDefaultPrettyPrinter().writeValueAsString(document) + "\n";
    }

    /** When the published content last changed: the files' date, and the data set's in its description. */
    public Instant lastChange() {
        Instant changed = generation.changedAt();
        return changed == null ? Instant.EPOCH : changed;
    }

    private Map<String, Object> json(PublishedCity city) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("slug", city.slug());
        out.put("name", byLanguage(language -> city.texts(language).name()));
        out.put("country", byLanguage(language -> city.texts(language).country()));
        out.put("country_code", city.countryCode());
        out.put("region", city.texts(Language.DA).region() == null && city.texts(Language.EN).region() == null
                ? null : byLanguage(language -> city.texts(language).region()));
        Map<String, Object> type = new LinkedHashMap<>();
        type.put("code", city.typeCode());
        type.put("name", byLanguage(city::typeName));
        out.put("partnership_type", type);
        out.put("status", status(city.status()));
        out.put("status_since", city.statusSince());
        out.put("since_year", city.sinceYear());
        out.put("end_year", city.endYear());
        out.put("coordinates", city.latitude() == null || city.longitude() == null ? null
                : coordinates(city.latitude(), city.longitude()));
        out.put("website", city.website());
        out.put("pages", byLanguage(language -> paths.absolute(paths.city(language, city.slug()))));
        out.put("source_count", city.sourceCount());
        out.put("last_published", instant(city.publishedAt()));
        return out;
    }

    /** In one order on every instance: Map.of's order changes from JVM to JVM, and the bytes and ETag with it. */
    private static Map<String, Object> coordinates(Object latitude, Object longitude) {
        Map<String, Object> coordinates = new LinkedHashMap<>();
        coordinates.put("latitude", latitude);
        coordinates.put("longitude", longitude);
        return coordinates;
    }

    private static Map<String, String> byLanguage(java.util.function.Function<Language, String> text) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (Language language : Language.values()) {
            texts.put(language.code(), text.apply(language));
        }
        return texts;
    }

    /** A status as the files write it: {@code active}, {@code limited}, {@code paused}, {@code ended}. */
    static String status(CityStatus status) {
        return status.name().toLowerCase(Locale.ROOT);
    }

    /** A time as the files write it: ISO 8601 in UTC, to the second. */
    static String instant(Instant at) {
        return at == null ? null : DateTimeFormatter.ISO_INSTANT.format(at.truncatedTo(ChronoUnit.SECONDS));
    }
}
