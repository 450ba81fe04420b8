package dk.aarhus.sistercities.support;

import com.deque.html.axecore.providers.EmbeddedResourceAxeProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chromium.HasCdp;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * axe-core (Deque's engine, bundled in {@code com.deque.html.axe-core:selenium}) run in the browser on the
 * page it shows, against the WCAG 2.0, 2.1 and 2.2 A and AA rules.
 */
public final class Axe {

    public static final List<String> WCAG_22_AA =
            List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa");

    private static final String AXE_SOURCE = axeSource();
    /**
     * axe.run on the whole page with the given tags, answering only the violations, as one JSON string.
     * Called directly rather than through the library's AxeBuilder: its full results cost four times the
     * run itself to carry back and decode (measured: 1.2 to 1.9 s against 0.25 to 0.46 s a page).
     */
    private static final String RUN = """
            const tags = arguments[0], done = arguments[arguments.length - 1];
            axe.run(document, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations'], iframes: false})
                .then(r => done(JSON.stringify({violations: r.violations.map(v => ({id: v.id, impact: v.impact,
                        help: v.help, helpUrl: v.helpUrl, nodes: v.nodes.map(n => ({target: n.target, html: n.html,
                        failureSummary: n.failureSummary}))}))})))
                .catch(e => done(JSON.stringify({error: String(e)})));
            """;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final java.util.concurrent.atomic.AtomicLong RUNS = new java.util.concurrent.atomic.AtomicLong();
    private static final java.util.concurrent.atomic.AtomicLong NANOS = new java.util.concurrent.atomic.AtomicLong();
    /** Milliseconds per page checked, for the slowest pages in the test's report. */
    private static final Map<String, Long> MILLIS = new java.util.concurrent.ConcurrentHashMap<>();

    private Axe() {
    }

    /**
     * The violations on the page the browser shows, one entry per rule and element, each saying what a
     * developer needs to fix it without running the test again: rule, impact, page, element, why.
     */
    public static List<String> violations(WebDriver driver, String page) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        // axe is already in the page when preload() was called; otherwise it is injected now.
        if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe !== 'undefined'"))) {
            js.executeScript(AXE_SOURCE);
        }
        long start = System.nanoTime();
        String answer = (String) js.executeAsyncScript(RUN, WCAG_22_AA);
        long took = System.nanoTime() - start;
        NANOS.addAndGet(took);
        MILLIS.put(page, took / 1_000_000);
        RUNS.incrementAndGet();
        JsonNode result = JSON.readTree(answer);
        List<String> found = new ArrayList<>();
        if (result.has("error")) {
            found.add("axe could not run on " + page + ": " + result.get("error").asString());
            return found;
        }
        for (JsonNode rule : result.get("violations")) {
            for (JsonNode node : rule.get("nodes")) {
                String summary = node.path("failureSummary").asString("").replace("\n", " ").replaceAll("\\s+", " ");
                found.add("[" + rule.get("id").asString() + "] (" + rule.path("impact").asString("") + ") "
                        + rule.get("help").asString()
                        + "\n    page:    " + page
                        + "\n    target:  " + node.get("target")
                        + "\n    element: " + abbreviate(node.path("html").asString(""), 300)
                        + "\n    why:     " + abbreviate(summary, 500)
                        + "\n    rule:    " + rule.get("helpUrl").asString());
            }
        }
        return found;
    }

    /** How many runs so far in this JVM and the time they took, for the test's report. */
    public static String timeSpent() {
        return String.format("%d axe runs, %.1f s in axe; slowest: %s", RUNS.get(), NANOS.get() / 1e9,
                MILLIS.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(5)
                        .map(e -> e.getKey() + " " + e.getValue() + " ms").toList());
    }

    /** Makes the browser load axe into every page it opens from now on, before the page's own content. */
    public static void preload(WebDriver driver) {
        ((HasCdp) driver).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", AXE_SOURCE));
    }

    /** Makes the browser send this {@code Accept-Language} from now on (the editors' pages follow it). */
    public static void acceptLanguage(WebDriver driver, String lang) {
        HasCdp cdp = (HasCdp) driver;
        cdp.executeCdpCommand("Network.enable", Map.of());
        cdp.executeCdpCommand("Network.setExtraHTTPHeaders", Map.of("headers", Map.of("Accept-Language", lang)));
    }

    /** The path and query of the page the browser shows. */
    public static String location(WebDriver driver) {
        return (String) ((JavascriptExecutor) driver).executeScript("return location.pathname + location.search");
    }

    private static String axeSource() {
        try {
            return new EmbeddedResourceAxeProvider().getScript();
        } catch (Exception e) {
            throw new IllegalStateException("axe-core's script is missing from the axe-core selenium jar", e);
        }
    }

    private static String abbreviate(String text, int max) {
        if (text == null) {
            return "";
        }
        return text.length() <= max ? text : text.substring(0, max) + "…";
    }
}
