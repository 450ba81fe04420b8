package dk.aarhus.sistercities.admin;

import static org.assertj.core.api.Assertions.assertThat;

import dk.aarhus.sistercities.support.AdminPages;
import dk.aarhus.sistercities.support.TestDatabase;
import dk.aarhus.sistercities.support.WebSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No acknowledged edit is lost when the machine's process dies: the packaged application runs as a
 * process of its own, takes a stream of saves over HTTP, is killed with SIGKILL in the middle of it,
 * starts again on the same database, and every save it acknowledged is in the city's revisions.
 * <p>
 * Runs in {@code integration-test} (maven-failsafe-plugin), after {@code package} made the jar.
 */
class KillAndRestartIT {

    private static final String ADMIN = "durability-admin";
    private static final String PASSWORD = "Harbour lights at dawn 2026";
    /** Acknowledged saves before the kill; the stream goes on while the process is killed. */
    private static final int ACKNOWLEDGED_BEFORE_KILL = 25;

    @TempDir
    Path directory;

    private final List<Process> processes = new ArrayList<>();

    @AfterEach
    void stopAll() throws InterruptedException {
        for (Process process : processes) {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }

    /** The default configuration: the H2 file database under ./data of the working directory. */
    @Test
    void h2FileDatabaseKeepsEveryAcknowledgedSave() throws Exception {
        Map<String, String> environment = Map.of();
        Result result = killMidStream(environment, "H2 file database");
        // The process is gone: the database file is ours to read.
        assertEveryAcknowledgedSaveStored(result,
                "jdbc:h2:file:" + directory.resolve("data/sistercities") + ";ACCESS_MODE_DATA=r", "sa", "");
    }

    @Test
    void postgresKeepsEveryAcknowledgedSave() throws Exception {
        TestDatabase.Database database = TestDatabase.newPostgresDatabase();
        Map<String, String> environment = Map.of("SPRING_PROFILES_ACTIVE", "postgres",
                "SISTERCITIES_DB_URL", database.url(),
                "SISTERCITIES_DB_USERNAME", database.username(),
                "SISTERCITIES_DB_PASSWORD", database.password());
        Result result = killMidStream(environment, "PostgreSQL");
        assertEveryAcknowledgedSaveStored(result, database.url(), database.username(), database.password());
    }

    private record Result(String cityPath, List<String> sent, List<String> acknowledged, String draft) {
    }

    private Result killMidStream(Map<String, String> environment, String database) throws Exception {
        int port = freePort();
        // The server answers before the start-up runners are done: wait until the administrator exists.
        Process first = start(environment, port, "first", "Created the first administrator");
        WebSession editor = new WebSession(port, "en");
        editor.logIn(ADMIN, PASSWORD);
        Document list = editor.page("/admin");
        String city = list.selectFirst("main a:containsOwn(Bergen)[href^=/admin/cities/]").attr("href");

        List<String> sent = Collections.synchronizedList(new ArrayList<>());
        List<String> acknowledged = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch enough = new CountDownLatch(ACKNOWLEDGED_BEFORE_KILL);
        Thread stream = new Thread(() -> {
            for (int n = 1; ; n++) {
                String marker = String.format("[durability edit %04d]", n);
                try {
                    Document form = editor.page(city);
                    sent.add(marker);
                    HttpResponse<String> saved = editor.submit(AdminPages.cityForm(form), AdminPages.saveButton(form),
                            Map.of("texts[en].summary", "Bergen " + marker));
                    String location = saved.headers().firstValue("Location").orElse("");
                    if (saved.statusCode() == 302 && location.endsWith(city)) {
                        acknowledged.add(marker);
                        enough.countDown();
                    }
                } catch (RuntimeException | AssertionError e) {
                    // The process is gone: the stream ends here.
                    return;
                }
            }
        }, "edit-stream");
        stream.start();
        assertThat(enough.await(120, TimeUnit.SECONDS)).as("saves acknowledged before the kill").isTrue();
        // Mid-stream: while the next save is on its way.
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (sent.size() <= ACKNOWLEDGED_BEFORE_KILL && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        first.destroyForcibly(); // SIGKILL: no shutdown hook, no flush
        assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
        stream.join(30_000);

        Process second = start(environment, port, "second", "");
        WebSession again = new WebSession(port, "en");
        again.logIn(ADMIN, PASSWORD);
        String draft = again.page(city).select("textarea[name=\"texts[en].summary\"]").text();
        List<String> acknowledgedCopy = List.copyOf(acknowledged);
        System.out.printf("%s: sent %d saves, %d acknowledged before the SIGKILL; the draft after restart: %s%n",
                database, sent.size(), acknowledgedCopy.size(), draft);
        second.destroy(); // a clean stop, so the database can be read
        assertThat(second.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Result(city, List.copyOf(sent), acknowledgedCopy, draft);
    }

    private void assertTheDraftIsTheLastAcknowledgedSaveOrLater(Result result) {
        Matcher number = Pattern.compile("\\[durability edit (\\d{4})]").matcher(result.draft());
        assertThat(number.find()).as("a save of the stream is the draft after restart: " + result.draft()).isTrue();
        List<String> acknowledged = result.acknowledged();
        assertThat(Integer.parseInt(number.group(1))).as("the draft after restart is no older than the last"
                + " acknowledged save").isGreaterThanOrEqualTo(editNumber(acknowledged.get(acknowledged.size() - 1)));
    }

    private void assertEveryAcknowledgedSaveStored(Result result, String url, String user, String password)
            throws SQLException {
        long cityId = Long.parseLong(result.cityPath().substring(result.cityPath().lastIndexOf('/') + 1));
        List<String> found = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(url, user, password);
                PreparedStatement query = connection.prepareStatement(
                        "select snapshot from city_revision where city_id = ? order by number")) {
            query.setLong(1, cityId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    String snapshot = rows.getString(1);
                    for (String marker : result.sent()) {
                        if (snapshot.contains(marker) && !found.contains(marker)) {
                            found.add(marker);
                        }
                    }
                }
            }
        }
        System.out.printf("sent %d, acknowledged %d, found in the revision history after restart %d%n",
                result.sent().size(), result.acknowledged().size(), found.size());
        assertThat(found).as("acknowledged saves in the revision history after SIGKILL and restart")
                .containsAll(result.acknowledged());
        assertTheDraftIsTheLastAcknowledgedSaveOrLater(result);
    }

    private Process start(Map<String, String> environment, int port, String name, String logLine) throws IOException {
        String jar = System.getProperty("sistercities.jar");
        assertThat(jar).as("system property sistercities.jar (set by the build)").isNotBlank();
        Path log = directory.resolve(name + ".log");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-jar", Path.of(jar).toAbsolutePath().toString(),
                "--server.port=" + port, "--management.server.port=0", "--spring.jmx.enabled=false")
                .directory(directory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("SISTERCITIES_ADMIN_USERNAME", ADMIN);
        builder.environment().put("SISTERCITIES_ADMIN_PASSWORD", PASSWORD);
        builder.environment().putAll(environment);
        Process process = builder.start();
        processes.add(process);
        WebSession probe = new WebSession(port, "en");
        long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("the app stopped at start:\n" + Files.readString(log));
            }
            try {
                if (probe.get("/login").statusCode() == 200 && new String(Files.readAllBytes(log), StandardCharsets.ISO_8859_1).contains(logLine)) {
                    return process;
                }
            } catch (RuntimeException e) {
                // not listening yet
            }
            sleep(250);
        }
        throw new AssertionError("the app did not answer within 180 s:\n" + Files.readString(log));
    }

    private static int editNumber(String marker) {
        return Integer.parseInt(marker.replaceAll("\\D", ""));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
