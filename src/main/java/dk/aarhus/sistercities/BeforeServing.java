package dk.aarhus.sistercities;

import org.springframework.context.SmartLifecycle;

/**
 * Work done while the application starts, before the web server takes its first request: lifecycle
 * beans start in phase order, this phase first, the web server late. The first citizen or editor
 * then finds the site ready (its content, its first administrator), never half-made.
 */
public abstract class BeforeServing implements SmartLifecycle {

    private volatile boolean running;

    /** The work; an exception stops the application from starting. */
    protected abstract void prepare();

    @Override
    public void start() {
        prepare();
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
