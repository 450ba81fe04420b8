package dk.aarhus.sistercities.admin;

import static org.assertj.core.api.Assertions.assertThat;

import dk.aarhus.sistercities.support.PackagedJar;
import dk.aarhus.sistercities.support.WebSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
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
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * No acknowledged edit is lost when the machine's process dies: the packaged application runs as a
 * process of its own, takes streams of saves over HTTP (three editors, a city each, see
 * {@link SaveStream}), is killed with SIGKILL while saves are sent in full and not yet answered, starts
 * again on the same database, and every save it acknowledged is in the city's revisions, the draft
 * among them; a save that was in flight at the kill is there whole (its revision, the draft pointing
 * at it, nothing else changed) or not at all, never half.
 * <p>
 * On the H2 file database only: there the database lives in the killed process, so the kill can lose
 * what it had not written. PostgreSQL is a server of its own that a killed client cannot take a committed
 * transaction from; {@code ComposeShapeIT}'s first drill SIGKILLs an instance on PostgreSQL in the middle
 * of an editor's saves and finds every acknowledged save (this class's PostgreSQL twin, removed for the
 * suite's time, proved the same with two more start-ups of the jar).
 * <p>
 * Runs in {@code integration-test} (maven-failsafe-plugin), after {@code package} made the jar.
 */
@Execution(ExecutionMode.CONCURRENT) // beside ComposeShapeIT: a start-up uses one core of two
class KillAndRestartIT {

