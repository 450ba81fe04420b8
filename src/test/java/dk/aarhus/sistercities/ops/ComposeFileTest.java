package dk.aarhus.sistercities.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.core.env.PropertiesPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.util.unit.DataSize;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * No Docker engine runs where the tests run, so this reads docker-compose.yml and checks what it
 * promises: PostgreSQL with a named volume, the image the build makes in two replicas, nginx in front of
 * the app's port, health checks for all three, and only variables the site really reads, which make a
 * configuration the prod profile accepts.
 */
class ComposeFileTest {

    private static final Path ROOT = Path.of("").toAbsolutePath();
    private static final Path RESOURCES = ROOT.resolve("src/main/resources");
    /** {@code ${NAME:?message}} (required) and {@code ${NAME:-default}}, as Compose interpolates them. */
    private static final Pattern INTERPOLATION = Pattern.compile("\\$\\{([A-Z0-9_]+)(?::([?-])([^}]*))?}");

    private final Map<String, Object> compose = load();

    @SuppressWarnings("unchecked")
    private static Map<String, Object> load() {
        try {
            return new Yaml().load(Files.readString(ROOT.resolve("docker-compose.yml")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return value == null ? Map.of() : (Map<String, Object>) value;
    }

    private Map<String, Object> service(String name) {
        Map<String, Object> service = map(map(compose.get("services")).get(name));
        assertThat(service).as("service " + name).isNotEmpty();
        return service;
    }

    private Map<String, String> environment(String service) {
        Map<String, String> environment = new LinkedHashMap<>();
        map(service(service).get("environment")).forEach((k, v) -> environment.put(k, String.valueOf(v)));
        return environment;
    }

    /** What the README tells the operator to export before {@code docker compose up -d}. */
    private static final Map<String, String> EXPORTED = Map.of(
            "SISTERCITIES_SITE_URL", "https://venskabsbyer.example.dk",
            "SISTERCITIES_ADMIN_PASSWORD", "a long passphrase of your own",
            "SISTERCITIES_DB_PASSWORD", "another long secret",
            "SISTERCITIES_ACCESSIBILITY_STATEMENT_URL", "https://www.was.digst.dk/venskabsbyer-example-dk");

    /** The app's environment as Compose would pass it, with {@code exported} in the shell's environment. */
    private Map<String, Object> interpolatedAppEnvironment(Map<String, String> exported) {
        Map<String, Object> result = new HashMap<>();
        environment("app").forEach((name, value) -> {
            Matcher m = INTERPOLATION.matcher(value);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                String given = exported.get(m.group(1));
                if (given == null && "?".equals(m.group(2))) {
                    throw new AssertionError("Compose refuses to start without " + m.group(1));
                }
                String replacement = given != null ? given : m.group(3) == null ? "" : m.group(3);
                m.appendReplacement(out, Matcher.quoteReplacement(replacement));
            }
            m.appendTail(out);
            result.put(name, out.toString());
        });
        return result;
    }

    private StandardEnvironment productionEnvironment(Map<String, String> exported) throws IOException {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
        environment.getPropertySources().addFirst(new SystemEnvironmentPropertySource("compose",
                interpolatedAppEnvironment(exported)));
        environment.getPropertySources().addLast(new PropertiesPropertySource("prod", properties("application-prod.properties")));
        environment.getPropertySources().addLast(new PropertiesPropertySource("postgres",
                properties("application-postgres.properties")));
        environment.getPropertySources().addLast(new PropertiesPropertySource("default", properties("application.properties")));
        return environment;
    }

    @Test
    void postgresKeepsItsDataInANamedVolumeAndHasAHealthCheck() {
        Map<String, Object> postgres = service("postgres");
        assertThat(String.valueOf(postgres.get("image"))).startsWith("postgres:");
        List<Object> volumes = List.copyOf((List<?>) postgres.get("volumes"));
        assertThat(volumes).contains("postgres-data:/var/lib/postgresql/data");
        assertThat(map(compose.get("volumes"))).containsKey("postgres-data");
        assertThat(String.valueOf(map(postgres.get("healthcheck")).get("test"))).contains("pg_isready");
    }

    @Test
    void theAppIsTheImageTheBuildMakesInTwoReplicasWithAHealthCheck() throws IOException {
        Map<String, Object> app = service("app");
        String pom = Files.readString(ROOT.resolve("pom.xml"));
        Matcher tag = Pattern.compile("<tag>([^<]+)</tag>").matcher(pom);
        assertThat(tag.find()).as("an image tag in the spring-boot-maven-plugin's configuration").isTrue();
        assertThat(app.get("image")).isEqualTo(tag.group(1));
        assertThat(pom).contains("<BP_HEALTH_CHECKER_ENABLED>true</BP_HEALTH_CHECKER_ENABLED>");
        assertThat(app).doesNotContainKey("build").doesNotContainKey("ports");
        assertThat(map(app.get("deploy")).get("replicas")).isEqualTo(2);
        assertThat(map(map(app.get("depends_on")).get("postgres")).get("condition")).isEqualTo("service_healthy");

        assertThat(map(app.get("healthcheck")).get("test")).isEqualTo(List.of("CMD", "/workspace/health-check"));
        Map<String, String> environment = environment("app");
        assertThat(environment.get("THC_PATH")).isEqualTo("/readyz");
        assertThat(environment.get("THC_PORT")).isEqualTo(String.valueOf(appPort()));
    }

    @Test
    void nginxBalancesBetweenTheReplicasOnTheAppsPortAndHasAHealthCheck() throws IOException {
        Map<String, Object> nginx = service("nginx");
        assertThat(String.valueOf(nginx.get("image"))).startsWith("nginx:");
        assertThat(List.<Object>copyOf((List<?>) nginx.get("ports"))).contains("80:80");
        assertThat(map(map(nginx.get("depends_on")).get("app")).get("condition")).isEqualTo("service_healthy");
        assertThat(String.valueOf(map(nginx.get("healthcheck")).get("test"))).contains("/readyz");

        List<?> configs = (List<?>) nginx.get("configs");
        Map<String, Object> mounted = map(configs.get(0));
        assertThat(mounted.get("target")).isEqualTo("/etc/nginx/conf.d/default.conf");
        String conf = String.valueOf(map(map(compose.get("configs")).get(mounted.get("source"))).get("content"));

        Matcher upstream = Pattern.compile("upstream\\s+([\\w-]+)\\s*\\{([^}]*)}").matcher(conf);
        assertThat(upstream.find()).as("an upstream block in the nginx configuration").isTrue();
        Matcher server = Pattern.compile("server\\s+([\\w.-]+):(\\d+)").matcher(upstream.group(2));
        assertThat(server.find()).isTrue();
        assertThat(server.group(1)).as("the upstream's host is the app service").isEqualTo("app");
        assertThat(Integer.parseInt(server.group(2))).as("the upstream's port is the app's").isEqualTo(appPort());
        assertThat(conf).contains("proxy_pass http://" + upstream.group(1) + ";");
        // nginx writes Compose's escaped `$$` as one `$`: no variable left for Compose to swallow.
        assertThat(conf.replace("$$", "")).doesNotContain("$");

        // An upload a little larger than the site accepts still reaches the app, whose form says it is too large.
        Matcher bodySize = Pattern.compile("client_max_body_size\\s+(\\d+)m;").matcher(conf);
        assertThat(bodySize.find()).isTrue();
        DataSize requestLimit = DataSize.parse(properties("application.properties")
                .getProperty("spring.servlet.multipart.max-request-size"));
        assertThat(DataSize.ofMegabytes(Long.parseLong(bodySize.group(1)))).isGreaterThan(requestLimit);
    }

    @Test
    void nginxLimitsLoginTriesAndForwardsOnlyItsOwnValues() {
        String conf = String.valueOf(map(map(compose.get("configs")).get("nginx-site")).get("content"))
                .replace("$$", "$");
        Matcher zone = Pattern.compile("limit_req_zone\\s+\\$(\\w+)\\s+zone=(\\w+):").matcher(conf);
        assertThat(zone.find()).as("a limit_req zone").isTrue();
        Matcher key = Pattern.compile("map \\$request_method \\$" + zone.group(1) + " \\{([^}]*)}").matcher(conf);
        assertThat(key.find()).as("the zone's key: the address of a POST, nothing for other methods").isTrue();
        assertThat(key.group(1)).contains("POST $binary_remote_addr;", "default \"\";");
        Matcher login = Pattern.compile("location ~ \\^/login\\(/\\|\\$\\) \\{([^}]*)}").matcher(conf);
        assertThat(login.find()).as("a location for /login, /login/code and /login/recovery").isTrue();
        assertThat(login.group(1)).contains("limit_req zone=" + zone.group(2) + " ", "proxy_pass http://");

        // A client's own X-Forwarded-Host, -Port or Forwarded never reach the app; its scheme only as http(s).
        assertThat(conf).contains("proxy_set_header X-Forwarded-Host $host;", "proxy_set_header X-Forwarded-Port \"\";",
                "proxy_set_header Forwarded \"\";", "proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;",
                "proxy_set_header X-Forwarded-Proto $forwarded_proto;");
        Matcher proto = Pattern.compile("map \\$http_x_forwarded_proto \\$forwarded_proto \\{([^}]*)}").matcher(conf);
        assertThat(proto.find()).isTrue();
        assertThat(proto.group(1).lines().map(String::strip).filter(line -> !line.isEmpty()).toList())
                .containsExactlyInAnyOrder("default $scheme;", "https https;", "http http;");
    }

    @Test
    void theAppTrustsForwardedHeadersFromNginxAndFromNoOtherContainer() {
        Map<String, Object> nginxNetworks = map(service("nginx").get("networks"));
        assertThat(nginxNetworks).as("nginx has a fixed address on the site's network").containsKey("site");
        String nginxAddress = String.valueOf(map(nginxNetworks.get("site")).get("ipv4_address"));
        String subnet = String.valueOf(map(((List<?>) map(map(map(compose.get("networks")).get("site")).get("ipam"))
                .get("config")).get(0)).get("subnet"));
        assertThat(subnet).as("nginx's address is in the network's subnet")
                .startsWith(nginxAddress.substring(0, nginxAddress.lastIndexOf('.') + 1));

        Pattern trusted = Pattern.compile(environment("app").get("SISTERCITIES_TRUSTED_PROXIES"));
        assertThat(trusted.matcher(nginxAddress).matches()).as("the app trusts nginx").isTrue();
        for (String other : List.of("172.28.0.2", "172.28.0.11", "172.28.0.100", "10.0.0.10")) {
            assertThat(trusted.matcher(other).matches()).as("the app trusts no other sender: " + other).isFalse();
        }
        for (String service : List.of("app", "postgres")) {
            assertThat(List.<Object>copyOf((List<?>) service(service).get("networks"))).as(service).contains("site");
        }
    }

    @Test
    void everyVariableGivenToTheAppIsOneTheAppReads() throws IOException {
        Map<String, String> environment = environment("app");
        Set<String> profiles = new HashSet<>(Arrays.asList(environment.getOrDefault("SPRING_PROFILES_ACTIVE", "")
                .split(",")));
        assertThat(profiles).contains("prod", "postgres");
        for (String profile : profiles) {
            assertThat(RESOURCES.resolve("application-" + profile + ".properties")).as("profile " + profile).exists();
        }

        Set<String> known = knownProperties();
        Map<String, String> placeholders = placeholders();
        List<String> unread = new ArrayList<>();
        for (String name : environment.keySet()) {
            if (!name.matches("(SISTERCITIES|SPRING|SERVER|MANAGEMENT|LOGGING)_.*")) {
                continue;
            }
            boolean read = placeholders.containsKey(name)
                    ? placeholders.get(name).isEmpty() || profiles.contains(placeholders.get(name))
                    : known.contains(canonical(name));
            if (!read) {
                unread.add(name);
            }
        }
        assertThat(unread).as("variables set in docker-compose.yml that the site does not read").isEmpty();
        assertThat(environment).containsKeys("SISTERCITIES_DB_URL", "SISTERCITIES_DB_PASSWORD",
                "SISTERCITIES_ADMIN_PASSWORD", "SISTERCITIES_SITE_URL");
        for (String secret : List.of("SISTERCITIES_ADMIN_PASSWORD", "SISTERCITIES_DB_PASSWORD", "SISTERCITIES_SITE_URL")) {
            String value = environment.get(secret);
            assertThat(value.equals("${" + secret + ":-}") || value.startsWith("${" + secret + ":?"))
                    .as(secret + " has no default value: " + value).isTrue();
        }
    }

    @Test
    void theComposeConfigurationIsOneTheProdProfileAccepts() throws IOException {
        StandardEnvironment environment = productionEnvironment(EXPORTED);
        assertThat(environment.getProperty("spring.datasource.url")).isEqualTo("jdbc:postgresql://postgres:5432/sistercities");
        assertThat(environment.getProperty("management.server.port")).isEqualTo("8081");
        assertThat(ProductionSettings.problems(environment)).isEmpty();
    }

    @Test
    void withoutTheSecretsTheAppRefusesToStartAndSaysWhatIsMissing() throws IOException {
        List<String> problems = ProductionSettings.problems(productionEnvironment(Map.of()));
        assertThat(String.join("\n", problems)).contains("SISTERCITIES_SITE_URL", "SISTERCITIES_ADMIN_PASSWORD",
                "SISTERCITIES_DB_PASSWORD", "SISTERCITIES_ACCESSIBILITY_STATEMENT_URL");
        assertThat(problems).hasSize(4);
    }

    /** The port the app listens on in the stack: SERVER_PORT if the file sets it, else the site's default. */
    private int appPort() throws IOException {
        String port = environment("app").getOrDefault("SERVER_PORT",
                properties("application.properties").getProperty("server.port", "8080"));
        return Integer.parseInt(port);
    }

    private static Properties properties(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(RESOURCES.resolve(name))) {
            properties.load(in);
        }
        return properties;
    }

    /** Lower case, letters and digits only: how relaxed binding matches SISTERCITIES_SITE_URL to sistercities.site-url. */
    private static String canonical(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    /**
     * Every property the site reads: Spring Boot's (from the configuration metadata in its jars), those
     * in the site's properties files, its {@code @Value} keys and its {@code @ConfigurationProperties}.
     */
    private static Set<String> knownProperties() throws IOException {
        Set<String> known = new HashSet<>();
        JsonMapper json = JsonMapper.builder().build();
        for (String resource : List.of("META-INF/spring-configuration-metadata.json",
                "META-INF/additional-spring-configuration-metadata.json")) {
            for (URL url : Collections.list(ComposeFileTest.class.getClassLoader().getResources(resource))) {
                try (InputStream in = url.openStream()) {
                    JsonNode properties = json.readTree(in).get("properties");
                    if (properties != null) {
                        properties.forEach(p -> known.add(canonical(p.get("name").asString())));
                    }
                }
            }
        }
        assertThat(known).as("Spring Boot's configuration metadata").contains(canonical("spring.profiles.active"),
                canonical("management.server.port"));
        try (Stream<Path> files = Files.list(RESOURCES)) {
            for (Path file : files.filter(f -> f.getFileName().toString().matches("application.*\\.properties")).toList()) {
                Properties properties = new Properties();
                try (InputStream in = Files.newInputStream(file)) {
                    properties.load(in);
                }
                properties.stringPropertyNames().forEach(key -> known.add(canonical(key)));
            }
        }
        Pattern value = Pattern.compile("@Value\\(\"\\$\\{([a-z0-9.-]+)");
        Pattern configurationProperties = Pattern.compile(
                "@ConfigurationProperties\\(\"([a-z0-9.-]+)\"\\)\\s*(?:public\\s+)?record\\s+\\w+\\(([^)]*)\\)");
        try (Stream<Path> sources = Files.walk(ROOT.resolve("src/main/java"))) {
            for (Path source : sources.filter(f -> f.toString().endsWith(".java")).toList()) {
                String text = Files.readString(source);
                Matcher v = value.matcher(text);
                while (v.find()) {
                    known.add(canonical(v.group(1)));
                }
                Matcher c = configurationProperties.matcher(text);
                while (c.find()) {
                    for (String component : c.group(2).split(",")) {
                        String[] words = component.strip().split("\\s+");
                        known.add(canonical(c.group(1) + "." + words[words.length - 1]));
                    }
                }
            }
        }
        return known;
    }

    /** Variables the properties files read by name ({@code ${SISTERCITIES_DB_URL:…}}), with the profile of the file ("" for all). */
    private static Map<String, String> placeholders() throws IOException {
        Map<String, String> placeholders = new HashMap<>();
        Pattern placeholder = Pattern.compile("\\$\\{([A-Z0-9_]+)");
        try (Stream<Path> files = Files.list(RESOURCES)) {
            for (Path file : files.filter(f -> f.getFileName().toString().matches("application.*\\.properties")).toList()) {
                String name = file.getFileName().toString();
                String profile = name.startsWith("application-") ? name.substring(12, name.length() - 11) : "";
                Matcher m = placeholder.matcher(Files.readString(file));
                while (m.find()) {
                    placeholders.merge(m.group(1), profile, (a, b) -> a.isEmpty() || b.isEmpty() ? "" : a);
                }
            }
        }
        return placeholders;
    }
}
