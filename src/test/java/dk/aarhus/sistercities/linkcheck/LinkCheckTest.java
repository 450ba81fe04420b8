package dk.aarhus.sistercities.linkcheck;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dk.aarhus.sistercities.account.TestAccounts;
import dk.aarhus.sistercities.activity.ActivityContent;
import dk.aarhus.sistercities.activity.ActivityEditor;
import dk.aarhus.sistercities.city.Source;
import dk.aarhus.sistercities.contact.ContactContent;
import dk.aarhus.sistercities.contact.ContactEditor;
import dk.aarhus.sistercities.page.PageContent;
import dk.aarhus.sistercities.page.PageEditor;
import dk.aarhus.sistercities.support.AdminPages;
import dk.aarhus.sistercities.support.FullAppTest;
import dk.aarhus.sistercities.support.HtmlChecker;
import dk.aarhus.sistercities.support.ResetDataBeforeEachTest;
import dk.aarhus.sistercities.support.WebSession;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.scheduling.config.ScheduledTask;
import org.springframework.scheduling.config.ScheduledTaskHolder;

/**
 * Link checks against a web server of the test's own on 127.0.0.1, never beyond it: content linking to its
 * addresses (through the city form and the editors' services), one round run with a short timeout, and the
 * report over HTTP; how the checker treats the server (HEAD first, GET when HEAD is refused, one request at a
 * time, its User-Agent); and that with the default settings nothing is checked, on the schedule or the button.
 */
@FullAppTest
@ResetDataBeforeEachTest
class LinkCheckTest {

    private static final String LOOPBACK = "127.0.0.1";
    private static final String USER_AGENT = "AarhusVenskabsbyer-Linkcheck/1.0 (+https://sistercities.example)";

    @LocalServerPort
    int port;
    @Autowired
    LinkCheckRound round;
    @Autowired
    LinkCheckRepository checks;
    @Autowired
    LinkCheckProperties properties;
    @Autowired
    PageEditor pages;
    @Autowired
    ActivityEditor activities;
    @Autowired
    ContactEditor contacts;
    @Autowired
    List<ScheduledTaskHolder> scheduled;

    WebSession editor;
    /** Answers 200, 301, 404, 500, 405 to HEAD only, and 200 slowly; counts requests in flight. */
    HttpServer server;
    /** Never answers within the timeout: same host, another port. */
    HttpServer silent;
    ExecutorService serverThreads;
    final List<String> requests = new CopyOnWriteArrayList<>();
    final List<String> userAgents = new CopyOnWriteArrayList<>();
    final AtomicInteger inFlight = new AtomicInteger();
    /** Ends the silent server's wait when the test is over. */
    final java.util.concurrent.CountDownLatch released = new java.util.concurrent.CountDownLatch(1);
    final AtomicInteger mostInFlight = new AtomicInteger();
    String base;
    String silentBase;

