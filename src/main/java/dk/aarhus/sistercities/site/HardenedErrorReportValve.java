package dk.aarhus.sistercities.site;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;

/**
 * Tomcat's own error answer, for a request it refuses before the application sees it (a malformed
 * address, a header too large, an unknown protocol version): a short page with the status and what it
 * means, no server name or version, no exception, no inline style, and the same security headers as
 * every other answer. Errors inside the application get the site's own error pages instead.
 */
public class HardenedErrorReportValve extends ErrorReportValve {

    private static final Map<Integer, String> REASONS = Map.ofEntries(
            Map.entry(400, "Bad Request"), Map.entry(403, "Forbidden"), Map.entry(404, "Not Found"),
            Map.entry(405, "Method Not Allowed"), Map.entry(408, "Request Timeout"),
            Map.entry(411, "Length Required"), Map.entry(413, "Content Too Large"),
            Map.entry(414, "URI Too Long"), Map.entry(415, "Unsupported Media Type"),
            Map.entry(417, "Expectation Failed"), Map.entry(431, "Request Header Fields Too Large"),
            Map.entry(500, "Internal Server Error"), Map.entry(501, "Not Implemented"),
            Map.entry(503, "Service Unavailable"), Map.entry(505, "HTTP Version Not Supported"));

    public HardenedErrorReportValve() {
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(true);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get() || !response.setErrorReported()) {
            return;
        }
        if (status == 501 || status == 505) {
            // An unsupported method, transfer coding or protocol version is the client's doing: a 4xx, so
            // that monitoring counts only the server's own failures as 5xx.
            status = 400;
            response.setStatus(status);
        }
        SecurityHeadersFilter.write(response.getResponse(), request.isSecure());
        String reason = REASONS.getOrDefault(status, status < 500 ? "Bad Request" : "Server Error");
        String html = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + status + " "
                + reason + "</title></head><body><h1>" + status + " " + reason + "</h1><p>The request could not be "
                + "answered. Go to <a href=\"/\">the front page</a>.</p></body></html>\n";
        try {
            response.setContentType("text/html");
            response.setCharacterEncoding("utf-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(html);
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // The client has gone, or the answer was already under way: nothing more to tell it.
        }
    }
}
