package dk.aarhus.sistercities;

import java.time.Clock;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

@SpringBootApplication
public class SisterCitiesApplication {

    public static void main(String[] args) {
        SpringApplication.run(SisterCitiesApplication.class, args);
    }

    /** Repositories as proxies found on first use, so the start wires the site while Hibernate boots. */
    @Bean
    static BeanFactoryPostProcessor lazyRepositories() {
        return LazyRepositories.installer();
    }

    /** The one source of the time (revisions, audit, throttling, caching); tests replace it to move time on. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
