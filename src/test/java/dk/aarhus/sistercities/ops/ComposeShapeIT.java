package dk.aarhus.sistercities.ops;

import static org.assertj.core.api.Assertions.assertThat;

import dk.aarhus.sistercities.support.Http;
import dk.aarhus.sistercities.support.SameSite;
import dk.aarhus.sistercities.support.WebSession;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * The production shape of docker-compose.yml without Docker: Debian's nginx with the file's own site
 * configuration ({@link ComposeNginx}) in front of two instances of the packaged jar on one PostgreSQL
 * server, citizens reading through nginx and an editor saving through it, while parts fail:
 * <ol>
 * <li>instance A killed (SIGKILL) and started again;</li>
 * <li>instance B stopped (SIGTERM, graceful) and started again: with 1, a rolling restart;</li>
 * <li>PostgreSQL stopped for 10 s ({@code -Ddrill.outage.seconds=30} for the longer drill), then started again on
 * the same data: four times the pool's 2.5 s connection wait, so every request in it meets the outage whole;</li>
 * </ol>
 * and then the restore drill: {@code pg_dump} of the stack's database restored into an empty one, an
 * instance on it showing every public page as the original does. Prints its figures. Runs beside
 * {@code KillAndRestartIT} (both {@code @Execution(CONCURRENT)}).
 */
@Execution(ExecutionMode.CONCURRENT)
class ComposeShapeIT {

    private static final Path ROOT = Path.of("").toAbsolutePath();
    static final String KILL = "1 SIGKILL A, restart";
    static final String ROLL = "2 SIGTERM B (graceful), restart";
    private static final Duration OUTAGE_LENGTH = Duration.ofSeconds(Long.getLong("drill.outage.seconds", 10));
    static final String OUTAGE = "3 PostgreSQL stopped " + OUTAGE_LENGTH.toSeconds() + " s";
    static final String RECOVERY = "4 PostgreSQL back";

    private final List<AutoCloseable> running = java.util.Collections.synchronizedList(new ArrayList<>());

