package dk.aarhus.sistercities.ops;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Citizens reading the site through nginx: a few clients, each fetching the given pages one after the
 * other, again and again, as fast as answers come. Each has an address of its own, as citizens do (sent as
 * {@code X-Forwarded-For}, to which nginx adds its own): the search gate counts a client's searches in flight,
 * and four threads of one address searching at once are, to it, one visitor flooding. Every answer is counted by the drill it came in (the
 * current {@link #phase}) and by its outcome: the status, or the exception when there was no answer. A search the gate
 * refused on a busy instance ("try again in a moment", {@code Retry-After: 1}) is asked once more after that second, as
 * its page asks the visitor to; a second refusal counts as one, and the drill bounds how many needed asking again.
 */
final class CitizenLoad implements AutoCloseable {

    private static final String RETRIED = " after the search gate's Retry-After";
    private static final String QUERY = " (query: never cached)";
    private static final Pattern SEARCH = Pattern.compile("/(da/soeg|en/search)\\?");

    private final String base;
    private final List<String> paths;
    private final List<Thread> clients = new ArrayList<>();
    private final Map<String, Map<String, LongAdder>> outcomes = new ConcurrentHashMap<>();
    private volatile boolean running = true;
    volatile String phase = "warm-up";

    CitizenLoad(int port, List<String> paths, int clients) {
        this.base = "http://127.0.0.1:" + port;
        this.paths = List.copyOf(paths);
        for (int i = 0; i < clients; i++) {
            int offset = i * paths.size() / clients;
            String address = "203.0.113." + (i + 1);
            Thread client = new Thread(() -> fetch(offset, address), "citizen-" + i);
            client.setDaemon(true);
            this.clients.add(client);
        }
        this.clients.forEach(Thread::start);
    }

    private void fetch(int offset, String address) {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        for (int n = offset; running; n++) {
            String path = paths.get(n % paths.size());
            String drill = phase;
            String outcome;
            try {
                HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
                        .timeout(Duration.ofSeconds(30)).header("Accept-Encoding", "gzip")
                        .header("X-Forwarded-For", address).GET().build();
                HttpResponse<Void> answer = http.send(request, HttpResponse.BodyHandlers.discarding());
                String again = "";
                if (SEARCH.matcher(path).lookingAt() && answer.statusCode() == 503
                        && answer.headers().firstValueAsLong("Retry-After").orElse(0) == 1) {
                    // The search gate's "try again in a moment" (a busy instance): the citizen does, once.
                    Thread.sleep(1000);
                    answer = http.send(request, HttpResponse.BodyHandlers.discarding());
                    again = RETRIED;
                }
                outcome = String.valueOf(answer.statusCode());
                if (answer.statusCode() == 503 && answer.headers().firstValue("Retry-After").isPresent()) {
                    outcome = "503 with Retry-After";
                }
                outcome += again;
                if (path.contains("?")) {
                    outcome += QUERY;
                }
            } catch (IOException e) {
                outcome = e.getClass().getSimpleName();
            } catch (InterruptedException e) {
                return;
            }
            if (!pace()) {
                return;
            }
            outcomes.computeIfAbsent(drill, d -> new ConcurrentHashMap<>())
                    .computeIfAbsent(outcome, o -> new LongAdder()).increment();
        }
    }

    /**
     * About 30 requests a second per client: a steady stream that leaves the two cores of a test machine to
     * the instances starting and stopping (flat out, the clients took them and a start-up took minutes).
     */
    private static boolean pace() {
        try {
            Thread.sleep(30);
            return true;
        } catch (InterruptedException e) {
            return false;
        }
    }

    /** Answers of a drill by outcome. */
    Map<String, Long> outcomes(String drill) {
        Map<String, Long> counts = new TreeMap<>();
        outcomes.getOrDefault(drill, Map.of()).forEach((outcome, count) -> counts.put(outcome, count.sum()));
        return counts;
    }

    long served(String drill) {
        return count(drill, outcome -> true);
    }

    /** Searches of a drill answered only when asked again after the search gate's refusal. */
    long retried(String drill) {
        return count(drill, outcome -> outcome.contains(RETRIED));
    }

    /** Answers of a drill to an address with a query (never cached: the searches among them). */
    long withQuery(String drill) {
        return count(drill, outcome -> outcome.endsWith(QUERY));
    }

    /** Answers of a drill that were not a page (200) or a page's 304. */
    long failed(String drill) {
        return count(drill, outcome -> !outcome.startsWith("200"));
    }

    private long count(String drill, Predicate<String> which) {
        return outcomes(drill).entrySet().stream().filter(e -> which.test(e.getKey()))
                .mapToLong(Map.Entry::getValue).sum();
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        for (Thread client : clients) {
            client.join(35_000);
        }
    }
}
