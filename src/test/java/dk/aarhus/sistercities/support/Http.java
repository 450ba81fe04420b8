package dk.aarhus.sistercities.support;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
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
        return raw((method + " " + target + " HTTP/1.1\r\nHost: localhost\r\n"
                + "Accept: text/html\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
    }

    /** Sends the bytes as they are (request line, headers, body) and reads the whole answer. */
    public RawResponse raw(byte[] request) {
        return rawFrom(null, request);
    }

    /**
     * Sends the bytes from the given local address (e.g. {@code 127.0.0.2}, another loopback address than
     * the trusted proxy's), or from any when null. An answer without a status line (the server closed
     * the connection) has status 0.
     */
    public RawResponse rawFrom(String localAddress, byte[] request) {
        try (Socket socket = new Socket()) {
            if (localAddress != null) {
                socket.bind(new InetSocketAddress(InetAddress.getByName(localAddress), 0));
            }
            socket.connect(new InetSocketAddress("localhost", port), 5_000);
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            try {
                out.write(request);
                out.flush();
            } catch (IOException refused) {
                // The server may answer and close before a huge request is sent in full; read what it said.
            }
            byte[] answer;
            try {
                answer = socket.getInputStream().readAllBytes();
            } catch (java.net.SocketException reset) {
                answer = new byte[0];
            }
            String response = new String(answer, StandardCharsets.UTF_8);
            String[] statusLine = response.split("\r\n", 2)[0].split(" ");
            int status = statusLine.length > 1 && statusLine[0].startsWith("HTTP/") ? Integer.parseInt(statusLine[1]) : 0;
            return new RawResponse(status, response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public record RawResponse(int status, String text) {

        /** The head of the answer: status line and headers. */
        public String head() {
            int end = text.indexOf("\r\n\r\n");
            return end < 0 ? text : text.substring(0, end);
        }

        public String body() {
            int end = text.indexOf("\r\n\r\n");
            return end < 0 ? "" : text.substring(end + 4);
        }

        /** Every value of a header (its name in any case). */
        public java.util.List<String> headers(String name) {
            return head().lines().skip(1)
                    .filter(line -> line.regionMatches(true, 0, name + ":", 0, name.length() + 1))
                    .map(line -> line.substring(name.length() + 1).strip())
                    .toList();
        }
    }

    public Document page(String path) {
        HttpResponse<String> response = get(path);
        if (response.statusCode() != 200) {
            throw new AssertionError(path + " answered " + response.statusCode());
        }
        return Jsoup.parse(response.body(), base + path);
    }
}