    @Test
    void citizensAreServedThroughFailoverARollingRestartAndADatabaseOutageAndNoAcknowledgedSaveIsLost()
            throws Exception {
        Path work = ROOT.resolve("target/compose-shape");
        delete(work);
        int databasePort = freePort();
        EmbeddedPostgres.Builder postgres = EmbeddedPostgres.builder().setDataDirectory(work.resolve("postgres"))
                .setCleanDataDirectory(false).setPort(databasePort);
        EmbeddedPostgres database = postgres.start();
        try {
            execute(database, "create database stack");
            Map<String, String> environment = environment(database.getJdbcUrl("postgres", "stack"));
            long started = System.nanoTime();
            SiteProcess a = closing(new SiteProcess("A", freePort(), work.resolve("a"), environment)).start();
            SiteProcess b = closing(new SiteProcess("B", freePort(), work.resolve("b"), environment)).start();
            int front = freePort();
            ComposeNginx nginx = closing(ComposeNginx.start(ROOT.resolve("docker-compose.yml"), work.resolve("nginx"),
                    front, List.of(a.port, b.port)));
            awaitNginx(nginx, front);
            System.out.printf("Compose shape: two instances and nginx ready in %d s%n", seconds(started));

            List<String> pages = new ArrayList<>(SameSite.paths(new Http(a.port)));
            // Addresses with a query are never cached (a newsletter's link, a search): they need the database.
            pages.addAll(List.of("/en/cities/turku?from=newsletter", "/da/soeg?q=bergen"));
            warm(pages, a, b);
            CitizenLoad citizens = closing(new CitizenLoad(front, pages, 4));
            WebSession session = new WebSession(front, "en");
            session.logIn(SiteProcess.ADMIN, SiteProcess.PASSWORD);
            String city = session.page("/admin").selectFirst("main a:containsOwn(Bergen)[href^=/admin/cities/]").attr("href");
            EditorSaves editor = closing(new EditorSaves(session, city, () -> citizens.phase));
            awaitSaves(editor, 3);

            long drill = System.nanoTime();
            citizens.phase = KILL;
            a.kill();
            long before = a.requestsServed();
            a.start();
            a.awaitTrafficAfter(before);
            awaitSaves(editor, 2);
            System.out.printf("Drill 1 (SIGKILL A, restart, A served through nginx again): %d s%n", seconds(drill));

            // The restore drill's copy starts beside drill 2's restart: a start-up uses one core of two.
            EmbeddedPostgres source = database;
            CompletableFuture<SiteProcess> restored = CompletableFuture.supplyAsync(() -> restoredCopy(source, work));
            drill = System.nanoTime();
            citizens.phase = ROLL;
            Duration graceful = b.stop();
            before = b.requestsServed();
            b.start();
            b.awaitTrafficAfter(before);
            awaitSaves(editor, 2);
            System.out.printf("Drill 2 (SIGTERM B: stopped in %d ms; restart, served again): %d s%n",
                    graceful.toMillis(), seconds(drill));

            SiteProcess copy = restored.join();
            // The restarted instances render the citizens' pages once, as they would in a few minutes of traffic.
            citizens.phase = "between";
            warm(pages, a, b);
            long pidA = a.pid();
            long pidB = b.pid();
            citizens.phase = OUTAGE;
            long down = System.nanoTime();
            database.close(); // pg_ctl stop -m fast: every connection closed
            Duration readyA = timed(() -> assertThat(a.status("/readyz")).as("A's /readyz").isEqualTo(503));
            Duration readyB = timed(() -> assertThat(b.status("/readyz")).as("B's /readyz").isEqualTo(503));
            TimeUnit.NANOSECONDS.sleep(Math.max(0, down + OUTAGE_LENGTH.toNanos() - System.nanoTime())); // the outage itself
            // On a busy machine, 10 s can pass before an editor's save or a query page reaches the stopped database:
            // the outage lasts until both have met it (at most a minute).
            while (!editor.outcomes(OUTAGE).containsKey(EditorSaves.NOT_SAVED)
                    || !citizens.outcomes(OUTAGE).containsKey("503 with Retry-After (query: never cached)")) {
                assertThat(System.nanoTime() - down).as("an editor's save and a query met the outage within 60 s")
                        .isLessThan(Duration.ofSeconds(60).toNanos());
                Thread.sleep(100); // polling
            }
            System.out.printf("Drill 3: PostgreSQL was away for %d s%n", seconds(down));
            database = postgres.start();
            long up = System.nanoTime();
            while (a.status("/readyz") != 200 || b.status("/readyz") != 200) {
                assertThat(System.nanoTime() - up).as("ready again within 60 s").isLessThan(Duration.ofSeconds(60).toNanos());
                Thread.sleep(100); // polling
            }
            long recovered = System.nanoTime() - up;
            citizens.phase = RECOVERY;
            int acknowledgedBefore = editor.acknowledged.size();
            awaitSaves(editor, 3);
            assertThat(a.pid()).as("A ran through the outage, not restarted").isEqualTo(pidA);
            assertThat(b.pid()).as("B ran through the outage, not restarted").isEqualTo(pidB);
            citizens.close();
            editor.close();
            System.out.printf("Drill 3: /readyz said 503 in %d ms (A) and %d ms (B) after PostgreSQL stopped; both ready "
                    + "again %d ms after it started; editor saves acknowledged again (%d before, %d after)%n",
                    readyA.toMillis(), readyB.toMillis(), Duration.ofNanos(recovered).toMillis(), acknowledgedBefore,
                    editor.acknowledged.size());

            for (String phase : List.of("warm-up", KILL, ROLL, "between", OUTAGE, RECOVERY)) {
                System.out.printf("Citizens through nginx, %s: %d answers, %d not 200, by outcome %s; editor: %s%n",
                        phase, citizens.served(phase), citizens.failed(phase), citizens.outcomes(phase),
                        editor.outcomes(phase));
            }
            for (String phase : List.of(KILL, ROLL, RECOVERY)) {
                assertThat(citizens.served(phase)).as("citizens' answers during " + phase).isPositive();
                assertThat(citizens.failed(phase)).as("citizens' answers other than 200 during " + phase).isZero();
                // A busy instance may ask a searcher to try again in a moment, rarely: not a gate that refuses them all.
                assertThat(citizens.retried(phase)).as("searches answered only when asked again, during " + phase)
                        .isLessThanOrEqualTo(citizens.withQuery(phase) / 20);
            }
            for (String phase : List.of("between", OUTAGE)) {
                assertThat(citizens.outcomes(phase).keySet()).as("while the database is away: a page, or a calm 503")
                        .allMatch(outcome -> outcome.startsWith("200") || outcome.startsWith("503 with Retry-After"));
            }
            assertThat(citizens.outcomes(OUTAGE)).as("pages in the page cache answer 200 while the database is away")
                    .containsKey("200").containsKey("503 with Retry-After (query: never cached)");
            assertThat(readyA).isLessThan(Duration.ofMillis(3500));
            assertThat(readyB).isLessThan(Duration.ofMillis(3500));
            assertThat(editor.outcomes(OUTAGE)).as("the editor's saves while the database is away: refused, text kept")
                    .containsKey(EditorSaves.NOT_SAVED);
            assertThat(editor.outcomes(OUTAGE).keySet()).allMatch(outcome -> outcome.equals(EditorSaves.NOT_SAVED)
                    || outcome.equals(EditorSaves.REFUSED_STALE) || outcome.equals("saved") || outcome.equals("form 503"));
            assertEveryAcknowledgedSaveKept(database.getJdbcUrl("postgres", "stack"), editor);

            Http from = new Http(a.port);
            List<String> paths = SameSite.paths(from);
            Map<String, String> differences = SameSite.differences(from, new Http(copy.port), paths);
            System.out.printf("Restore drill: %d pages compared, %d differ apart from dates%n", paths.size(),
                    differences.size());
            assertThat(differences).as("pages of the restored database that differ apart from dates").isEmpty();
        } finally {
            for (int i = running.size() - 1; i >= 0; i--) {
                running.get(i).close();
            }
            database.close();
        }
    }

