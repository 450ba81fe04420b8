package dk.aarhus.sistercities.seed;

import static org.assertj.core.api.Assertions.assertThat;

import dk.aarhus.sistercities.city.CityRepository;
import dk.aarhus.sistercities.support.FullAppTest;
import dk.aarhus.sistercities.support.Http;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * The seed and the first administrator are in the database before the web server takes its first
 * request, and loading the seed moves
 * the content generation on: a citizen who comes while the site starts never sees an empty
 * overview, and no instance keeps a page rendered before the seed, or before its asset addresses carry their hash.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Tag(FullAppTest.TAG)
class ReadyBeforeServingTest {

    @TestConfiguration(proxyBeanMethods = false)
    static class CitiesWhenTheServerOpened {

        final AtomicLong cities = new AtomicLong(-1);
        final AtomicLong administrators = new AtomicLong(-1);
        final AtomicReference<String> stylesheet = new AtomicReference<>();

        @EventListener
        void serverOpened(WebServerInitializedEvent event) {
            cities.set(event.getApplicationContext().getBean(CityRepository.class).count());
            administrators.set(event.getApplicationContext().getBean(JdbcTemplate.class)
                    .queryForObject("select count(*) from account where role = 'ADMIN'", Long.class));
            if (event.getApplicationContext().getServerNamespace() == null) { // the site's server, not the management port's
                stylesheet.set(event.getApplicationContext().getBean(ResourceUrlProvider.class)
                        .getForLookupPath("/css/site.css"));
            }
        }

        @Bean
        AtomicReference<String> stylesheetWhenTheServerOpened() {
            return stylesheet;
        }

        @Bean
        AtomicLong citiesWhenTheServerOpened() {
            return cities;
        }

        @Bean
        AtomicLong administratorsWhenTheServerOpened() {
            return administrators;
        }
    }

    @Autowired
    AtomicLong citiesWhenTheServerOpened;

    @Autowired
    AtomicLong administratorsWhenTheServerOpened;

    @Autowired
    AtomicReference<String> stylesheetWhenTheServerOpened;

    @Autowired
    JdbcTemplate jdbc;

    @LocalServerPort
    int port;

    @Test
    void theSeedIsLoadedBeforeTheServerOpensAndMovesTheContentGenerationOn() {
        assertThat(citiesWhenTheServerOpened.get()).isEqualTo(15);
        assertThat(administratorsWhenTheServerOpened.get()).as("the first administrator, for the first login").isEqualTo(1);
        assertThat(jdbc.queryForObject("select generation from content_generation where id = 1", Long.class))
                .isPositive();
        assertThat(jdbc.queryForObject("select count(*) from audit_log where event = 'CONTENT_SEEDED'", Long.class))
                .isEqualTo(1);
        assertThat(new Http(port).page("/en").select(".card")).hasSize(15);
    }

    /** A page rendered at once, and kept by the page cache, links the assets by their hashed names. */
    @Test
    void assetAddressesCarryTheirHashBeforeTheServerOpens() {
        assertThat(stylesheetWhenTheServerOpened.get()).matches("/css/site-[0-9a-f]{32}\\.css");
    }
}
