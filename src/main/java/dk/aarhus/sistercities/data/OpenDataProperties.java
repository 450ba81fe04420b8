package dk.aarhus.sistercities.data;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The open data's licence, as the City decides it. Until an editor or operator sets it, the data page says
 * that no licence has been given yet and whom to ask; the site never names a licence of its own accord.
 *
 * @param licenseName the licence's name as readers know it (e.g. a Creative Commons licence), or empty
 * @param licenseUrl the licence's text, or empty
 */
@ConfigurationProperties("sistercities.open-data")
public record OpenDataProperties(String licenseName, URI licenseUrl) {

    public boolean licensed() {
        return licenseName != null && !licenseName.isBlank();
    }
}