    private static final String ADMIN = "durability-admin";
    private static final String PASSWORD = "Harbour lights at dawn 2026";
    /** Acknowledged saves, of all streams, before the kill; the streams go on while the process is killed. */
    private static final int ACKNOWLEDGED_BEFORE_KILL = 25;
    private static final List<String> CITIES = List.of("Bergen", "Turku", "Rostock");
    private static final JsonMapper JSON = JsonMapper.builder().build();

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
        List<SaveStream> streams = killMidStream(Map.of(), "H2 file database");
        // The process is gone: the database file is ours to read.
        assertEverySaveWholeOrAbsent(streams,
                "jdbc:h2:file:" + directory.resolve("data/sistercities") + ";ACCESS_MODE_DATA=r", "sa", "");
    }

    private List<SaveStream> killMidStream(Map<String, String> environment, String database) throws Exception {
        int port = freePort();
        // The server answers before the start-up runners are done: wait until the administrator exists.
        Process first = start(environment, port, "first", "Created the first administrator");
        // The jar as built runs with its ahead-of-time code (SisterCitiesApplication.main), as production does.
        assertThat(Files.readString(directory.resolve("first.log"), StandardCharsets.ISO_8859_1))
                .contains("Starting AOT-processed SisterCitiesApplication");
        CountDownLatch enough = new CountDownLatch(ACKNOWLEDGED_BEFORE_KILL);
        List<SaveStream> streams = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (String name : CITIES) {
            WebSession editor = new WebSession(port, "en");
            editor.logIn(ADMIN, PASSWORD);
            Document list = editor.page("/admin");
            String city = list.selectFirst("main a:containsOwn(" + name + ")[href^=/admin/cities/]").attr("href");
            SaveStream stream = new SaveStream(editor, city, port, name.toLowerCase(), enough);
            streams.add(stream);
            threads.add(new Thread(stream, "save-stream-" + name));
        }
        threads.forEach(Thread::start);
        assertThat(enough.await(120, TimeUnit.SECONDS)).as("saves acknowledged before the kill").isTrue();
        // Kill while saves are sent in full and not answered: two at once if they come within 5 s, else one.
        List<String> inFlight = List.of();
        long twoUntil = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            inFlight = streams.stream().map(s -> s.inFlight).filter(Objects::nonNull).toList();
            if (inFlight.size() >= 2 || (!inFlight.isEmpty() && System.nanoTime() > twoUntil)) {
                break;
            }
            Thread.onSpinWait();
        }
        first.destroyForcibly(); // SIGKILL: no shutdown hook, no flush
        assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
        for (Thread thread : threads) {
            thread.join(30_000);
        }
        List<String> unanswered = streams.stream().map(s -> s.unanswered).filter(Objects::nonNull).toList();
        System.out.printf("%s: in flight at the SIGKILL %s; never answered %s%n", database, inFlight, unanswered);
        assertThat(unanswered).as("saves sent in full before the SIGKILL and never answered: in flight at the kill")
                .containsAnyElementsOf(inFlight);

        Process second = start(environment, port, "second", "");
        WebSession again = new WebSession(port, "en");
        again.logIn(ADMIN, PASSWORD);
        for (SaveStream stream : streams) {
            String draft = again.page(stream.city()).select("textarea[name=\"texts[en].summary\"]").text();
            System.out.printf("%s %s: sent %d saves, %d acknowledged before the SIGKILL; the draft after restart: %s%n",
                    database, stream.city(), stream.sent.size(), stream.acknowledged.size(), draft);
            assertThat(draft).as("the draft after restart: the last acknowledged save, or the one in flight")
                    .isIn("Saved " + last(stream.acknowledged), "Saved " + stream.unanswered);
        }
        second.destroy(); // a clean stop, so the database can be read
        assertThat(second.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return streams;
    }

    /**
     * Every acknowledged save is a revision; the city's draft pointer is its newest revision; the newest
     * is the last acknowledged save or the unanswered one, and that one is there at most once, whole: the
     * revision before it with nothing but the summary changed.
     */
    private void assertEverySaveWholeOrAbsent(List<SaveStream> streams, String url, String user, String password)
            throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, user, password)) {
            for (SaveStream stream : streams) {
                long cityId = Long.parseLong(stream.city().substring(stream.city().lastIndexOf('/') + 1));
                List<Integer> numbers = new ArrayList<>();
                List<String> snapshots = new ArrayList<>();
                try (PreparedStatement query = connection.prepareStatement(
                        "select number, content from revision where subject_kind = 'CITY' and subject_key = ?"
                                + " order by number")) {
                    query.setString(1, Long.toString(cityId));
                    try (ResultSet rows = query.executeQuery()) {
                        while (rows.next()) {
                            numbers.add(rows.getInt(1));
                            snapshots.add(rows.getString(2));
                        }
                    }
                }
                int draft;
                try (PreparedStatement query = connection.prepareStatement("select draft_revision from city where id = ?")) {
                    query.setLong(1, cityId);
                    try (ResultSet row = query.executeQuery()) {
                        assertThat(row.next()).isTrue();
                        draft = row.getInt(1);
                    }
                }
                List<String> found = stream.sent.stream().filter(m -> snapshots.stream().anyMatch(s -> s.contains(m)))
                        .toList();
                System.out.printf("%s: sent %d, acknowledged %d, found in the revision history after restart %d%n",
                        stream.city(), stream.sent.size(), stream.acknowledged.size(), found.size());
                assertThat(found).as("acknowledged saves in the revision history after SIGKILL and restart")
                        .containsAll(stream.acknowledged);
                assertThat(draft).as("the city's draft pointer: its newest revision").isEqualTo(last(numbers));
                String newest = last(snapshots);
                String lastAcknowledged = last(stream.acknowledged);
                if (stream.unanswered != null && newest.contains(stream.unanswered)) {
                    assertThat(snapshots).as("the unanswered save, whole: once").filteredOn(s -> s.contains(stream.unanswered))
                            .hasSize(1);
                    JsonNode before = JSON.readTree(snapshots.get(snapshots.size() - 2));
                    assertThat(before.toString()).contains(lastAcknowledged);
                    ObjectNode expected = (ObjectNode) before.deepCopy();
                    ((ObjectNode) expected.get("texts").get("en")).put("summary", "Saved " + stream.unanswered);
                    assertThat(JSON.readTree(newest)).as("the unanswered save: the one before with its summary")
                            .isEqualTo(expected);
                } else {
                    assertThat(newest).as("the newest revision: the last acknowledged save").contains(lastAcknowledged);
                    if (stream.unanswered != null) {
                        assertThat(found).as("the unanswered save: absent").doesNotContain(stream.unanswered);
                    }
                }
            }
        }
    }

    private static <T> T last(List<T> list) {
        assertThat(list).isNotEmpty();
        return list.get(list.size() - 1);
    }

    private Process start(Map<String, String> environment, int port, String name, String logLine) throws IOException {
        Path log = directory.resolve(name + ".log");
        List<String> command = new ArrayList<>(PackagedJar.command());
        command.addAll(List.of("--server.port=" + port, "--management.server.port=0", "--spring.jmx.enabled=false"));
        ProcessBuilder builder = new ProcessBuilder(command)
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
