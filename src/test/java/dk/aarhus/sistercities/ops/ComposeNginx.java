package dk.aarhus.sistercities.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.Yaml;

/**
 * Debian's nginx with the very site configuration docker-compose.yml gives the nginx service, read from
 * the file: only the upstream's {@code server app:8080} becomes one line per loopback port (keeping its
 * parameters) and {@code listen 80} a free loopback port. nginx runs in the foreground under a prefix of its
 * own (temporary files, pid, error log), so nothing of the machine's nginx is used or touched.
 */
final class ComposeNginx implements AutoCloseable {

    private static final Pattern UPSTREAM_SERVER = Pattern.compile("server\\s+app:(\\d+)([^;]*);");
    private static final Pattern LISTEN = Pattern.compile("listen\\s+80\\b");

    private final Process process;
    private final Path prefix;

    private ComposeNginx(Process process, Path prefix) {
        this.process = process;
        this.prefix = prefix;
    }

    /** The {@code content} of the config mounted into the nginx service, {@code $$} read as Compose reads it. */
    @SuppressWarnings("unchecked")
    static String siteConfiguration(Path composeFile) throws IOException {
        Map<String, Object> compose = new Yaml().load(Files.readString(composeFile));
        Map<String, Object> nginx = (Map<String, Object>) ((Map<String, Object>) compose.get("services")).get("nginx");
        String source = String.valueOf(((Map<String, Object>) ((List<?>) nginx.get("configs")).get(0)).get("source"));
        Map<String, Object> config = (Map<String, Object>) ((Map<String, Object>) compose.get("configs")).get(source);
        return String.valueOf(config.get("content")).replace("$$", "$");
    }

    /** The site configuration with the upstream at the given loopback ports and nginx on {@code listen}. */
    static String onLoopback(String site, int listen, List<Integer> appPorts) {
        Matcher server = UPSTREAM_SERVER.matcher(site);
        assertThat(server.find()).as("docker-compose.yml's upstream names the app service").isTrue();
        String parameters = server.group(2);
        String servers = appPorts.stream().map(port -> "server 127.0.0.1:" + port + parameters + ";")
                .collect(Collectors.joining("\n          "));
        String rewritten = server.replaceFirst(Matcher.quoteReplacement(servers));
        assertThat(UPSTREAM_SERVER.matcher(rewritten).find()).as("one upstream server line in the file").isFalse();
        Matcher port = LISTEN.matcher(rewritten);
        assertThat(port.find()).as("docker-compose.yml's nginx listens on port 80").isTrue();
        return port.replaceFirst("listen 127.0.0.1:" + listen);
    }

    static ComposeNginx start(Path composeFile, Path prefix, int listen, List<Integer> appPorts) throws IOException {
        Files.createDirectories(prefix.resolve("temp"));
        String site = onLoopback(siteConfiguration(composeFile), listen, appPorts);
        Path temp = prefix.resolve("temp");
        String conf = String.join("\n",
                "worker_processes 1;",
                "events { worker_connections 512; }",
                "http {",
                "  access_log off;",
                "  client_body_temp_path " + temp.resolve("body") + ";",
                "  proxy_temp_path " + temp.resolve("proxy") + ";",
                "  fastcgi_temp_path " + temp.resolve("fastcgi") + ";",
                "  uwsgi_temp_path " + temp.resolve("uwsgi") + ";",
                "  scgi_temp_path " + temp.resolve("scgi") + ";",
                site,
                "}", "");
        Path file = prefix.resolve("nginx.conf");
        Files.writeString(file, conf);
        String nginx = Files.isExecutable(Path.of("/usr/sbin/nginx")) ? "/usr/sbin/nginx" : "nginx";
        Process process;
        try {
            process = new ProcessBuilder(nginx, "-p", prefix + "/", "-c", file.toString(), "-e",
                    prefix.resolve("error.log").toString(), "-g", "daemon off; pid " + prefix.resolve("nginx.pid") + ";")
                    .redirectErrorStream(true).redirectOutput(prefix.resolve("nginx.out").toFile()).start();
        } catch (IOException e) {
            throw new AssertionError("nginx is missing: install Debian's nginx (apt-get install nginx; .ci/run does)", e);
        }
        return new ComposeNginx(process, prefix);
    }

    boolean alive() {
        return process.isAlive();
    }

    String log() {
        try {
            Path out = prefix.resolve("nginx.out");
            Path errors = prefix.resolve("error.log");
            return (Files.exists(out) ? Files.readString(out) : "") + (Files.exists(errors) ? Files.readString(errors) : "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy(); // SIGTERM: nginx's fast shutdown
        if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
