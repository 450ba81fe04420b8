package dk.aarhus.sistercities.support;

import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.providers.EmbeddedResourceAxeProvider;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chromium.HasCdp;

/**
 * axe-core (Deque's engine, bundled in {@code com.deque.html.axe-core:selenium}) run in the browser on the
 * page it shows, against the WCAG 2.0 and 2.1 A and AA rules.
 */
public final class Axe {

    public static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private static final String AXE_SOURCE = axeSource();
    private static final java.util.concurrent.atomic.AtomicLong RUNS = new java.util.concurrent.atomic.AtomicLong();
    private static final java.util.concurrent.atomic.AtomicLong NANOS = new java.util.concurrent.atomic.AtomicLong();

    private Axe() {
    }

    /**
     * The violations on the page the browser shows, one entry per rule and element, each saying what a
     * developer needs to fix it without running the test again: rule, impact, page, element, why.
     */
    public static List<String> violations(WebDriver driver, String page) {
        AxeRunOptions options = new AxeRunOptions();
        options.setResultTypes(List.of("violations"));
        AxeBuilder axe = new AxeBuilder()
                .withOptions(options)
                .withTags(WCAG_21_AA)
                .disableIframeTesting()
                // The pages have no frames: one run in the page itself, rather than a partial run per frame
                // finished in an extra window (which costs a second injection and a window per page).
                .setLegacyMode(true);
        // axe is already in the page when preload() was called; otherwise it is injected now.
        axe.setInjectAxe(d -> ((JavascriptExecutor) d).executeScript(
                "if (typeof window.axe === 'undefined') { " + AXE_SOURCE + " }"), false);
        long start = System.nanoTime();
        Results results = axe.analyze(driver);
        NANOS.addAndGet(System.nanoTime() - start);
        RUNS.incrementAndGet();
        List<String> found = new ArrayList<>();
        if (results.isErrored()) {
            found.add("axe could not run on " + page + ": " + results.getErrorMessage());
        }
        for (Rule rule : results.getViolations()) {
            for (CheckedNode node : rule.getNodes()) {
                String summary = node.getFailureSummary() == null ? "" : node.getFailureSummary()
                        .replace("\n", " ").replaceAll("\\s+", " ");
                found.add("[" + rule.getId() + "] (" + rule.getImpact() + ") " + rule.getHelp()
                        + "\n    page:    " + page
                        + "\n    target:  " + node.getTarget()
                        + "\n    element: " + abbreviate(node.getHtml(), 300)
                        + "\n    why:     " + abbreviate(summary, 500)
                        + "\n    rule:    " + rule.getHelpUrl());
            }
        }
        return found;
    }

    /** How many runs so far in this JVM and the time they took, for the test's report. */
    public static String timeSpent() {
        return String.format("%d axe runs, %.1f s in axe", RUNS.get(), NANOS.get() / 1e9);
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
