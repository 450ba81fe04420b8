package dk.aarhus.sistercities.seed;

import static org.assertj.core.api.Assertions.assertThat;

import dk.aarhus.sistercities.city.CityRepository;
import dk.aarhus.sistercities.support.Http;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The seed is in the database before the web server takes its first request, and loading it moves
 * the content generation on: a citizen who comes while the site starts never sees an empty
 * overview, and no instance keeps a page rendered before the seed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SeedBeforeServingTest {

    @TestConfiguration(proxyBeanMethods = false)
    static class CitiesWhenTheServerOpened {

        final AtomicLong count = new AtomicLong(-1);

        @EventListener
        void serverOpened(WebServerInitializedEvent event) {
            count.set(event.getApplicationContext().getBean(CityRepository.class).count());
        }

        @Bean
        AtomicLong citiesWhenTheServerOpened() {
            return count;
        }
    }

    @Autowired
    AtomicLong citiesWhenTheServerOpened;

    @Autowired
    JdbcTemplate jdbc;

    @LocalServerPort
    int port;

    @Test
    void theSeedIsLoadedBeforeTheServerOpensAndMovesTheContentGenerationOn() {
        assertThat(citiesWhenTheServerOpened.get()).isEqualTo(13);
        assertThat(jdbc.queryForObject("select generation from content_generation where id = 1", Long.class))
                .isPositive();
        assertThat(jdbc.queryForObject("select count(*) from audit_log where event = 'CONTENT_SEEDED'", Long.class))
                .isEqualTo(1);
        assertThat(new Http(port).page("/en").select(".card")).hasSize(13);
    }
}
