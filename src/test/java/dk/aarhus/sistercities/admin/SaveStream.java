package dk.aarhus.sistercities.admin;

import dk.aarhus.sistercities.support.AdminPages;
import dk.aarhus.sistercities.support.WebSession;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.jsoup.nodes.Document;

/**
 * An editor saving one city's form again and again, each save with a marker of its own in the English
 * summary, until the application stops answering. The form is read through the editor's
 * {@link WebSession}; the save's POST goes over a socket of its own, so the stream knows the moment a
 * request is sent in full and not yet answered ({@link #inFlight}). A save answered with the redirect
 * back to the form is acknowledged; a save sent in full whose answer never came is {@link #unanswered}.
 */
final class SaveStream implements Runnable {

    private final WebSession editor;
    private final String city;
    private final int port;
    private final String name;
    private final CountDownLatch acknowledgements;
    final List<String> sent = Collections.synchronizedList(new ArrayList<>());
    final List<String> acknowledged = Collections.synchronizedList(new ArrayList<>());
    /** The marker of the save sent in full whose answer has not come yet, or null. */
    volatile String inFlight;
    /** The marker of the save sent in full that was never answered (the process died), or null. */
    volatile String unanswered;

    SaveStream(WebSession editor, String city, int port, String name, CountDownLatch acknowledgements) {
        this.editor = editor;
        this.city = city;
        this.port = port;
        this.name = name;
        this.acknowledgements = acknowledgements;
    }

    String city() {
        return city;
    }

    @Override
    public void run() {
        for (int n = 1; ; n++) {
            String marker = String.format("[durability %s %04d]", name, n);
            String body;
            try {
                Document form = editor.page(city);
                body = WebSession.formBody(AdminPages.cityForm(form), AdminPages.saveButton(form),
                        Map.of("texts[en].summary", "Saved " + marker));
            } catch (RuntimeException | AssertionError gone) {
                return; // the process is gone before this save was sent
            }
            String status = save(marker, body);
            if (status == null) {
                return;
            }
            if (status.startsWith("HTTP/1.1 302") && status.contains("\r\nLocation: ")
                    && status.lines().anyMatch(line -> line.startsWith("Location: ") && line.endsWith(city))) {
                acknowledged.add(marker);
                acknowledgements.countDown();
            } else {
                throw new AssertionError("save " + marker + " not acknowledged: " + status.lines().findFirst().orElse(""));
            }
        }
    }

    /** Sends the save; answers the head of the answer, or null when there was none. */
    private String save(String marker, String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        String request = "POST " + city + " HTTP/1.1\r\nHost: localhost:" + port + "\r\nCookie: SESSION="
                + editor.cookie("SESSION") + "\r\nAccept-Language: en\r\nAccept: text/html\r\n"
                + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: " + bytes.length
                + "\r\nConnection: close\r\n\r\n";
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("localhost", port), 5_000);
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.write(bytes);
            out.flush();
            sent.add(marker);
            inFlight = marker;
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
            int end = answer.indexOf("\r\n\r\n");
            if (end < 0) {
                unanswered = marker;
                return null;
            }
            inFlight = null;
            return answer.substring(0, end + 2);
        } catch (IOException e) {
            if (marker.equals(inFlight)) {
                unanswered = marker;
            }
            return null;
        }
    }
}
