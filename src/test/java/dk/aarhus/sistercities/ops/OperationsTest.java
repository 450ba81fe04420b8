package dk.aarhus.sistercities.ops;

import static org.assertj.core.api.Assertions.assertThat;

import dk.aarhus.sistercities.support.FullAppTest;
import dk.aarhus.sistercities.support.Http;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.micrometer.metrics.test.autoconfigure.AutoConfigureMetrics;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * What an operator watches: Actuator on the management port only (health with liveness and readiness,
 * info with version and commit, Prometheus metrics), the probes on the public port as /livez and
 * /readyz, and the access log.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "server.tomcat.accesslog.enabled=true",
        "server.tomcat.accesslog.prefix=access",
        "server.tomcat.accesslog.suffix=.log",
        "server.tomcat.accesslog.file-date-format=",
        "server.tomcat.accesslog.buffered=false"})
@AutoConfigureMetrics
@Tag(FullAppTest.TAG)
class OperationsTest {

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    private static final Path accessLogDirectory = temporaryDirectory();

    @DynamicPropertySource
    static void accessLog(DynamicPropertyRegistry registry) {
        registry.add("server.tomcat.accesslog.directory", accessLogDirectory::toString);
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("access-log");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void thePublicPortDoesNotExposeActuator() {
        assertThat(managementPort).isNotEqualTo(port);
        Http site = new Http(port);
        for (String path : List.of("/actuator", "/actuator/health", "/actuator/info", "/actuator/prometheus",
                "/actuator/env", "/actuator/heapdump", "/actuator/health/readiness")) {
            HttpResponse<String> response = site.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.body()).as(path).doesNotContain("\"status\"");
        }
    }

    @Test
    void theProbesAreAlsoOnThePublicPortWithoutACookie() {
        Http site = new Http(port);
        for (String path : List.of("/livez", "/readyz")) {
            HttpResponse<String> response = site.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.body()).as(path).contains("\"status\":\"UP\"");
            assertThat(response.headers().firstValue("Set-Cookie")).as(path).isEmpty();
        }
    }

    @Test
    void healthHasLivenessAndReadinessAndReadinessIncludesTheDatabase() {
        Http management = new Http(managementPort);
        assertThat(management.get("/actuator/health").body()).contains("\"status\":\"UP\"");
        String liveness = management.get("/actuator/health/liveness").body();
        assertThat(liveness).contains("\"status\":\"UP\"", "livenessState").doesNotContain("\"db\"");
        HttpResponse<String> readiness = management.get("/actuator/health/readiness");
        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(readiness.body()).contains("\"status\":\"UP\"", "readinessState", "\"db\"");
        // Names and states only: no database product, URL or version.
        assertThat(management.get("/actuator/health").body()).doesNotContain("H2", "jdbc", "validationQuery");
    }

    @Test
    void infoShowsTheVersionAndTheCommitOfTheBuild() throws IOException {
        Properties build = load("META-INF/build-info.properties");
        String info = new Http(managementPort).get("/actuator/info").body();
        assertThat(info).contains("\"version\":\"" + build.getProperty("build.version") + "\"",
                "\"artifact\":\"sistercities\"");
        Properties git = load("git.properties");
        if (java.nio.file.Files.exists(java.nio.file.Path.of(".git"))) {
            assertThat(git.getProperty("git.commit.id.abbrev")).as("a build from a clone knows its commit").isNotBlank();
        }
        if (git.getProperty("git.commit.id.abbrev") != null) {
            assertThat(info).contains("\"id\":\"" + git.getProperty("git.commit.id.abbrev") + "\"");
        } else {
            // Built from a source archive without .git: the build still works, and says nothing of a commit.
            assertThat(info).doesNotContain("\"commit\"");
        }
    }

    @Test
    void prometheusMetricsAreOnTheManagementPort() {
        new Http(port).get("/en");
        new Http(port).get("/en");
        HttpResponse<String> response = new Http(managementPort).get("/actuator/prometheus");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("jvm_memory_used_bytes", "hikaricp_connections_active",
                "http_server_requests_seconds_count", "application=\"sistercities\"",
                "sistercities_page_cache_requests_total{application=\"sistercities\",result=\"hit\"}",
                "sistercities_page_cache_requests_total{application=\"sistercities\",result=\"miss\"}");
        java.util.regex.Matcher hits = java.util.regex.Pattern.compile(
                "sistercities_page_cache_requests_total\\{application=\"sistercities\",result=\"hit\"} ([0-9.E]+)")
                .matcher(response.body());
        assertThat(hits.find()).isTrue();
        assertThat(Double.parseDouble(hits.group(1))).as("pages answered from the cache").isPositive();
    }

    @Test
    void everyRequestIsInTheAccessLogWithItsPathButNotItsQuery() throws Exception {
        Http site = new Http(port);
        site.get("/en/cities/bergen");
        site.get("/en/search?q=confidential-term");
        String log = "";
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (System.nanoTime() < deadline && !(log.contains("/en/cities/bergen") && log.contains("/en/search "))) {
            log = readAccessLog();
            Thread.sleep(50);
        }
        assertThat(log).contains("\"GET /en/cities/bergen HTTP/1.1\" 200 ", "\"GET /en/search HTTP/1.1\" 200 ")
                .doesNotContain("confidential-term");
    }

    private String readAccessLog() throws IOException {
        if (!Files.isDirectory(accessLogDirectory)) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        try (Stream<Path> files = Files.list(accessLogDirectory)) {
            for (Path file : files.toList()) {
                text.append(Files.readString(file));
            }
        }
        return text.toString();
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        ClassPathResource file = new ClassPathResource(resource);
        if (file.exists()) {
            try (InputStream in = file.getInputStream()) {
                properties.load(in);
            }
        }
        return properties;
    }
}
