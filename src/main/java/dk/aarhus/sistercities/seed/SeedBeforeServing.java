package dk.aarhus.sistercities.seed;

import dk.aarhus.sistercities.BeforeServing;
import org.springframework.stereotype.Component;

/**
 * Loads the seed into an empty database, or brings a database seeded by an earlier release up to date,
 * before the web server takes its first request.
 */
@Component
class SeedBeforeServing extends BeforeServing {

    private final ContentSeeder seeder;
    private final ContentUpdate update;

    SeedBeforeServing(ContentSeeder seeder, ContentUpdate update) {
        this.seeder = seeder;
        this.update = update;
    }

    @Override
    protected void prepare() {
        seeder.seedIfEmpty();
        update.applyOnce();
    }
}
