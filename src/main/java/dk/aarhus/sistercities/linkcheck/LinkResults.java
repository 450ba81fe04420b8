package dk.aarhus.sistercities.linkcheck;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The stored outcomes of the latest round. */
@Service
class LinkResults {

    private final LinkCheckRepository checks;

    LinkResults(LinkCheckRepository checks) {
        this.checks = checks;
    }

    /** Replaces the previous round's outcomes with these, in one transaction. */
    @Transactional
    public void replace(List<LinkChecker.Outcome> outcomes) {
        checks.deleteAllInBatch();
        checks.saveAll(outcomes.stream().map(LinkCheck::new).toList());
    }

    /** Every outcome by its address. */
    @Transactional(readOnly = true)
    public Map<String, LinkCheck> byUrl() {
        Map<String, LinkCheck> found = new HashMap<>();
        checks.findAll().forEach(c -> found.put(c.getUrl(), c));
        return found;
    }

    @Transactional(readOnly = true)
    public Optional<Instant> lastChecked() {
        return checks.lastChecked();
    }
}
