package dk.aarhus.sistercities.ops;

import dk.aarhus.sistercities.support.AdminPages;
import dk.aarhus.sistercities.support.WebSession;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * An editor saving a city's draft through nginx again and again, each save with a marker of its own in
 * the English summary. A save answered with the redirect back to the form is acknowledged; every other
 * answer is counted by drill and outcome (a save refused while the database is away must say so and keep
 * the text).
 */
final class EditorSaves implements AutoCloseable {

    final List<String> acknowledged = Collections.synchronizedList(new ArrayList<>());
    private final Map<String, Map<String, LongAdder>> outcomes = new ConcurrentHashMap<>();
    private final WebSession editor;
    private final String city;
    private final Supplier<String> phase;
    private final Thread thread;
    private volatile boolean running = true;
    /** The form as the editor last loaded it. */
    private Document open;

    static final String NOT_SAVED = "503 not saved, text kept";
    static final String REFUSED_STALE = "200 refused as stale, text kept";

    EditorSaves(WebSession editor, String city, Supplier<String> phase) {
        this.open = editor.page(city);
        this.editor = editor;
        this.city = city;
        this.phase = phase;
        this.thread = new Thread(this::saveAgainAndAgain, "editor");
        thread.setDaemon(true);
        thread.start();
    }

    String city() {
        return city;
    }

    private void saveAgainAndAgain() {
        for (int n = 1; running; n++) {
            String drill = phase.get();
            String marker = String.format("[stack save %05d]", n);
            String outcome;
            try {
                HttpResponse<String> form = editor.get(city);
                if (form.statusCode() == 200) {
                    open = Jsoup.parse(form.body(), editor.base() + city);
                } else {
                    // The form stays open in the editor's browser: they type and save all the same.
                    count(drill, "form " + form.statusCode());
                }
                String body = WebSession.formBody(AdminPages.cityForm(open), AdminPages.saveButton(open),
                        Map.of("texts[en].summary", "Saved " + marker));
                HttpResponse<String> save = editor.post(city, "application/x-www-form-urlencoded",
                        body.getBytes(StandardCharsets.UTF_8));
                outcome = outcome(save, marker);
            } catch (RuntimeException e) {
                outcome = "no answer: " + e.getClass().getSimpleName();
            }
            count(drill, outcome);
        }
    }

    private void count(String drill, String outcome) {
        outcomes.computeIfAbsent(drill, d -> new ConcurrentHashMap<>())
                .computeIfAbsent(outcome, o -> new LongAdder()).increment();
    }

    private String outcome(HttpResponse<String> save, String marker) {
        if (save.statusCode() == 302 && save.headers().firstValue("Location").orElse("").endsWith(city)) {
            acknowledged.add(marker);
            return "saved";
        }
        if (save.statusCode() == 503) {
            Document page = Jsoup.parse(save.body());
            boolean kept = page.select("h1").text().equals("Not saved: your text is kept")
                    && page.select("input[name=\"texts[en].summary\"]").attr("value").equals("Saved " + marker);
            return kept ? NOT_SAVED : "503 without the text";
        }
        if (save.statusCode() == 200 && Jsoup.parse(save.body()).select("textarea[name=\"texts[en].summary\"]").text()
                .equals("Saved " + marker)) {
            // Sent with the form as it was before a save that went through meanwhile: optimistic locking.
            return REFUSED_STALE;
        }
        return "save " + save.statusCode();
    }

    Map<String, Long> outcomes(String drill) {
        Map<String, Long> counts = new TreeMap<>();
        outcomes.getOrDefault(drill, Map.of()).forEach((outcome, count) -> counts.put(outcome, count.sum()));
        return counts;
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.join(60_000);
    }
}
