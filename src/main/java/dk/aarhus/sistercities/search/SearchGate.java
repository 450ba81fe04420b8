package dk.aarhus.sistercities.search;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.springframework.context.MessageSource;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;

/**
 * Bounds the work searches can take, so a flood of searches cannot slow the rest of the site. It stands
 * behind the page cache: a search someone already made is answered from there and never comes here. A
 * search to be worked out needs one of a few permits (about one per core), waiting briefly for one, and
 * one client may have only a couple of them at a time. Beyond either bound the visitor gets a short page
 * in their language asking them to try again in a moment ({@code Retry-After}): 429 when they themselves
 * search too much at once, 503 when everyone together does.
 */
class SearchGate extends OncePerRequestFilter {

    private final Semaphore permits;
    private final int perClient;
    private final long waitMillis;
    private final MessageSource messages;
    private final Map<String, Integer> inFlight = new ConcurrentHashMap<>();

    SearchGate(int permits, int perClient, long waitMillis, MessageSource messages) {
        this.permits = new Semaphore(permits, true);
        this.perClient = perClient;
        this.waitMillis = waitMillis;
        this.messages = messages;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        // The client's address as the trusted proxy reported it (RemoteIpValve ran before any filter).
        String client = request.getRemoteAddr();
        if (!enter(client) && !enterAfterWaiting(client)) {
            refuse(request, response, 429);
            return;
        }
        try {
            if (!permits.tryAcquire(waitMillis, TimeUnit.MILLISECONDS)) {
                refuse(request, response, HttpServletResponse.SC_SERVICE_UNAVAILABLE);
                return;
            }
            try {
                chain.doFilter(request, response);
            } finally {
                permits.release();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            refuse(request, response, HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        } finally {
            leave(client);
        }
    }

    /** Counts the client's searches in flight; false (and nothing counted) when it already has its share. */
    private boolean enter(String client) {
        boolean[] admitted = {false};
        inFlight.compute(client, (address, count) -> {
            int now = count == null ? 0 : count;
            admitted[0] = now < perClient;
            return admitted[0] ? now + 1 : count;
        });
        return admitted[0];
    }

    /**
     * One more try after the wait: a client whose search just finished gets in, and a client that floods gets its
     * refusals no faster than this (answered at once, a flood of refusals took the cores from the pages).
     */
    private boolean enterAfterWaiting(String client) {
        try {
            TimeUnit.MILLISECONDS.sleep(waitMillis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        return enter(client);
    }

    /** The map holds only clients with a search in flight, so it never grows beyond the server's threads. */
    private void leave(String client) {
        inFlight.computeIfPresent(client, (address, count) -> count > 1 ? count - 1 : null);
    }

    /** A small page of its own, made without the template engine: refusing must cost next to nothing. */
    private void refuse(HttpServletRequest request, HttpServletResponse response, int status) throws IOException {
        Locale locale = request.getRequestURI().startsWith("/da/") ? Locale.forLanguageTag("da") : Locale.ENGLISH;
        String lang = locale.getLanguage();
        String again = request.getRequestURI()
                + (request.getQueryString() == null ? "" : "?" + HtmlUtils.htmlEscape(request.getQueryString()));
        String title = messages.getMessage("search.busy.title", null, locale);
        String html = "<!DOCTYPE html>\n<html lang=\"" + lang + "\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>" + title
                + "</title>\n<meta name=\"robots\" content=\"noindex\">\n</head>\n<body>\n<main>\n<h1>" + title
                + "</h1>\n<p>" + messages.getMessage("search.busy.text", null, locale) + "</p>\n<p><a href=\""
                + again + "\">" + messages.getMessage("search.busy.again", null, locale)
                + "</a> · <a href=\"/" + lang + "\">" + messages.getMessage("search.busy.home", null, locale)
                + "</a></p>\n</main>\n</body>\n</html>\n";
        byte[] body = html.getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setHeader("Retry-After", "1");
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("text/html;charset=UTF-8");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
