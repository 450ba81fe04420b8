package dk.aarhus.sistercities;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class SisterCitiesApplication {

    public static void main(String[] args) {
        SpringApplication.run(SisterCitiesApplication.class, args);
    }
}