    /**
     * The database backup of the README: {@code pg_dump} while the site runs, {@code pg_restore} into an empty
     * database, an instance started on it, whose public pages are compared with the original's at the end.
     */
    private SiteProcess restoredCopy(EmbeddedPostgres database, Path work) {
        try {
            long start = System.nanoTime();
            Path dump = work.resolve("stack.dump");
            String port = String.valueOf(database.getPort());
            run(work, "pg_dump", "-h", "localhost", "-p", port, "-U", "postgres", "-Fc", "-f", dump.toString(), "stack");
            execute(database, "create database restored");
            run(work, "pg_restore", "-h", "localhost", "-p", port, "-U", "postgres", "-d", "restored", "--no-owner",
                    dump.toString());
            SiteProcess copy = closing(new SiteProcess("restored", freePort(), work.resolve("restored"),
                    environment(database.getJdbcUrl("postgres", "restored")))).start();
            System.out.printf("Restore drill: pg_dump (%d KB) while the stack ran, pg_restore into an empty database, an "
                    + "instance on it ready in %d s%n", Files.size(dump) / 1024, seconds(start));
            return copy;
        } catch (IOException | SQLException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void assertEveryAcknowledgedSaveKept(String url, EditorSaves editor) throws SQLException {
        long cityId = Long.parseLong(editor.city().substring(editor.city().lastIndexOf('/') + 1));
        List<String> revisions = new ArrayList<>();
        int newest = 0;
        try (Connection connection = java.sql.DriverManager.getConnection(url, "postgres", "postgres");
                PreparedStatement query = connection.prepareStatement("select number, content from revision"
                        + " where subject_kind = 'CITY' and subject_key = ? order by number")) {
            query.setString(1, Long.toString(cityId));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    newest = rows.getInt(1);
                    revisions.add(rows.getString(2));
                }
            }
            try (Statement statement = connection.createStatement();
                    ResultSet row = statement.executeQuery("select draft_revision from city where id = " + cityId)) {
                assertThat(row.next()).isTrue();
                assertThat(row.getInt(1)).as("the city's draft: its newest revision").isEqualTo(newest);
            }
        }
        List<String> lost = editor.acknowledged.stream()
                .filter(marker -> revisions.stream().noneMatch(revision -> revision.contains(marker))).toList();
        System.out.printf("Editor: %d saves acknowledged, %d revisions of the city, acknowledged saves missing: %s%n",
                editor.acknowledged.size(), revisions.size(), lost);
        assertThat(lost).as("acknowledged saves not in the city's revisions").isEmpty();
    }

