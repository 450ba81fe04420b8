package dk.aarhus.sistercities.seed;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Loads the seed while the application starts, before the web server takes its first request
 * (lifecycle beans start in phase order, the web server in a late phase).
 */
@Component
class SeedBeforeServing implements SmartLifecycle {

    private final ContentSeeder seeder;
    private volatile boolean running;

    SeedBeforeServing(ContentSeeder seeder) {
        this.seeder = seeder;
    }

    @Override
    public void start() {
        seeder.seedIfEmpty();
        running = true;
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return Integer.MIN_VALUE;
    }
}
