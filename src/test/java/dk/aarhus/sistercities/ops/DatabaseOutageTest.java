package dk.aarhus.sistercities.ops;

import static org.assertj.core.api.Assertions.assertThat;

import dk.aarhus.sistercities.SisterCitiesApplication;
import dk.aarhus.sistercities.support.AdminPages;
import dk.aarhus.sistercities.support.FullAppTest;
import dk.aarhus.sistercities.support.HtmlChecker;
import dk.aarhus.sistercities.support.Http;
import dk.aarhus.sistercities.support.TestImages;
import dk.aarhus.sistercities.support.WebSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.nio.file.Path;
import org.h2.tools.Server;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.FormElement;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The database goes away and comes back while the instance runs (an H2 server in this JVM, stopped and
 * started again on its port), with the site's own connection settings: pages already rendered keep coming
 * from the page cache, and image renditions already served from memory (one never served is a 503); a page never rendered is a calm 503 with {@code Retry-After} in its language; the
 * load balancer's {@code /readyz} says DOWN within the pool's wait for a connection (liveness stays up, so
 * nobody restarts the instance); an editor's save is refused with everything typed kept, ready to be sent
 * again; once the database is back all of it works again without a restart, and the kept save saves.
 * {@code ComposeShapeIT} does the same to PostgreSQL under load, behind nginx.
 */
@Tag(FullAppTest.TAG)
class DatabaseOutageTest {

    @TempDir
    Path directory;

    private final HtmlChecker html = new HtmlChecker();

    private static final String SUMMARY = "Typed while the database was away:\nline two, æøå.";

    @Test
    void whileTheDatabaseIsAwayCitizensGetCachedPagesOrACalm503AndEditorsKeepTheirText() throws Exception {
        int dbPort = freePort();
        Server database = h2(dbPort);
        // A file database: the server closes it when it stops, and opens it again, with everything in it, on its return.
        String url = "jdbc:h2:tcp://localhost:" + dbPort + "/" + directory.resolve("outage").toAbsolutePath();
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(SisterCitiesApplication.class).run(
                "--server.port=0", "--spring.jmx.enabled=false", "--spring.datasource.url=" + url,
                "--spring.datasource.username=sa", "--spring.datasource.password=")) {
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            Http site = new Http(port);
            WebSession editor = new WebSession(port, "en");
            editor.logIn("admin", "Aarhus-test-admin-2026!");
            String city = editor.page("/admin").selectFirst("main a:containsOwn(Bergen)[href^=/admin/cities/]").attr("href");
            Document form = editor.page(city);
            assertThat(site.get("/en/cities/bergen").statusCode()).isEqualTo(200); // rendered, in the page cache
            assertThat(site.get("/readyz").statusCode()).isEqualTo(200);
            // An image: its narrow rendition served once (kept in memory), its wide one never.
            Document imageForm = editor.page("/admin/images/new");
            assertThat(editor.upload((FormElement) imageForm.selectFirst("form[enctype=multipart/form-data]"),
                    Map.of("altDa", "Havnen", "altEn", "The harbour"), "file", "harbour.jpg", "image/jpeg",
                    TestImages.photoWithGps(800, 600)).statusCode()).isEqualTo(302);
            List<String> renditions = app.getBean(JdbcTemplate.class).queryForList(
                    "select '/media/' || hash || '.jpg' from image_rendition order by width", String.class);
            assertThat(site.get(renditions.get(0)).statusCode()).isEqualTo(200);

            database.stop();

            assertThat(site.get("/en/cities/bergen").statusCode()).as("a page in the cache").isEqualTo(200);
            assertThat(site.get(renditions.get(0)).statusCode()).as("a rendition in memory").isEqualTo(200);
            HttpResponse<String> notKept = site.get(renditions.get(1));
            assertThat(notKept.statusCode()).as("a rendition never served").isEqualTo(503);
            assertThat(notKept.headers().firstValue("Retry-After")).hasValue("30");
            for (String[] page : new String[][] {{"/en/cities/turku", "en", "The site is briefly unavailable"},
                    {"/da/venskabsbyer/turku", "da", "Siden er utilgængelig et øjeblik"}}) {
                HttpResponse<String> answer = site.get(page[0]);
                assertThat(answer.statusCode()).as("a page never rendered: " + page[0]).isEqualTo(503);
                assertThat(answer.headers().firstValue("Retry-After")).hasValue("30");
                Document shown = Jsoup.parse(answer.body());
                assertThat(shown.select("html").attr("lang")).isEqualTo(page[1]);
                assertThat(shown.select("h1").text()).isEqualTo(page[2]);
                assertThat(html.check(answer.body(), page[0])).as("valid HTML").filteredOn(HtmlChecker.Problem::error).isEmpty();
            }
            long start = System.nanoTime();
            HttpResponse<String> readiness = site.get("/readyz");
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            assertThat(readiness.statusCode()).isEqualTo(503);
            assertThat(took).as("/readyz answers within the pool's wait for a connection (2.5 s)")
                    .isLessThan(Duration.ofMillis(4000));
            assertThat(site.get("/livez").statusCode()).isEqualTo(200);

            HttpResponse<String> save = editor.submit(AdminPages.cityForm(form), AdminPages.saveButton(form),
                    Map.of("texts[en].summary", SUMMARY));
            assertThat(save.statusCode()).isEqualTo(503);
            assertThat(save.headers().firstValue("Retry-After")).hasValue("30");
            Document notSaved = Jsoup.parse(save.body(), editor.base() + city);
            assertThat(html.check(save.body(), city)).as("valid HTML").filteredOn(HtmlChecker.Problem::error).isEmpty();
            assertThat(notSaved.select("h1").text()).isEqualTo("Not saved: your text is kept"); // the browser's language: the account's is in the database
            assertThat(notSaved.select("dd").eachText()).as("what the editor typed, shown")
                    .anyMatch(text -> text.equals(SUMMARY.replace("\n", " ")));
            assertThat(notSaved.select("dd").outerHtml()).doesNotContain("_csrf").contains("line two");
            FormElement kept = (FormElement) notSaved.selectFirst("main form");
            assertThat(kept.attr("action")).isEqualTo(city);
            assertThat(kept.formData()).as("every field sent, kept in the form as it was")
                    .extracting(field -> field.key() + "=" + field.value())
                    .containsAll(AdminPages.cityForm(form).formData().stream()
                            .filter(field -> !field.key().equals("texts[en].summary"))
                            .map(field -> field.key() + "=" + field.value()).toList())
                    .contains("texts[en].summary=" + SUMMARY);

            database = h2(dbPort);

            long back = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (site.get("/readyz").statusCode() != 200) {
                assertThat(System.nanoTime()).as("ready again within 30 s of the database's return").isLessThan(back);
                Thread.sleep(100);
            }
            assertThat(site.get("/en/cities/turku").statusCode()).isEqualTo(200);
            HttpResponse<String> again = editor.submit(kept, kept.selectFirst("button"), Map.of());
            assertThat(again.statusCode()).as("the kept save, sent again, saves").isEqualTo(302);
            assertThat(editor.page(city).selectFirst("textarea[name=\"texts[en].summary\"]").val())
                    .isEqualTo(SUMMARY);
        } finally {
            database.stop();
        }
    }

    private static Server h2(int port) throws SQLException {
        return Server.createTcpServer("-tcpPort", String.valueOf(port), "-ifNotExists").start();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
