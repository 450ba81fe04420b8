package dk.aarhus.sistercities.linkcheck;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/**
 * Asks web servers whether addresses still answer, politely: one request per host at a time with a pause
 * between two requests to the same host, a timeout on connecting and on the answer, {@code HEAD} first and
 * {@code GET} only when {@code HEAD} is refused (405, 501) or fails, redirects recorded rather than followed,
 * a User-Agent that names the site, and nothing but http and https.
 */
@Component
class LinkChecker {

    /**
     * How a round checks: {@code hosts} hosts at the same time, each one request at a time. With
     * {@code onlyHosts} not empty, addresses on any other host are left unchecked (and not reported as
     * checked): the tests keep a round on the loopback address this way.
     */
    record Settings(Duration timeout, Duration pause, int hosts, String userAgent, Set<String> onlyHosts) {

        Settings {
            onlyHosts = onlyHosts == null ? Set.of() : Set.copyOf(onlyHosts);
        }

        boolean allows(String host) {
            return onlyHosts.isEmpty() || onlyHosts.contains(host);
        }
    }

    /** What one address answered. */
    record Outcome(String url, LinkStatus status, Integer code, String location, String error, Instant checkedAt) {
    }

    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);
    private static final Set<Integer> HEAD_REFUSED = Set.of(405, 501);
    private static final int MAX_TEXT = 500;
    private static final int MAX_URL = 2000;

    private final Clock clock;

    LinkChecker(Clock clock) {
        this.clock = clock;
    }

    /** Checks every address once; returns when all are checked (or the thread is interrupted). */
    List<Outcome> check(Collection<String> urls, Settings settings) throws InterruptedException {
        Map<String, List<URI>> byHost = new LinkedHashMap<>();
        List<Outcome> outcomes = new ArrayList<>();
        for (String url : urls) {
            URI uri = webAddress(url);
            if (uri == null) {
                outcomes.add(new Outcome(url, LinkStatus.INVALID, null, null, null, clock.instant()));
            } else if (settings.allows(uri.getHost().toLowerCase(Locale.ROOT))) {
                byHost.computeIfAbsent(uri.getHost().toLowerCase(Locale.ROOT), h -> new ArrayList<>()).add(uri);
            }
        }
        if (byHost.isEmpty()) {
            return outcomes;
        }
        HttpClient client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(settings.timeout())
                .version(HttpClient.Version.HTTP_1_1)
                .build();
        AtomicInteger threads = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(settings.hosts(), byHost.size()), task -> {
            Thread thread = new Thread(task, "link-check-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<List<Outcome>>> hosts = new ArrayList<>();
            for (List<URI> addresses : byHost.values()) {
                hosts.add(pool.submit(() -> checkHost(client, addresses, settings)));
            }
            for (Future<List<Outcome>> host : hosts) {
                outcomes.addAll(host.get());
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("a host's check failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return outcomes;
    }

    /** One host's addresses, one request at a time, with the pause before every request but the first. */
    private List<Outcome> checkHost(HttpClient client, List<URI> addresses, Settings settings)
            throws InterruptedException {
        Pacer pacer = new Pacer(settings.pause());
        List<Outcome> outcomes = new ArrayList<>();
        for (URI address : addresses) {
            outcomes.add(checkOne(client, address, settings, pacer));
        }
        return outcomes;
    }

    private Outcome checkOne(HttpClient client, URI address, Settings settings, Pacer pacer)
            throws InterruptedException {
        pacer.await();
        Outcome head = request(client, address, "HEAD", settings);
        boolean refused = head.code() != null && HEAD_REFUSED.contains(head.code());
        boolean failed = head.status() == LinkStatus.UNREACHABLE;
        if (!refused && !failed) {
            return head;
        }
        pacer.await();
        return request(client, address, "GET", settings);
    }

    private Outcome request(HttpClient client, URI address, String method, Settings settings)
            throws InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(address)
                .method(method, HttpRequest.BodyPublishers.noBody())
                .timeout(settings.timeout())
                .header("User-Agent", settings.userAgent())
                .header("Accept", "text/html,*/*;q=0.8")
                .build();
        String url = address.toString();
        try {
            // The body is never read: a GET's stream is closed at once, which drops the connection.
            HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                return answered(url, response.statusCode(), response.headers().firstValue("Location").orElse(null),
                        address);
            }
        } catch (HttpTimeoutException e) {
            return failed(url, LinkStatus.TIMEOUT, e);
        } catch (IOException e) {
            return failed(url, unknownHost(e) ? LinkStatus.UNKNOWN_HOST : LinkStatus.UNREACHABLE, e);
        } catch (IllegalArgumentException | SecurityException e) {
            return failed(url, LinkStatus.INVALID, e);
        }
    }

    private Outcome answered(String url, int code, String location, URI address) {
        if (REDIRECTS.contains(code) && location != null) {
            return new Outcome(url, LinkStatus.REDIRECTED, code, clip(resolve(address, location), MAX_URL), null,
                    clock.instant());
        }
        LinkStatus status = code >= 400 ? LinkStatus.HTTP_ERROR : LinkStatus.OK;
        return new Outcome(url, status, code, null, null, clock.instant());
    }

    private Outcome failed(String url, LinkStatus status, Exception e) {
        String message = e.getMessage() == null ? "" : ": " + e.getMessage();
        return new Outcome(url, status, null, null, clip(e.getClass().getSimpleName() + message, MAX_TEXT),
                clock.instant());
    }

    private static boolean unknownHost(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof UnknownHostException || cause instanceof UnresolvedAddressException) {
                return true;
            }
        }
        return false;
    }

    /** Where a redirect leads, as an absolute address where it can be made one. */
    private static String resolve(URI address, String location) {
        try {
            return address.resolve(location.strip()).toString();
        } catch (IllegalArgumentException malformed) {
            return location;
        }
    }

    /** An absolute http or https address with a host, or null: nothing else is ever requested. */
    static URI webAddress(String url) {
        if (url == null || url.length() > MAX_URL) {
            return null;
        }
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            boolean web = scheme.equals("http") || scheme.equals("https");
            return web && uri.getHost() != null && !uri.getHost().isBlank() ? uri : null;
        } catch (java.net.URISyntaxException e) {
            return null;
        }
    }

    private static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    /** Keeps the pause between two requests to one host. */
    private static final class Pacer {
        private final Duration pause;
        private boolean first = true;

        Pacer(Duration pause) {
            this.pause = pause;
        }

        void await() throws InterruptedException {
            if (!first && !pause.isZero() && !pause.isNegative()) {
                Thread.sleep(pause.toMillis());
            }
            first = false;
        }
    }
}
