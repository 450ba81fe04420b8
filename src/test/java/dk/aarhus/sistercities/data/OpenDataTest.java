package dk.aarhus.sistercities.data;

import static org.assertj.core.api.Assertions.assertThat;

import dk.aarhus.sistercities.admin.CityEditor;
import dk.aarhus.sistercities.city.City;
import dk.aarhus.sistercities.city.CityContent;
import dk.aarhus.sistercities.city.CityHistory;
import dk.aarhus.sistercities.city.CityRepository;
import dk.aarhus.sistercities.content.Language;
import dk.aarhus.sistercities.support.Addresses;
import dk.aarhus.sistercities.support.AlsoOnPostgres;
import dk.aarhus.sistercities.support.CityContentBuilder;
import dk.aarhus.sistercities.support.FullAppTest;
import dk.aarhus.sistercities.support.Http;
import dk.aarhus.sistercities.support.ResetDataBeforeEachTest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MappingIterator;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * The open data over real HTTP: the page in both languages, the CSV read back with a CSV library and compared
 * with every published city, the JSON against its JSON Schema (OpenDataSchemaTest checks the validator),
 * nothing but published content, and the files cached and renewed on publish like the pages.
 */
@FullAppTest
@AlsoOnPostgres
@ResetDataBeforeEachTest
class OpenDataTest {

    private static final String SITE = "https://sistercities.example";

    @LocalServerPort
    int port;

    @Autowired
    CityRepository cities;

    @Autowired
    CityEditor editor;

    @Autowired
    CityHistory history;

