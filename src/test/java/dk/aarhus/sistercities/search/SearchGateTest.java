package dk.aarhus.sistercities.search;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.FilterChain;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** The bounds on searches still to be worked out: per client, and for everyone together. */
class SearchGateTest {

    private final StaticMessageSource messages = new StaticMessageSource();
    private final CountDownLatch inside = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);
    /** A search that is being worked out until the test lets it finish. */
    private final FilterChain slowSearch = (request, response) -> {
        inside.countDown();
        try {
            release.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        ((MockHttpServletResponse) response).setStatus(200);
    };
    private final FilterChain quickSearch = (request, response) -> ((MockHttpServletResponse) response).setStatus(200);

    SearchGateTest() {
        for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.forLanguageTag("da")}) {
            String lang = locale.getLanguage();
            messages.addMessage("search.busy.title", locale, "busy-" + lang);
            messages.addMessage("search.busy.text", locale, "text-" + lang);
            messages.addMessage("search.busy.again", locale, "again-" + lang);
            messages.addMessage("search.busy.home", locale, "home-" + lang);
        }
    }

    @AfterEach
    void letTheSlowSearchFinish() {
        release.countDown();
    }

    private static MockHttpServletRequest search(String path, String query, String client) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        request.setQueryString(query);
        request.setRemoteAddr(client);
        return request;
    }

    private CompletableFuture<MockHttpServletResponse> slowSearchFrom(SearchGate gate, String client) throws Exception {
        CompletableFuture<MockHttpServletResponse> done = CompletableFuture.supplyAsync(() -> {
            MockHttpServletResponse response = new MockHttpServletResponse();
            try {
                gate.doFilter(search("/en/search", "q=bergen", client), response, slowSearch);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return response;
        });
        assertThat(inside.await(10, TimeUnit.SECONDS)).isTrue();
        return done;
    }

    @Test
    void aClientWithItsShareInFlightIsAskedToTryAgainInItsLanguageWhileOthersAreServed() throws Exception {
        SearchGate gate = new SearchGate(2, 1, 0, messages);
        CompletableFuture<MockHttpServletResponse> first = slowSearchFrom(gate, "10.0.0.1");

        MockHttpServletResponse again = new MockHttpServletResponse();
        gate.doFilter(search("/da/soeg", "q=%22%3E%3Cb%3E", "10.0.0.1"), again, quickSearch);
        assertThat(again.getStatus()).isEqualTo(429);
        assertThat(again.getHeader("Retry-After")).isEqualTo("1");
        assertThat(again.getHeader("Cache-Control")).isEqualTo("no-store");
        assertThat(again.getContentAsString()).contains("<html lang=\"da\">", "<h1>busy-da</h1>", "text-da",
                "href=\"/da/soeg?q=%22%3E%3Cb%3E\"", "href=\"/da\"");

        MockHttpServletResponse someoneElse = new MockHttpServletResponse();
        gate.doFilter(search("/en/search", "q=kiel", "10.0.0.2"), someoneElse, quickSearch);
        assertThat(someoneElse.getStatus()).isEqualTo(200);

        release.countDown();
        assertThat(first.get(10, TimeUnit.SECONDS).getStatus()).isEqualTo(200);
        MockHttpServletResponse afterwards = new MockHttpServletResponse();
        gate.doFilter(search("/en/search", "q=kiel", "10.0.0.1"), afterwards, quickSearch);
        assertThat(afterwards.getStatus()).as("the client's share is given back").isEqualTo(200);
    }

    @Test
    void whenEveryPermitIsTakenAnotherClientGetsServiceUnavailableAfterTheShortWait() throws Exception {
        SearchGate gate = new SearchGate(1, 2, 0, messages);
        CompletableFuture<MockHttpServletResponse> first = slowSearchFrom(gate, "10.0.0.1");

        MockHttpServletResponse busy = new MockHttpServletResponse();
        gate.doFilter(search("/en/search", "q=kiel", "10.0.0.2"), busy, quickSearch);
        assertThat(busy.getStatus()).isEqualTo(503);
        assertThat(busy.getHeader("Retry-After")).isEqualTo("1");
        assertThat(busy.getContentAsString()).contains("<html lang=\"en\">", "busy-en", "again-en", "home-en");

        release.countDown();
        assertThat(first.get(10, TimeUnit.SECONDS).getStatus()).isEqualTo(200);
        MockHttpServletResponse served = new MockHttpServletResponse();
        gate.doFilter(search("/en/search", "q=kiel", "10.0.0.2"), served, quickSearch);
        assertThat(served.getStatus()).as("the permit is given back").isEqualTo(200);
    }
}
