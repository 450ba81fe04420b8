package dk.aarhus.sistercities.cache;

import static org.assertj.core.api.Assertions.assertThat;

import dk.aarhus.sistercities.admin.CityEditor;
import dk.aarhus.sistercities.city.City;
import dk.aarhus.sistercities.city.CityContent;
import dk.aarhus.sistercities.city.CityHistory;
import dk.aarhus.sistercities.city.CityRepository;
import dk.aarhus.sistercities.support.AlsoOnPostgres;
import dk.aarhus.sistercities.support.CityContentBuilder;
import dk.aarhus.sistercities.support.FullAppTest;
import dk.aarhus.sistercities.support.Http;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

/** Cached public pages: ETag and 304, gzip, cache headers, and never stale after a publish. */
@FullAppTest
@AlsoOnPostgres
class PageCacheTest {

    @LocalServerPort
    int port;

    @Autowired
    CityEditor editor;

    @Autowired
    CityRepository cities;

    @Autowired
    CityHistory history;

    @Autowired
    TransactionTemplate tx;

    private final HttpClient client = HttpClient.newHttpClient();

    private HttpResponse<byte[]> get(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void aPageThatHasNotChangedIsAnsweredWith304() throws Exception {
        HttpResponse<byte[]> first = get("/en/cities/bergen");
        HttpResponse<byte[]> second = get("/en/cities/bergen");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(second.headers().firstValue("ETag")).contains(etag);
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(first.headers().firstValue("Cache-Control")).contains("no-cache");
        // RFC 9110's IMF-fixdate: two-digit day, GMT.
        assertThat(first.headers().firstValue("Last-Modified").orElseThrow())
                .matches("[A-Z][a-z]{2}, \\d{2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2}:\\d{2} GMT");
        assertThat(first.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(second.headers().firstValue("X-Content-Type-Options")).contains("nosniff");

        HttpResponse<byte[]> revalidated = get("/en/cities/bergen", "If-None-Match", etag);
        assertThat(revalidated.statusCode()).isEqualTo(304);
        assertThat(revalidated.body()).isEmpty();
        HttpResponse<byte[]> byDate = get("/en/cities/bergen", "If-Modified-Since",
                first.headers().firstValue("Last-Modified").orElseThrow());
        assertThat(byDate.statusCode()).isEqualTo(304);
    }

    @Test
    void pagesAreGzippedForClientsThatAcceptIt() throws Exception {
        HttpResponse<byte[]> plain = get("/da");
        HttpResponse<byte[]> gzipped = get("/da", "Accept-Encoding", "gzip");
        assertThat(gzipped.headers().firstValue("Content-Encoding")).contains("gzip");
        assertThat(gzipped.headers().firstValue("Vary").orElse("")).contains("Accept-Encoding");
        byte[] unzipped = new GZIPInputStream(new ByteArrayInputStream(gzipped.body())).readAllBytes();
        assertThat(unzipped).isEqualTo(plain.body());
        assertThat(gzipped.body().length).isLessThan(plain.body().length / 2);
    }

    @Test
    void aPublishIsVisibleOnTheVeryNextRequest() throws Exception {
        String before = new String(get("/en/cities/gothenburg").body(), StandardCharsets.UTF_8);
        String etag = get("/en/cities/gothenburg").headers().firstValue("ETag").orElseThrow();
        City gothenburg = cities.findBySlug("gothenburg").orElseThrow();
        CityContent draft = tx.execute(s -> history.draft(gothenburg));
        CityContent changed = CityContentBuilder.from(draft).summary("en", "Freshly published summary").build();

        int saved = editor.save(gothenburg.getId(), gothenburg.getDraftRevision(), changed, "anna");
        assertThat(new String(get("/en/cities/gothenburg").body(), StandardCharsets.UTF_8)).isEqualTo(before);
        editor.publish(gothenburg.getId(), saved, "anna");

        HttpResponse<byte[]> after = get("/en/cities/gothenburg", "If-None-Match", etag);
        assertThat(after.statusCode()).isEqualTo(200);
        assertThat(new String(after.body(), StandardCharsets.UTF_8)).contains("Freshly published summary");
        assertThat(new String(get("/en/cities/bergen").body(), StandardCharsets.UTF_8))
                .contains("Freshly published summary");
    }

    @Test
    void ourAssetsHaveContentHashedNamesAndAreCachedForAYear() throws Exception {
        var page = Jsoup.parse(new String(get("/en").body(), StandardCharsets.UTF_8));
        String css = page.select("link[rel=stylesheet]").attr("href");
        String flag = page.select("img.flag").attr("src");
        assertThat(css).matches("/css/site-[0-9a-f]{32}\\.css");
        for (String asset : new String[] {css, flag, page.select("link[rel=icon]").attr("href")}) {
            HttpResponse<byte[]> response = get(asset);
            assertThat(response.statusCode()).as(asset).isEqualTo(200);
            assertThat(response.headers().firstValue("Cache-Control").orElse("")).as(asset)
                    .contains("max-age=31536000", "public", "immutable");
        }
        assertThat(get(css, "Accept-Encoding", "gzip").headers().firstValue("Content-Encoding")).contains("gzip");
    }

    @Test
    void adminPagesAreNeverServedFromTheCache() throws Exception {
        assertThat(get("/admin").headers().firstValue("Cache-Control").orElse("")).contains("no-store");
    }

    /** A search is kept (per exact query) like a page, and like a page it is never older than the last publish. */
    @Test
    void aSearchIsKeptUntilAPublishAndTheVeryNextSearchFindsWhatWasPublished() throws Exception {
        String search = "/en/search?q=Tidewaterfresh";
        HttpResponse<byte[]> before = get(search);
        String etag = before.headers().firstValue("ETag").orElseThrow();
        assertThat(get(search, "If-None-Match", etag).statusCode()).as("kept").isEqualTo(304);
        assertThat(Jsoup.parse(new String(before.body(), StandardCharsets.UTF_8)).select("a[href=/en/cities/gothenburg]"))
                .isEmpty();

        City gothenburg = cities.findBySlug("gothenburg").orElseThrow();
        CityContent draft = tx.execute(s -> history.draft(gothenburg));
        int saved = editor.save(gothenburg.getId(), gothenburg.getDraftRevision(),
                CityContentBuilder.from(draft).summary("en", "Tidewaterfresh summary").build(), "anna");
        assertThat(get(search, "If-None-Match", etag).statusCode()).as("a draft changes no search").isEqualTo(304);
        editor.publish(gothenburg.getId(), saved, "anna");

        HttpResponse<byte[]> after = get(search, "If-None-Match", etag);
        assertThat(after.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(new String(after.body(), StandardCharsets.UTF_8)).select("a[href=/en/cities/gothenburg]"))
                .isNotEmpty();
        // The same words written otherwise: another page, the same hits (kept per normalised query).
        assertThat(new String(get("/en/search?q=TIDEWATERFRESH!").body(), StandardCharsets.UTF_8))
                .contains("/en/cities/gothenburg");
    }
}