    private static Map<String, String> environment(String url) {
        return Map.of("SPRING_PROFILES_ACTIVE", "postgres", "SISTERCITIES_DB_URL", url,
                "SISTERCITIES_DB_USERNAME", "postgres", "SISTERCITIES_DB_PASSWORD", "postgres");
    }

    /**
     * Each page rendered once by each instance, straight, so both have it in their page cache. Between the drills
     * the citizens are searching too, and a just-restarted instance may refuse a search with the search gate's calm
     * 503 (or 429: the warm-up's loopback address is one client): the warm-up asks again after its
     * {@code Retry-After} (at least a second), as a visitor would, for at most 30 s.
     */
    private static void warm(List<String> pages, SiteProcess... instances) throws InterruptedException {
        for (SiteProcess instance : instances) {
            for (String page : pages) {
                long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
                HttpResponse<Void> response = instance.get(page);
                while (response != null && (response.statusCode() == 503 || response.statusCode() == 429)
                        && page.contains("?") && System.nanoTime() < deadline) {
                    long retryAfter = response.headers().firstValueAsLong("Retry-After").orElseThrow(
                            () -> new AssertionError(instance.name + " " + page + ": a refusal without Retry-After"));
                    long left = Math.max(0, deadline - System.nanoTime());
                    TimeUnit.NANOSECONDS.sleep(Math.min(left, TimeUnit.SECONDS.toNanos(Math.max(1, retryAfter))));
                    response = instance.get(page);
                }
                assertThat(response).as(instance.name + " " + page + " answers").isNotNull();
                assertThat(response.statusCode()).as(instance.name + " " + page).isEqualTo(200);
            }
        }
    }

    private static void awaitNginx(ComposeNginx nginx, int port) throws InterruptedException {
        Http front = new Http(port);
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (true) {
            assertThat(nginx.alive()).as("nginx runs:\n" + nginx.log()).isTrue();
            try {
                if (front.get("/readyz").statusCode() == 200) {
                    return;
                }
            } catch (RuntimeException notYet) {
                // not listening yet
            }
            assertThat(System.nanoTime()).as("nginx answers within 30 s:\n" + nginx.log()).isLessThan(deadline);
            Thread.sleep(50); // polling
        }
    }

    /** Waits until the editor has {@code more} acknowledged saves than now. */
    private static void awaitSaves(EditorSaves editor, int more) throws InterruptedException {
        int target = editor.acknowledged.size() + more;
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (editor.acknowledged.size() < target) {
            assertThat(System.nanoTime()).as("the editor's saves are acknowledged").isLessThan(deadline);
            Thread.sleep(50); // polling
        }
    }

    private static Duration timed(Runnable action) {
        long start = System.nanoTime();
        action.run();
        return Duration.ofNanos(System.nanoTime() - start);
    }

    private static void run(Path directory, String... command) throws IOException, InterruptedException {
        Process process;
        try {
            process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new AssertionError(command[0] + " is missing: install Debian's postgresql-client (.ci/run does)", e);
        }
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor()).as(String.join(" ", command) + "\n" + output).isZero();
    }

    private static void execute(EmbeddedPostgres database, String sql) throws SQLException {
        try (Connection connection = database.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private synchronized <T extends AutoCloseable> T closing(T part) {
        running.add(part);
        return part;
    }

    private static long seconds(long since) {
        return Duration.ofNanos(System.nanoTime() - since).toSeconds();
    }

    private static void delete(Path directory) throws IOException {
        if (Files.exists(directory)) {
            try (Stream<Path> paths = Files.walk(directory)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
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
