package dk.aarhus.sistercities.ops;

import static org.assertj.core.api.Assertions.assertThat;

import dk.aarhus.sistercities.support.PackagedJar;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One instance of the packaged jar as a process of its own, on a fixed port (a restart comes back where
 * nginx expects it), with Tomcat's access log in a file of its own, so a test can see when requests
 * reach it again.
 */
final class SiteProcess implements AutoCloseable {

    static final String ADMIN = "stack-admin";
    static final String PASSWORD = "Harbour lights at dusk 2026";
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    final String name;
    final int port;
    private final Path directory;
    private final Map<String, String> environment;
    private final List<String> arguments;
    private Process process;

    SiteProcess(String name, int port, Path directory, Map<String, String> environment, String... arguments) {
        this.name = name;
        this.port = port;
        this.directory = directory;
        this.environment = environment;
        this.arguments = List.of(arguments);
    }

    /** Starts the instance and returns once its {@code /readyz} answers 200. */
    SiteProcess start() throws IOException {
        Files.createDirectories(directory);
        List<String> command = new ArrayList<>(PackagedJar.command());
        command.addAll(List.of(
                "--server.port=" + port, "--management.server.port=0", "--spring.jmx.enabled=false",
                "--server.tomcat.accesslog.enabled=true", "--server.tomcat.accesslog.directory=" + directory,
                "--server.tomcat.accesslog.prefix=access", "--server.tomcat.accesslog.suffix=.log",
                "--server.tomcat.accesslog.file-date-format=", "--server.tomcat.accesslog.rotate=false",
                "--server.tomcat.accesslog.buffered=false"));
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(directory.resolve("app.log").toFile()));
        builder.environment().put("SISTERCITIES_ADMIN_USERNAME", ADMIN);
        builder.environment().put("SISTERCITIES_ADMIN_PASSWORD", PASSWORD);
        builder.environment().putAll(environment);
        process = builder.start();
        long deadline = System.nanoTime() + Duration.ofSeconds(240).toNanos();
        while (status("/readyz") != 200) {
            if (!process.isAlive()) {
                throw new AssertionError(name + " stopped at start:\n" + log());
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError(name + " not ready within 240 s:\n" + log());
            }
            pause();
        }
        return this;
    }

    /** The status of a GET straight to this instance, or -1 when it does not answer. */
    int status(String path) {
        HttpResponse<Void> response = get(path);
        return response == null ? -1 : response.statusCode();
    }

    /** A GET straight to this instance, its body discarded; null when it does not answer. */
    HttpResponse<Void> get(String path) {
        try {
            return CLIENT.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .timeout(Duration.ofSeconds(20)).GET().build(), HttpResponse.BodyHandlers.discarding());
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Requests in the access log other than the test's own readiness probes: what nginx sent here. */
    long requestsServed() {
        Path log = directory.resolve("access.log");
        try {
            return Files.exists(log) ? Files.readAllLines(log, StandardCharsets.ISO_8859_1).stream()
                    .filter(line -> !line.contains("/readyz")).count() : 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until nginx sends this instance requests again, after {@code before} were logged. */
    void awaitTrafficAfter(long before) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (requestsServed() <= before) {
            assertThat(System.nanoTime()).as(name + " gets requests through nginx again").isLessThan(deadline);
            pause();
        }
    }

    void kill() throws InterruptedException {
        process.destroyForcibly(); // SIGKILL
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }

    /** SIGTERM: the graceful shutdown of application.properties; answers how long it took. */
    Duration stop() throws InterruptedException {
        long start = System.nanoTime();
        process.destroy();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as(name + " stops within 60 s").isTrue();
        return Duration.ofNanos(System.nanoTime() - start);
    }

    long pid() {
        return process.pid();
    }

    boolean alive() {
        return process != null && process.isAlive();
    }

    String log() {
        try {
            return Files.readString(directory.resolve("app.log"));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    private static void pause() {
        try {
            Thread.sleep(100); // polling interval, not a wait for something to happen
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }
}
