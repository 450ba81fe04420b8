package dk.aarhus.sistercities.data;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON Schema of the open data is itself valid draft 2020-12, and the validator that the full-app test
 * relies on does reject documents that break it (so an empty list of errors there means something).
 */
class OpenDataSchemaTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    static List<String> errors(String schema, JsonNode document) {
        Schema compiled = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(schema);
        return compiled.validate(document).stream().map(Error::toString).toList();
    }

    static String schema() throws IOException {
        try (InputStream in = new ClassPathResource("open-data/partnerships.schema.json").getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static ObjectNode valid() {
        return (ObjectNode) JSON.readTree("""
                {"schema": "https://sistercities.example/data/partnerships.schema.json", "version": 1,
                 "generated": "2026-12-02T10:00:00Z",
                 "cities": [{"slug": "bergen", "name": {"da": "Bergen", "en": "Bergen"},
                   "country": {"da": "Norge", "en": "Norway"}, "country_code": "NO",
                   "region": {"da": "Vestland", "en": "Vestland"},
                   "partnership_type": {"code": "nordic-sister-city",
                     "name": {"da": "Nordisk venskabsby", "en": "Nordic sister city"}},
                   "status": "active", "status_since": null, "since_year": 1946, "end_year": null,
                   "coordinates": {"latitude": 60.39, "longitude": 5.32}, "website": "https://www.bergen.kommune.no/",
                   "pages": {"da": "https://sistercities.example/da/venskabsbyer/bergen",
                     "en": "https://sistercities.example/en/cities/bergen"},
                   "source_count": 2, "last_published": "2026-12-01T09:30:00Z"}]}
                """);
    }

    @Test
    void aDocumentOfTheDescribedShapeIsValid() throws IOException {
        assertThat(errors(schema(), valid())).isEmpty();
    }

    @Test
    void documentsThatBreakTheSchemaAreRejected() throws IOException {
        String schema = schema();
        ObjectNode wrongVersion = valid();
        wrongVersion.put("version", 2);
        ObjectNode noSlug = valid();
        ((ObjectNode) noSlug.get("cities").get(0)).remove("slug");
        ObjectNode unknownStatus = valid();
        ((ObjectNode) unknownStatus.get("cities").get(0)).put("status", "friendly");
        ObjectNode editorNote = valid();
        ((ObjectNode) editorNote.get("cities").get(0)).put("editor_note", "for editors only");
        ObjectNode oneLanguage = valid();
        ((ObjectNode) oneLanguage.get("cities").get(0).get("name")).remove("en");
        for (ObjectNode broken : List.of(wrongVersion, noSlug, unknownStatus, editorNote, oneLanguage)) {
            assertThat(errors(schema, broken)).as(broken.toString()).isNotEmpty();
        }
    }
}
