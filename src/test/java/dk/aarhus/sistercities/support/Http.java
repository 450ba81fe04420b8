package dk.aarhus.sistercities.support;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** A real HTTP client against the running app; redirects are not followed, so tests see them. */
public final class Http {

    private final HttpClient client = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final int port;
    private final String base;

    public Http(int port) {
        this.port = port;
        this.base = "http://localhost:" + port;
    }

    public String base() {
        return base;
    }

    public HttpResponse<String> get(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(20))
                .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
        if (headers.length > 0) {
            request.headers(headers);
        }
        try {
            return client.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Sends a request line as it is, for addresses no well-behaved client would send
     * (malformed percent-encoding, null bytes). Answers the status code and the whole response.
     */
    public RawResponse raw(String method, String target) {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(20_000);
            String request = method + " " + target + " HTTP/1.1\r\nHost: localhost\r\n"
                    + "Accept: text/html\r\nConnection: close\r\n\r\n";
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            String[] statusLine = response.split("\r\n", 2)[0].split(" ");
            return new RawResponse(Integer.parseInt(statusLine[1]), response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public record RawResponse(int status, String text) {
    }

    public Document page(String path) {
        HttpResponse<String> response = get(path);
        if (response.statusCode() != 200) {
            throw new AssertionError(path + " answered " + response.statusCode());
        }
        return Jsoup.parse(response.body(), base + path);
    }
}
