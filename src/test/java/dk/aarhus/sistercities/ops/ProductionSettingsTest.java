package dk.aarhus.sistercities.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.aarhus.sistercities.SisterCitiesApplication;
import dk.aarhus.sistercities.support.FullAppTest;
import dk.aarhus.sistercities.support.Http;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/** The prod profile refuses to start on an insecure setting, and names every one at once. */
@Tag(FullAppTest.TAG)
class ProductionSettingsTest {

    /** What a correct production configuration sets (application-prod.properties adds the cookie flag). */
    private static Map<String, Object> secure() {
        Map<String, Object> settings = new HashMap<>();
        settings.put("sistercities.admin.password", "Harbour lanterns over the bay 1946");
        settings.put("sistercities.site-url", "https://sistercities.aarhus.dk");
        settings.put("server.servlet.session.cookie.secure", "true");
        settings.put("management.server.port", "8081");
        settings.put("management.endpoints.web.exposure.include", "health,info,prometheus");
        settings.put("spring.datasource.url", "jdbc:postgresql://db:5432/sistercities");
        settings.put("spring.datasource.password", "a-long-database-secret");
        settings.put("sistercities.accessibility-statement-url", "https://www.was.digst.dk/venskabsbyer-example-dk");
        settings.put("sistercities.second-factor.required", "administrators");
        return settings;
    }

    private static List<String> problems(Map<String, Object> settings) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test", settings));
        return ProductionSettings.problems(environment);
    }

    @Test
    void aSecureConfigurationHasNoProblems() {
        assertThat(problems(secure())).isEmpty();
    }

    @Test
    void everyInsecureSettingIsNamedWithWhatToChange() {
        Map<String, Object> settings = secure();
        settings.put("spring.h2.console.enabled", "true");
        settings.put("sistercities.admin.password", "ChangeMe");
        settings.put("sistercities.site-url", "http://sistercities.aarhus.dk");
        settings.put("server.servlet.session.cookie.secure", "false");
        settings.put("server.error.include-stacktrace", "always");
        settings.put("management.server.port", "8080");
        settings.put("management.endpoints.web.exposure.include", "health,env,heapdump");
        settings.put("spring.datasource.password", "sistercities");
        List<String> problems = problems(settings);
        assertThat(problems).hasSize(8);
        assertThat(String.join("\n", problems)).contains("SPRING_H2_CONSOLE_ENABLED", "demo password",
                "SISTERCITIES_SITE_URL", "SERVER_SERVLET_SESSION_COOKIE_SECURE", "server.error.include-stacktrace",
                "SISTERCITIES_MANAGEMENT_PORT", "exposes env, heapdump", "the postgres profile's default");
    }

    @Test
    void aMissingAdministratorPasswordAndAnEmptyDatabasePasswordAreProblems() {
        Map<String, Object> settings = secure();
        settings.remove("sistercities.admin.password");
        settings.put("spring.datasource.password", "");
        assertThat(problems(settings)).hasSize(2)
                .anyMatch(p -> p.contains("No password is set for the first administrator"))
                .anyMatch(p -> p.contains("database password") && p.contains("empty"));
    }

    /** The default points at the WAS tool's portal, which is no site's statement: production must name its own. */
    @Test
    void theWasPortalIsNotAnAccessibilityStatement() {
        for (String portal : List.of("https://www.was.digst.dk/", "https://www.was.digst.dk", "http://was.digst.dk/",
                "HTTPS://WWW.WAS.DIGST.DK/?lang=da", "")) {
            Map<String, Object> settings = secure();
            settings.put("sistercities.accessibility-statement-url", portal);
            assertThat(problems(settings)).as(portal).singleElement().asString()
                    .contains("SISTERCITIES_ACCESSIBILITY_STATEMENT_URL", "this site's",
                            "not the portal's front page");
        }
    }

    @Test
    void administratorsMustHaveASecondFactor() {
        Map<String, Object> settings = secure();
        settings.put("sistercities.second-factor.required", "none");
        assertThat(problems(settings)).singleElement().asString()
                .contains("SISTERCITIES_SECOND_FACTOR_REQUIRED", "administrators");
        settings.put("sistercities.second-factor.required", "everyone");
        assertThat(problems(settings)).isEmpty();
    }

    @Test
    void theEmbeddedDatabaseNeedsNoPassword() {
        Map<String, Object> settings = secure();
        settings.put("spring.datasource.url", "jdbc:h2:file:./data/sistercities");
        settings.put("spring.datasource.password", "");
        assertThat(problems(settings)).isEmpty();
    }

    @Test
    void theSiteDoesNotStartInProductionWithInsecureSettings() {
        assertThatThrownBy(() -> new SpringApplicationBuilder(SisterCitiesApplication.class).profiles("prod").run(
                "--server.port=0", "--spring.jmx.enabled=false", "--spring.h2.console.enabled=true",
                "--sistercities.site-url=http://localhost:8080",
                "--sistercities.accessibility-statement-url=https://www.was.digst.dk/venskabsbyer-example-dk",
                "--spring.datasource.url=jdbc:h2:mem:prod-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1"))
                .hasRootCauseInstanceOf(ProductionSettings.InsecureSettingsException.class)
                .rootCause().hasMessageContaining("2 insecure setting(s)")
                .hasMessageContaining("The H2 console is on").hasMessageContaining("not https://");
    }

    @Test
    void theSiteStartsInProductionWithSecureSettings() {
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(SisterCitiesApplication.class)
                .profiles("prod").run("--server.port=0", "--spring.jmx.enabled=false",
                        "--sistercities.site-url=https://sistercities.example",
                        "--sistercities.accessibility-statement-url=https://www.was.digst.dk/venskabsbyer-example-dk",
                        "--server.tomcat.accesslog.enabled=false",
                        "--spring.datasource.url=jdbc:h2:mem:prod-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1")) {
            Http site = new Http(((WebServerApplicationContext) app).getWebServer().getPort());
            assertThat(site.get("/en").statusCode()).isEqualTo(200);
            // Link checks are on in production: scheduled, the first round ten minutes after start (not in this test).
            assertThat(app.getBeansOfType(org.springframework.scheduling.config.ScheduledTaskHolder.class).values()
                    .stream().flatMap(h -> h.getScheduledTasks().stream()).map(Object::toString))
                    .anyMatch(task -> task.contains("linkcheck.LinkCheckSchedule.check"));
        }
    }
}
