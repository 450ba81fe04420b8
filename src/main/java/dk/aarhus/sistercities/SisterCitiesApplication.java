package dk.aarhus.sistercities;

import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

@SpringBootApplication
public class SisterCitiesApplication {

    public static void main(String[] args) {
        SpringApplication.run(SisterCitiesApplication.class, args);
    }

    /** The one source of the time (revisions, audit, throttling, caching); tests replace it to move time on. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
