package dk.aarhus.sistercities.linkcheck;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the links are checked. Off unless an operator turns it on ({@code prod} does), so a local run, a
 * benchmark or a test never sends a request to anyone else's server.
 *
 * @param enabled      whether rounds run, on the schedule and from the report's button
 * @param interval     the time between two scheduled rounds
 * @param initialDelay the time from start to the first scheduled round
 * @param timeout      how long to wait for a connection, and again for the answer's status line and headers
 * @param pause        the pause between two requests to the same host
 * @param hosts        how many hosts are checked at the same time (each of them one request at a time)
 */
@ConfigurationProperties("sistercities.link-check")
public record LinkCheckProperties(
        @DefaultValue("false") boolean enabled,
        @DefaultValue("24h") Duration interval,
        @DefaultValue("10m") Duration initialDelay,
        @DefaultValue("10s") Duration timeout,
        @DefaultValue("1s") Duration pause,
        @DefaultValue("4") int hosts) {

    /** The settings of a round, with the User-Agent that names the site. */
    LinkChecker.Settings settings(String userAgent) {
        return new LinkChecker.Settings(timeout, pause, Math.max(1, hosts), userAgent, java.util.Set.of());
    }
}
