package dk.aarhus.sistercities.linkcheck;

import dk.aarhus.sistercities.content.Language;
import dk.aarhus.sistercities.content.SiteProperties;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * One round: every address the content uses, checked once, and the outcomes stored in place of the previous
 * round's. One round at a time per instance. It sends requests whenever it is called: whether checking is on is
 * for its callers ({@link BackgroundCheck}); tests call it with settings of their own.
 */
@Service
class LinkCheckRound {

    private static final Logger log = LoggerFactory.getLogger(LinkCheckRound.class);

    private final LinkInventory inventory;
    private final LinkChecker checker;
    private final LinkResults results;
    private final SiteProperties site;
    private final AtomicBoolean running = new AtomicBoolean();

    LinkCheckRound(LinkInventory inventory, LinkChecker checker, LinkResults results, SiteProperties site) {
        this.inventory = inventory;
        this.checker = checker;
        this.results = results;
        this.site = site;
    }

    /** "AarhusVenskabsbyer-Linkcheck/1.0 (+https://…)": who asks, and where to find out about it. */
    String userAgent() {
        return "AarhusVenskabsbyer-Linkcheck/1.0 (+" + site.siteUrl() + ")";
    }

    /** Runs a round unless one is running; false when one was (or this one was interrupted). */
    boolean run(LinkChecker.Settings settings) {
        if (!running.compareAndSet(false, true)) {
            return false;
        }
        try {
            List<String> urls = inventory.uses(Language.DEFAULT).stream().map(LinkUse::url).distinct().toList();
            long start = System.nanoTime();
            List<LinkChecker.Outcome> outcomes = checker.check(urls, settings);
            results.replace(outcomes);
            log.info("Link check: {} addresses in {} s, {} broken, {} redirected", outcomes.size(),
                    (System.nanoTime() - start) / 1_000_000_000,
                    outcomes.stream().filter(o -> o.status().broken()).count(),
                    outcomes.stream().filter(o -> o.status() == LinkStatus.REDIRECTED).count());
            return true;
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            running.set(false);
        }
    }

    boolean running() {
        return running.get();
    }
}
