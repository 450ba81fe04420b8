package dk.aarhus.sistercities.seed;

import dk.aarhus.sistercities.BeforeServing;
import org.springframework.stereotype.Component;

/** Loads the seed into an empty database before the web server takes its first request. */
@Component
class SeedBeforeServing extends BeforeServing {

    private final ContentSeeder seeder;

    SeedBeforeServing(ContentSeeder seeder) {
        this.seeder = seeder;
    }

    @Override
    protected void prepare() {
        seeder.seedIfEmpty();
    }
}
