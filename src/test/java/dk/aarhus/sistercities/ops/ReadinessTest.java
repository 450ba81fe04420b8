package dk.aarhus.sistercities.ops;

import static org.assertj.core.api.Assertions.assertThat;

import dk.aarhus.sistercities.SisterCitiesApplication;
import dk.aarhus.sistercities.support.FullAppTest;
import dk.aarhus.sistercities.support.Http;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A load balancer must stop sending citizens to an instance that lost its database, without the
 * instance being restarted for it: readiness goes down, liveness stays up.
 */
@Tag(FullAppTest.TAG)
class ReadinessTest {

    @Test
    void anInstanceWithoutItsDatabaseIsAliveButNotReady() throws Exception {
        String name = "readiness-" + UUID.randomUUID();
        // The database exists while this connection holds it; the app may not create a new one once it is gone.
        try (Connection holder = DriverManager.getConnection("jdbc:h2:mem:" + name, "sa", "")) {
            try (ConfigurableApplicationContext app = new SpringApplicationBuilder(SisterCitiesApplication.class).run(
                    "--server.port=0", "--spring.jmx.enabled=false",
                    // H2 in both test runs: this is about a database going away, not about which one.
                    "--spring.datasource.url=jdbc:h2:mem:" + name + ";IFEXISTS=TRUE",
                    "--spring.datasource.username=sa", "--spring.datasource.password=",
                    "--spring.datasource.hikari.connection-timeout=1000",
                    "--spring.datasource.hikari.validation-timeout=500")) {
                Http site = new Http(((WebServerApplicationContext) app).getWebServer().getPort());
                assertThat(site.get("/readyz").statusCode()).isEqualTo(200);
                assertThat(site.get("/livez").statusCode()).isEqualTo(200);

                holder.createStatement().execute("SHUTDOWN");

                HttpResponse<String> readiness = site.get("/readyz");
                assertThat(readiness.statusCode()).isEqualTo(503);
                assertThat(readiness.body()).contains("\"status\":\"DOWN\"");
                assertThat(site.get("/livez").statusCode()).isEqualTo(200);
            }
        }
    }
}