    @BeforeEach
    void servers() throws IOException {
        serverThreads = Executors.newCachedThreadPool();
        InetAddress loopback = InetAddress.getByName(LOOPBACK);
        server = HttpServer.create(new InetSocketAddress(loopback, 0), 0);
        server.setExecutor(serverThreads);
        server.createContext("/", this::answer);
        server.start();
        silent = HttpServer.create(new InetSocketAddress(loopback, 0), 0);
        silent.setExecutor(serverThreads);
        silent.createContext("/", exchange -> {
            record(exchange);
            try {
                released.await(10, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
        });
        silent.start();
        base = "http://" + LOOPBACK + ":" + server.getAddress().getPort();
        silentBase = "http://" + LOOPBACK + ":" + silent.getAddress().getPort();
        editor = new WebSession(port, "da");
        editor.logIn(TestAccounts.ADMIN_USERNAME, TestAccounts.ADMIN_PASSWORD);
    }

    @AfterEach
    void stop() {
        // The silent server's handler must end first: HttpServer.stop waits for the exchanges in hand.
        released.countDown();
        server.stop(0);
        silent.stop(0);
        serverThreads.shutdownNow();
    }

    private void answer(HttpExchange exchange) throws IOException {
        int now = inFlight.incrementAndGet();
        mostInFlight.accumulateAndGet(now, Math::max);
        try {
            record(exchange);
            String path = exchange.getRequestURI().getPath();
            boolean head = "HEAD".equals(exchange.getRequestMethod());
            switch (path) {
                case "/ok" -> send(exchange, 200, head);
                case "/moved" -> {
                    exchange.getResponseHeaders().set("Location", "/ok");
                    send(exchange, 301, true);
                }
                case "/missing" -> send(exchange, 404, head);
                case "/server-error" -> send(exchange, 500, head);
                case "/head-refused" -> send(exchange, head ? 405 : 200, head);
                case "/slow" -> {
                    sleep(300);
                    send(exchange, 200, head);
                }
                default -> send(exchange, 404, head);
            }
        } finally {
            inFlight.decrementAndGet();
        }
    }

    private void record(HttpExchange exchange) {
        requests.add(exchange.getRequestMethod() + " " + exchange.getLocalAddress().getPort() + " "
                + exchange.getRequestURI().getPath());
        userAgents.add(String.valueOf(exchange.getRequestHeaders().getFirst("User-Agent")));
    }

    private static void send(HttpExchange exchange, int status, boolean noBody) throws IOException {
        byte[] body = ("answer " + status).getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, noBody ? -1 : body.length);
        if (!noBody) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
        exchange.close();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Bergen's draft (through its form): website 200, source 1 a 301, a 404 in the Danish description; a page
     * (500 in its text, a source that refuses HEAD); an activity (its link never answers, its text links the slow
     * path); the general contact's website, the slow path again. Answers Bergen's form address.
     */
    private String linkEverything() {
        Document list = editor.page("/admin");
        String bergen = list.selectFirst("main a:containsOwn(" + AdminPages.CITY + ")[href^=/admin/cities/]").attr("href");
        AdminPages.saveCity(editor, bergen, Map.of("website", base + "/ok", "sources[0].url", base + "/moved",
                "texts[da].description", "Se [den gamle side](" + base + "/missing) og [kilde 1](#source-1)."));

        pages.create(new PageContent(null, null, false, Map.of(
                "da", new PageContent.Texts("tjek", "Tjek", "En [fejl](" + base + "/server-error)."),
                "en", new PageContent.Texts("check", "Check", "No links here.")),
                List.of(new Source("Kilde", "da", "Udgiver", "2024", base + "/head-refused"))), "admin");

        activities.save(0, new ActivityContent("link-check-test", "2024-05-01", null, silentBase + "/never",
                List.of("bergen"), List.of(), Map.of(
                        "da", new ActivityContent.Texts("Aktivitet med links", null, "Se <" + base + "/slow>."),
                        "en", new ActivityContent.Texts("Activity with links", null, null))), "admin");

        ContactEditor.Draft general = contacts.draft(ContactContent.GENERAL);
        ContactContent contact = general.content();
        contacts.save(general.revision(), new ContactContent(contact.scope(), contact.person(), contact.email(),
                contact.phone(), base + "/slow", contact.address(), contact.texts()), "admin");
        return bergen;
    }

    private LinkChecker.Settings onlyLoopback() {
        return new LinkChecker.Settings(Duration.ofSeconds(1), Duration.ofMillis(20), 4, round.userAgent(),
                Set.of(LOOPBACK));
    }

    @Test
    void aRoundReportsTheBrokenAndTheMovedLinksWithWhereTheyAreUsed() {
        String bergen = linkEverything();

        assertThat(round.run(onlyLoopback())).isTrue();

        Document report = editor.page("/admin/links");
        Element broken = report.getElementById("broken-links");
        assertThat(broken).as("the table of broken links").isNotNull();
        assertThat(broken.select("tbody tr td:first-child").eachText()).containsExactlyInAnyOrder(
                base + "/missing", base + "/server-error", silentBase + "/never");
        Element missing = row(broken, base + "/missing");
        assertThat(missing.child(1).text()).isEqualTo("Findes ikke (404)");
        assertThat(missing.select("td:nth-child(3) a").attr("href")).isEqualTo(bergen + "#texts-da-description");
        assertThat(missing.child(2).text()).isEqualTo("By Bergen: beskrivelse (dansk) (kun i kladden)");
        assertThat(missing.select("time").attr("datetime")).isNotBlank();

        Element serverError = row(broken, base + "/server-error");
        assertThat(serverError.child(1).text()).isEqualTo("Fejl på serveren (500)");
        assertThat(serverError.select("td:nth-child(3) a").attr("href")).matches("/admin/pages/[a-z0-9]+#texts-da-body");
        assertThat(serverError.child(2).text()).isEqualTo("Side Tjek: tekst (dansk) (kun i kladden)");

        Element never = row(broken, silentBase + "/never");
        assertThat(never.child(1).text()).isEqualTo("Intet svar inden for tidsfristen");
        assertThat(never.select("td:nth-child(3) a").attr("href")).isEqualTo("/admin/activities/link-check-test#link");
        assertThat(never.child(2).text()).isEqualTo("Aktivitet Aktivitet med links: link (kun i kladden)");

        Element moved = report.getElementById("redirected-links");
        assertThat(moved.select("tbody tr")).hasSize(1);
        Element redirect = row(moved, base + "/moved");
        assertThat(redirect.child(1).text()).isEqualTo("Flyttet (301): " + base + "/ok");
        assertThat(redirect.select("td:nth-child(2) a").attr("href")).isEqualTo(base + "/ok");
        assertThat(redirect.select("td:nth-child(3) a").attr("href")).isEqualTo(bergen + "#sources-0-url");
        assertThat(redirect.child(2).text()).isEqualTo("By Bergen: kilde 1 (kun i kladden)");

        // The working ones are counted, not listed; the seed's addresses elsewhere were left unchecked.
        String page = report.select("main").text();
        assertThat(page).doesNotContain(base + "/head-refused", base + "/slow");
        assertThat(page).contains("3 links virker", "3 links fejler", "1 link er flyttet", "links er ikke tjekket endnu");
        assertThat(report.select("main p:contains(Senest tjekket) time")).hasSize(1);
        assertThat(report.select(".banner")).isEmpty();

        // HEAD first; GET only where HEAD was refused; the redirect recorded, not followed; one at a time.
        int port = server.getAddress().getPort();
        assertThat(requests).containsExactlyInAnyOrder("HEAD " + port + " /ok", "HEAD " + port + " /moved",
                "HEAD " + port + " /missing", "HEAD " + port + " /server-error", "HEAD " + port + " /head-refused",
                "GET " + port + " /head-refused", "HEAD " + port + " /slow",
                "HEAD " + silent.getAddress().getPort() + " /never");
        assertThat(requests.indexOf("GET " + port + " /head-refused"))
                .isGreaterThan(requests.indexOf("HEAD " + port + " /head-refused"));
        assertThat(mostInFlight.get()).as("requests to one host at the same time").isEqualTo(1);
        assertThat(userAgents).hasSize(requests.size()).containsOnly(USER_AGENT);

        List<HtmlChecker.Problem> problems = new HtmlChecker().check(editor.get("/admin/links").body(),
                editor.base() + "/admin/links");
        assertThat(problems.stream().filter(HtmlChecker.Problem::error)).as("the report with its rows").isEmpty();
        assertThat(editor.page("/admin/links").select("#broken-links tbody tr").text())
                .contains("Findes ikke (404)", "Fejl på serveren (500)", "Intet svar inden for tidsfristen",
                        "By Bergen: beskrivelse (dansk) (kun i kladden)");
        AdminPages.chooseLanguage(editor, "en");
        assertThat(editor.page("/admin/links").select("#broken-links tbody tr").text())
                .contains("Not found (404)", "Server error (500)", "No answer within the time limit",
                        "City Bergen: description (Danish) (only in the draft)");
    }

    @Test
    void withTheDefaultSettingsNothingIsCheckedOnTheScheduleOrTheButton() throws InterruptedException {
        linkEverything();
        assertThat(properties.enabled()).isFalse();
        List<String> tasks = scheduled.stream().flatMap(h -> h.getScheduledTasks().stream())
                .map(ScheduledTask::toString).toList();
        assertThat(tasks).as("the scheduled tasks (the page cache's poll among them)")
                .anyMatch(t -> t.contains("ContentGeneration")).noneMatch(t -> t.contains("linkcheck"));

        Document report = editor.page("/admin/links");
        assertThat(report.select("main").text()).contains("Tjek af links er slået fra på dette site",
                "Der er ikke tjekket nogen links endnu");
        HttpResponse<String> forged = editor.post("/admin/links/check", "application/x-www-form-urlencoded",
                new byte[0]);
        assertThat(forged.statusCode()).as("the button without the form's token").isEqualTo(403);
        HttpResponse<String> pressed = editor.post("/admin/links/check", report);
        assertThat(pressed.statusCode()).isEqualTo(302);
        assertThat(pressed.headers().firstValue("Location").orElse("")).endsWith("/admin/links");
        Document after = editor.page("/admin/links");
        assertThat(after.select(".banner-warning").text())
                .isEqualTo("Der blev ikke tjekket noget: Tjek af links er slået fra på dette site.");

        Thread.sleep(1000);
        assertThat(requests).as("requests that reached the test's server").isEmpty();
        assertThat(checks.count()).isZero();
    }

    private static Element row(Element table, String url) {
        return table.select("tbody tr").stream().filter(tr -> tr.child(0).text().equals(url)).findFirst()
                .orElseThrow(() -> new AssertionError("no row for " + url + " in " + table.text()));
    }
}