    @Autowired
    TransactionTemplate tx;

    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    @Test
    void theDataPageExplainsTheDataInBothLanguagesAndLinksItsFiles() {
        for (String lang : List.of("da", "en")) {
            String path = "/" + lang + "/data";
            HttpResponse<String> response = http.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.headers().allValues("Set-Cookie")).as(path).isEmpty();
            Document page = http.page(path);
            assertThat(page.select("html").attr("lang")).isEqualTo(lang);
            assertThat(page.select("h1")).hasSize(1);
            String other = lang.equals("da") ? "en" : "da";
            assertThat(page.select("link[rel=alternate][hreflang=" + other + "]").attr("href"))
                    .isEqualTo(SITE + "/" + other + "/data");
            assertThat(page.select("nav.language a").attr("href")).isEqualTo("/" + other + "/data");
            assertThat(page.select("main a[href]").eachAttr("href")).contains("/data/partnerships.csv",
                    "/data/partnerships.json", "/data/partnerships.schema.json", Addresses.contact(lang));
            assertThat(page.select("main table code").eachText())
                    .containsExactlyElementsOf(List.of(DataColumn.values()).stream().map(DataColumn::header).toList());
            assertThat(page.select("main script, main img[src^=http]")).isEmpty();
            // No licence is configured in the tests: the page says so rather than naming one.
            assertThat(page.select("main").text()).contains(lang.equals("da") ? "endnu ikke fastlagt en licens"
                    : "not yet decided on a licence");
            assertThat(http.page("/" + lang).select("footer a").eachAttr("href")).contains(path);
        }
        assertThat(http.page("/da/data").select("main").text()).doesNotContain("Download", "What the data");
    }

    @Test
    void theDataPageAndTheOverviewAnnounceTheDataSetInJsonLd() {
        for (String path : List.of("/en/data", "/da/data", "/en", "/da")) {
            JsonNode graph = JsonMapper.builder().build()
                    .readTree(http.page(path).select("script[type=application/ld+json]").html()).get("@graph");
            JsonNode dataset = null;
            for (JsonNode node : graph) {
                if (node.get("@type").asString().equals("Dataset")) {
                    dataset = node;
                }
            }
            assertThat(dataset).as(path).isNotNull();
            assertThat(dataset.get("url").asString()).isEqualTo(SITE + path.substring(0, 3) + "/data");
            assertThat(dataset.get("description").asString().length()).isGreaterThan(50);
            assertThat(dataset.has("license")).as("no licence configured, none claimed").isFalse();
            assertThat(dataset.get("distribution").findValuesAsString("contentUrl"))
                    .containsExactly(SITE + "/data/partnerships.csv", SITE + "/data/partnerships.json");
            assertThat(dataset.get("distribution").findValuesAsString("encodingFormat"))
                    .containsExactly("text/csv", "application/json");
        }
    }

    @Test
    void theCsvParsesWithACsvLibraryAndHoldsEveryPublishedCity() {
        HttpResponse<String> response = http.get("/data/partnerships.csv");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow())
                .startsWith("text/csv").containsIgnoringCase("charset=UTF-8");
        String body = response.body();
        assertThat(body).doesNotStartWith("\uFEFF").endsWith("\r\n");
        assertThat(body.replace("\r\n", "")).doesNotContain("\n");
        assertThat(body).contains(",Nordic sister cities,").doesNotContain("\"https://");
        List<Map<String, String>> rows = parse(body);
        String header = body.substring(0, body.indexOf("\r\n"));
        assertThat(header).isEqualTo(String.join(",", List.of(DataColumn.values()).stream().map(DataColumn::header)
                .toList()));

        List<City> published = tx.execute(s -> {
            List<City> all = cities.findAllPublished();
            all.forEach(c -> c.getSources().size());
            return all;
        });
        assertThat(rows).extracting(r -> r.get("slug")).containsExactlyElementsOf(
                published.stream().map(City::getSlug).toList());
        for (int i = 0; i < published.size(); i++) {
            City city = published.get(i);
            Map<String, String> row = rows.get(i);
            String slug = city.getSlug();
            assertThat(row.get("name_da")).as(slug).isEqualTo(city.text(Language.DA).name());
            assertThat(row.get("name_en")).as(slug).isEqualTo(city.text(Language.EN).name());
            assertThat(row.get("country_en")).as(slug).isEqualTo(city.text(Language.EN).country());
            assertThat(row.get("country_code")).as(slug).isEqualTo(city.getCountryCode());
            assertThat(row.get("type_code")).as(slug).isEqualTo(city.getType().getCode());
            assertThat(row.get("status")).as(slug).isEqualTo(city.getStatus().name().toLowerCase());
            assertThat(row.get("since_year")).as(slug).isEqualTo(city.getSinceYear() == null ? ""
                    : city.getSinceYear().toString());
            assertThat(row.get("website")).as(slug).isEqualTo(city.getWebsite() == null ? "" : city.getWebsite());
            if (city.getLatitude() != null) {
                assertThat(Double.parseDouble(row.get("latitude"))).as(slug).isEqualTo(city.getLatitude());
                assertThat(Double.parseDouble(row.get("longitude"))).as(slug).isEqualTo(city.getLongitude());
            }
            assertThat(row.get("page_da")).isEqualTo(SITE + Addresses.city("da", slug));
            assertThat(row.get("page_en")).isEqualTo(SITE + Addresses.city("en", slug));
            assertThat(Integer.parseInt(row.get("source_count"))).as(slug).isEqualTo(city.getSources().size());
            assertThat(row.get("last_published")).as(slug).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
        }
        Map<String, String> stPetersburg = rows.stream().filter(r -> r.get("slug").equals("st-petersburg"))
                .findFirst().orElseThrow();
        assertThat(stPetersburg.get("status")).isEqualTo("ended");
        assertThat(stPetersburg.get("end_year")).isEqualTo("2022");
    }

    @Test
    void draftsAndEditorNotesNeverReachTheFilesAndAPublishRenewsThem() {
        HttpResponse<String> csvBefore = http.get("/data/partnerships.csv");
        String etag = csvBefore.headers().firstValue("ETag").orElseThrow();
        assertThat(csvBefore.headers().firstValue("Last-Modified")).isPresent();
        assertThat(http.get("/data/partnerships.csv", "If-None-Match", etag).statusCode()).isEqualTo(304);
        String jsonEtag = http.get("/data/partnerships.json").headers().firstValue("ETag").orElseThrow();
        assertThat(http.get("/data/partnerships.json", "If-None-Match", jsonEtag).statusCode()).isEqualTo(304);

        City bergen = cities.findBySlug("bergen").orElseThrow();
        CityContent draft = tx.execute(s -> history.draft(bergen));
        CityContent changed = CityContentBuilder.from(draft).text("en", "name", "Bergen-in-draft, \"quoted\"")
                .set("editorNote", "Note-for-editors-only").build();
        int saved = editor.save(bergen.getId(), bergen.getDraftRevision(), changed, "anna");
        for (String file : List.of("/data/partnerships.csv", "/data/partnerships.json")) {
            assertThat(http.get(file).body()).as(file).doesNotContain("Bergen-in-draft", "Note-for-editors-only");
        }
        assertThat(http.get("/data/partnerships.csv", "If-None-Match", etag).statusCode()).isEqualTo(304);

        editor.publish(bergen.getId(), saved, "anna");
        HttpResponse<String> csvAfter = http.get("/data/partnerships.csv", "If-None-Match", etag);
        assertThat(csvAfter.statusCode()).isEqualTo(200);
        assertThat(csvAfter.body()).contains("Bergen-in-draft").doesNotContain("Note-for-editors-only");
        assertThat(csvAfter.headers().firstValue("ETag").orElseThrow()).isNotEqualTo(etag);
        HttpResponse<String> jsonAfter = http.get("/data/partnerships.json", "If-None-Match", jsonEtag);
        assertThat(jsonAfter.statusCode()).isEqualTo(200);
        assertThat(jsonAfter.body()).contains("Bergen-in-draft").doesNotContain("Note-for-editors-only");
        // A comma and quotes in a published name come back whole through a CSV parser.
        List<Map<String, String>> rows = parse(csvAfter.body());
        assertThat(rows).hasSize(parse(csvBefore.body()).size());
        assertThat(rows).filteredOn(r -> r.get("slug").equals("bergen")).singleElement()
                .extracting(r -> r.get("name_en")).isEqualTo("Bergen-in-draft, \"quoted\"");
    }

    @Test
    void theJsonValidatesAgainstItsPublishedSchema() {
        HttpResponse<String> response = http.get("/data/partnerships.json");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        HttpResponse<String> schema = http.get("/data/partnerships.schema.json");
        assertThat(schema.statusCode()).isEqualTo(200);
        assertThat(schema.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/schema+json");
        assertThat(schema.headers().firstValue("ETag")).isPresent();

        JsonNode document = JsonMapper.builder().build().readTree(response.body());
        assertThat(OpenDataSchemaTest.errors(schema.body(), document)).isEmpty();
        assertThat(document.get("schema").asString()).isEqualTo(SITE + "/data/partnerships.schema.json");
        assertThat(document.get("version").asInt()).isEqualTo(1);
        List<String> slugs = tx.execute(s -> cities.findAllPublished().stream().map(City::getSlug).toList());
        assertThat(document.get("cities").findValuesAsString("slug")).containsExactlyElementsOf(slugs);
        JsonNode bergen = document.get("cities").get(slugs.indexOf("bergen"));
        assertThat(bergen.get("name").get("da").asString()).isEqualTo("Bergen");
        assertThat(bergen.get("pages").get("en").asString()).isEqualTo(SITE + "/en/cities/bergen");
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).contains("*");

        // Every object's keys in one order, whatever the JVM (Map.of's order is not): the same bytes and ETag
        // on every instance.
        java.util.regex.Matcher coordinates = java.util.regex.Pattern
                .compile("\"coordinates\"\\s*:\\s*\\{\\s*\"(\\w+)\"\\s*:[^,]*,\\s*\"(\\w+)\"").matcher(response.body());
        List<String> orders = new java.util.ArrayList<>();
        while (coordinates.find()) {
            orders.add(coordinates.group(1) + "," + coordinates.group(2));
        }
        assertThat(orders).as("cities with coordinates").isNotEmpty().containsOnly("latitude,longitude");
    }

    static List<Map<String, String>> parse(String csv) {
        CsvMapper mapper = CsvMapper.builder().build();
        try (MappingIterator<Map<String, String>> rows = mapper.readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(csv)) {
            return rows.readAll();
        }
    }
}
