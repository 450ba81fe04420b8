package dk.aarhus.sistercities.data;

import dk.aarhus.sistercities.city.StructuredData;
import dk.aarhus.sistercities.content.Language;
import dk.aarhus.sistercities.content.PublicPaths;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The open data page in each language and the files it offers. The files are the same in both languages
 * (each holds both), so they live outside the language tree; the page cache keeps them like the pages.
 */
@Controller
class OpenDataController {

    static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8;header=present");
    static final MediaType SCHEMA = MediaType.parseMediaType("application/schema+json");
    /** Anyone's web page may read open data; nothing here carries credentials. */
    private static final String ANY_ORIGIN = "*";

    private final OpenData data;
    private final DatasetDescription description;
    private final StructuredData structuredData;
    private final OpenDataProperties properties;
    private final byte[] schema;

    OpenDataController(OpenData data, DatasetDescription description, StructuredData structuredData,
            OpenDataProperties properties) throws IOException {
        this.data = data;
        this.description = description;
        this.structuredData = structuredData;
        this.properties = properties;
        try (InputStream in = new ClassPathResource("open-data/partnerships.schema.json").getInputStream()) {
            this.schema = in.readAllBytes();
        }
    }

    @GetMapping({PublicPaths.DATA_DA, PublicPaths.DATA_EN})
    String page(@PathVariable("lang") Language language, Model model) {
        model.addAttribute("columns", List.of(DataColumn.values()));
        model.addAttribute("license", properties);
        model.addAttribute("jsonLd", structuredData.about(language, description.dataset(language)));
        return "data/data";
    }

    @GetMapping(PublicPaths.DATA_CSV)
    ResponseEntity<byte[]> csv() {
        return file(CSV, data.csv().getBytes(StandardCharsets.UTF_8));
    }

    @GetMapping(PublicPaths.DATA_JSON)
    ResponseEntity<byte[]> json() {
        return file(MediaType.APPLICATION_JSON, data.json().getBytes(StandardCharsets.UTF_8));
    }

    @GetMapping(PublicPaths.DATA_SCHEMA)
    ResponseEntity<byte[]> schema() {
        return file(SCHEMA, schema);
    }

    private static ResponseEntity<byte[]> file(MediaType type, byte[] body) {
        return ResponseEntity.ok().contentType(type).header("Access-Control-Allow-Origin", ANY_ORIGIN).body(body);
    }
}
