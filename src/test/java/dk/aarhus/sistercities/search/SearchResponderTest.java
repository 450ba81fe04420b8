package dk.aarhus.sistercities.search;

import static org.assertj.core.api.Assertions.assertThat;

import dk.aarhus.sistercities.admin.CityEditor;
import dk.aarhus.sistercities.cache.ContentGeneration;
import dk.aarhus.sistercities.city.City;
import dk.aarhus.sistercities.city.CityContent;
import dk.aarhus.sistercities.city.CityHistory;
import dk.aarhus.sistercities.city.CityRepository;
import dk.aarhus.sistercities.content.Language;
import dk.aarhus.sistercities.support.CityContentBuilder;
import dk.aarhus.sistercities.support.FullAppTest;
import dk.aarhus.sistercities.support.Http;
import dk.aarhus.sistercities.support.TestClock;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A search answered from the page shell (SearchResponder) is byte for byte the page the template renders for it, with
 * the same headers, and never older than the last publish.
 */
@FullAppTest
class SearchResponderTest {

    /** What the page cache adds to the answers it keeps, and what every answer has of its own. */
    static final Set<String> PAGE_CACHE_HEADERS =
            Set.of("etag", "last-modified", "cache-control", "vary", "date", "content-length", "transfer-encoding");

    @LocalServerPort
    int port;

    @Autowired
    FilterRegistrationBean<SearchResponder> responder;

    @Autowired
    ContentGeneration generation;

    @Autowired
    CityEditor editor;

    @Autowired
    CityRepository cities;

    @Autowired
    CityHistory history;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    TestClock clock;

    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    /**
     * The same search with one more parameter is not the responder's (it takes {@code q} alone): the template renders
     * it through Security and MVC, and the two pages differ only in that parameter, in the links to the other language.
     */
    @ParameterizedTest(name = "/{0}?q={1}")
    @CsvSource(delimiter = '|', value = {
        "en/search|bergen", "da/soeg|bergen", "en/search|sankt pet", "da/soeg|Göteborg", "en/search|aarhus",
        "en/search|nordic", "da/soeg|samarbejde", "en/search|bergen zzqqxx", "en/search|<b>\"'&amp;</b>",
        "da/soeg|Gotebrg", "en/search|harbim",
        "da/soeg|ÆØÅ æøå 🙂", "en/search|a very long query that goes on and on well beyond one hundred characters so that"
            + " the page says it was cut short bergen"})
    void aSearchFromTheShellIsThePageTheTemplateRenders(String path, String query) {
        String q = URLEncoder.encode(query, StandardCharsets.UTF_8);
        HttpResponse<String> shell = http.get("/" + path + "?q=" + q);
        HttpResponse<String> rendered = http.get("/" + path + "?q=" + q + "&x=1");
        assertThat(shell.statusCode()).isEqualTo(200);
        assertThat(rendered.statusCode()).isEqualTo(200);
        assertThat(shell.body()).isEqualTo(rendered.body().replace("&amp;x=1", ""));
        assertThat(headers(shell)).isEqualTo(headers(rendered));

        Language language = path.startsWith("da") ? Language.DA : Language.EN;
        SearchShell kept = responder.getFilter().shell(language);
        assertThat(kept).as("answered from a shell").isNotNull();
        assertThat(kept.generation()).isEqualTo(generation.current());
        assertThat(kept.holes()).containsOnlyOnce(SearchShell.Hole.OUTCOME)
                .filteredOn(SearchShell.Hole.QUERY_STRING::equals).hasSize(2);
        assertThat(kept.holes()).filteredOn(SearchShell.Hole.TEXT::equals).hasSizeGreaterThanOrEqualTo(3);
    }

    /** The shell holds the layout (the footer's last update) and the results come from the documents: both move on. */
    @Test
    void aPublishMakesTheVeryNextSearchFreshInItsResultsAndItsLayout() {
        String before = http.get("/en/search?q=bergen").body();
        String footerDate = Jsoup.parse(before).select("footer time").attr("datetime");
        assertThat(http.get("/en/search?q=Brinywavelet").body()).contains("No results");

        clock.advance(Duration.ofDays(3));
        City gothenburg = cities.findBySlug("gothenburg").orElseThrow();
        CityContent draft = tx.execute(s -> history.draft(gothenburg));
        int saved = editor.save(gothenburg.getId(), gothenburg.getDraftRevision(),
                CityContentBuilder.from(draft).summary("en", "Brinywavelet summary").build(), "anna");
        editor.publish(gothenburg.getId(), saved, "anna");

        var after = Jsoup.parse(http.get("/en/search?q=brinywavelet+gothenburg").body());
        assertThat(after.select("a[href=/en/cities/gothenburg]")).isNotEmpty();
        assertThat(after.select("footer time").attr("datetime")).isNotEqualTo(footerDate);
        assertThat(responder.getFilter().shell(Language.EN).generation()).isEqualTo(generation.current());
    }

    private static Map<String, String> headers(HttpResponse<String> response) {
        Map<String, String> headers = new TreeMap<>();
        response.headers().map().forEach((name, values) -> {
            if (!PAGE_CACHE_HEADERS.contains(name.toLowerCase())) {
                headers.put(name.toLowerCase(), String.join(", ", values));
            }
        });
        return headers;
    }
}
