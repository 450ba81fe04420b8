package dk.aarhus.sistercities.site;

import static org.assertj.core.api.Assertions.assertThat;

import dk.aarhus.sistercities.account.TestAccounts;
import dk.aarhus.sistercities.support.AlsoOnPostgres;
import dk.aarhus.sistercities.support.FullAppTest;
import dk.aarhus.sistercities.support.Http;
import dk.aarhus.sistercities.support.WebSession;
import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every limit on what a request may carry, at the limit (answered as usual) and one byte or one item
 * over it (a clear 4xx with the site's words, never a 500): the address, the request line with the
 * headers, a form body, the number of parameters, an uploaded file.
 */
@FullAppTest
@AlsoOnPostgres
class RequestLimitsTest {

    static final int HEADER_LIMIT = 16 * 1024;
    static final int FORM_LIMIT = 2 * 1024 * 1024;
    static final int PARAMETER_LIMIT = 1000;
    static final int FILE_LIMIT = 12 * 1024 * 1024;

    @LocalServerPort
    int port;

    Http http;
    WebSession editor;

    @BeforeEach
    void clients() {
        http = new Http(port);
        editor = new WebSession(port, "en");
        editor.logIn(TestAccounts.ADMIN_USERNAME, TestAccounts.ADMIN_PASSWORD);
    }

    @Test
    void anAddressOf2048CharactersIsAnsweredAndOneMoreIs414() {
        String prefix = "/en/search?q=";
        String atLimit = prefix + "a".repeat(SecurityHeadersFilter.MAX_URI_LENGTH - prefix.length());
        assertThat(atLimit).hasSize(2048);
        assertThat(http.get(atLimit).statusCode()).isEqualTo(200);
        HttpResponse<String> over = http.get(atLimit + "a");
        assertThat(over.statusCode()).isEqualTo(414);
        assertThat(over.body()).contains("The address is too long.");
        String longPath = "/en/cities/" + "b".repeat(2100);
        assertThat(http.get(longPath).statusCode()).isEqualTo(414);
    }

    @Test
    void requestLineAndHeadersUpTo16KilobytesAndNotOneByteMore() {
        assertThat(http.raw(requestOfSize(HEADER_LIMIT)).status()).isEqualTo(200);
        Http.RawResponse over = http.raw(requestOfSize(HEADER_LIMIT + 1));
        assertThat(over.status()).isEqualTo(400);
        assertThat(over.body()).contains("400 Bad Request");
        assertThat(http.get("/en").statusCode()).as("still answering").isEqualTo(200);
    }

    /** A GET of /en whose request line and headers, with the blank line that ends them, are exactly {@code size} bytes. */
    private static byte[] requestOfSize(int size) {
        String head = "GET /en HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nX-Padding: ";
        String request = head + "p".repeat(size - head.length() - 4) + "\r\n\r\n";
        assertThat(request).hasSize(size);
        return request.getBytes(StandardCharsets.ISO_8859_1);
    }

    @Test
    void aFormOfTwoMegabytesIsCheckedAndOneByteMoreIs413() {
        String token = editor.csrfToken("/admin/cities/new");
        String start = "_csrf=" + enc(token) + "&action=save&slug=limit-city&texts%5Ben%5D.description=";
        String atLimit = start + "d".repeat(FORM_LIMIT - start.length());
        assertThat(atLimit).hasSize(FORM_LIMIT);

        HttpResponse<String> checked = editor.post("/admin/cities/new", FORM, bytes(atLimit));
        assertThat(checked.statusCode()).as("the form is shown again with what was wrong").isEqualTo(200);
        Document form = Jsoup.parse(checked.body());
        assertThat(form.select("#error-summary")).isNotEmpty();
        assertThat(form.selectFirst("textarea[name='texts[en].description']").val())
                .as("the input is kept").hasSize(FORM_LIMIT - start.length());

        HttpResponse<String> over = editor.post("/admin/cities/new", FORM, bytes(atLimit + "d"));
        assertThat(over.statusCode()).isEqualTo(413);
        assertThat(over.body()).contains("larger than the site accepts");
        assertThat(editor.get("/admin").statusCode()).as("the editor is still logged in").isEqualTo(200);
        assertThat(editor.page("/admin").text()).doesNotContain("limit-city");
    }

    @Test
    void aThousandParametersAreReadAndOneMoreIs400() {
        String token = editor.csrfToken("/admin/cities/new");
        // An address that is not one: the form is shown again (a draft with a valid one would be saved).
        StringBuilder body = new StringBuilder("_csrf=" + enc(token) + "&action=save&slug=Params+City");
        int count = 3;
        while (count < PARAMETER_LIMIT) {
            body.append("&extra").append(count).append("=x");
            count++;
        }
        HttpResponse<String> atLimit = editor.post("/admin/cities/new", FORM, bytes(body.toString()));
        assertThat(atLimit.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(atLimit.body()).select("#error-summary")).isNotEmpty();

        HttpResponse<String> over = editor.post("/admin/cities/new", FORM, bytes(body + "&one=more"));
        assertThat(over.statusCode()).isEqualTo(400);
        assertThat(over.body()).contains("The request could not be handled");
        assertThat(editor.page("/admin").text()).doesNotContain("Params City").doesNotContain("params-city");
    }

    @Test
    void anUploadedFileOfTwelveMegabytesIsRead_oneByteMoreGoesBackToAnImageFormOrIs413() {
        String token = editor.csrfToken("/admin/cities/new");
        HttpResponse<String> atLimit = editor.post("/admin/cities/new", MULTIPART, multipart(token, FILE_LIMIT));
        assertThat(atLimit.statusCode()).as("read, and the form is shown again").isEqualTo(200);
        // A form that uploads images sends a larger upload back to itself, which says how large an image may be.
        HttpResponse<String> over = editor.post("/admin/cities/new", MULTIPART, multipart(token, FILE_LIMIT + 1));
        assertThat(over.statusCode()).isEqualTo(302);
        assertThat(over.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/admin/cities/new?tooLarge"));
        assertThat(editor.page("/admin/cities/new?tooLarge").select("[role=alert]").text()).contains("10 MB");
        // Any other address that is sent one: the container's refusal, 413.
        HttpResponse<String> elsewhere = editor.post("/admin/contacts/bergen", MULTIPART,
                multipart(token, FILE_LIMIT + 1));
        assertThat(elsewhere.statusCode()).isEqualTo(413);
        assertThat(elsewhere.body()).contains("larger than the site accepts");
        // The same from anyone, anywhere: an anonymous upload to a public page is refused as large.
        assertThat(new WebSession(port, "en").post("/en", MULTIPART, multipart("none", FILE_LIMIT + 1)).statusCode())
                .isEqualTo(413);
    }

    @Test
    void aBodyFarOverTheLimitIsRefusedAndTheSiteKeepsAnswering() {
        // More than Tomcat reads and throws away (2 MB) after refusing it: it answers, then closes.
        byte[] body = new byte[8 * 1024 * 1024];
        java.util.Arrays.fill(body, (byte) 'a');
        ByteArrayOutputStream request = new ByteArrayOutputStream();
        request.writeBytes(bytes("POST /login HTTP/1.1\r\nHost: localhost\r\nContent-Type: " + FORM
                + "\r\nContent-Length: " + body.length + "\r\n\r\n"));
        request.writeBytes(body);
        Http.RawResponse login = http.raw(request.toByteArray());
        assertThat(login.status()).isEqualTo(413);
        assertThat(http.get("/en").statusCode()).isEqualTo(200);
    }

    static final String FORM = "application/x-www-form-urlencoded";
    static final String BOUNDARY = "limit-boundary-7f3a";
    static final String MULTIPART = "multipart/form-data; boundary=" + BOUNDARY;

    private static byte[] multipart(String token, int fileSize) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(fileSize + 1024);
        String head = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token + "\r\n"
                + "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"upload\"; filename=\"content.json\"\r\n"
                + "Content-Type: application/json\r\n\r\n";
        out.writeBytes(bytes(head));
        byte[] file = new byte[fileSize];
        java.util.Arrays.fill(file, (byte) ' ');
        out.writeBytes(file);
        out.writeBytes(bytes("\r\n--" + BOUNDARY + "--\r\n"));
        return out.toByteArray();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
