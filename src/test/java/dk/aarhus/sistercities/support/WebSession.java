package dk.aarhus.sistercities.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Connection;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.FormElement;

/**
 * A real HTTP client with cookies and a chosen {@code Accept-Language}, like a browser without the
 * rendering: logs in through the login page and submits forms as they are on the page (every field,
 * the CSRF token included) or with only the fields a test names and the page's CSRF token. Redirects
 * are not followed, so callers see them. The one client of the tests for anything with a session;
 * {@link Http} is the cookie-less one for public pages and raw requests.
 */
public final class WebSession {

    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient client = HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final String base;
    private String acceptLanguage;
    /** Headers sent with every request, e.g. the {@code X-Forwarded-For} of a trusted proxy. */
    private final Map<String, String> headers = new LinkedHashMap<>();

    public WebSession(int port, String acceptLanguage) {
        this.base = "http://localhost:" + port;
        this.acceptLanguage = acceptLanguage;
    }

    public String base() {
        return base;
    }

    public WebSession acceptLanguage(String acceptLanguage) {
        this.acceptLanguage = acceptLanguage;
        return this;
    }

    /** Sends this header with every request from now on (a client address the proxy gives, say). */
    public WebSession header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    /** The answer's bytes as they came (a download), with this session's cookies. */
    public HttpResponse<byte[]> download(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).GET();
        headers.forEach(request::header);
        try {
            return client.send(request.timeout(Duration.ofSeconds(20)).header("Accept-Language", acceptLanguage).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A page that must answer 200. */
    public Document page(String path) {
        HttpResponse<String> response = get(path);
        if (response.statusCode() != 200) {
            throw new AssertionError(path + " answered " + response.statusCode());
        }
        return Jsoup.parse(response.body(), base + path);
    }

    /**
     * Submits a form of a page as a browser would: every successful control with its value, the given
     * values replacing (or adding to) them, and the value of the submit button if one is named.
     */
    public HttpResponse<String> submit(FormElement form, Element button, Map<String, String> values) {
        String action = form.absUrl("action").isEmpty() ? form.ownerDocument().location() : form.absUrl("action");
        return send(HttpRequest.newBuilder(URI.create(action))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(formBody(form, button, values))));
    }

    /** The {@code application/x-www-form-urlencoded} body {@link #submit} sends. */
    public static String formBody(FormElement form, Element button, Map<String, String> values) {
        List<String[]> fields = new ArrayList<>();
        for (Connection.KeyVal field : form.formData()) {
            if (!values.containsKey(field.key())) {
                fields.add(new String[] {field.key(), field.value()});
            }
        }
        values.forEach((name, value) -> fields.add(new String[] {name, value}));
        if (button != null && button.hasAttr("name")) {
            fields.add(new String[] {button.attr("name"), button.attr("value")});
        }
        return fields.stream()
                .map(f -> encode(f[0]) + "=" + encode(f[1]))
                .collect(Collectors.joining("&"));
    }

    /**
     * Submits a {@code multipart/form-data} form as a browser would: its fields as they are on the page
     * (the CSRF token included) and one file.
     */
    public HttpResponse<String> upload(FormElement form, String fileField, String fileName, byte[] content) {
        return upload(form, Map.of(), fileField, fileName, "application/json", content);
    }

    /**
     * Submits a {@code multipart/form-data} form: its fields as on the page, the given values replacing (or adding
     * to) them, and one file with the declared content type.
     */
    public HttpResponse<String> upload(FormElement form, Map<String, String> values, String fileField, String fileName,
            String contentType, byte[] content) {
        String boundary = "----upload" + java.util.UUID.randomUUID().toString().replace("-", "");
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        List<String[]> fields = new ArrayList<>();
        for (Connection.KeyVal field : form.formData()) {
            if (!field.key().equals(fileField) && !values.containsKey(field.key())) {
                fields.add(new String[] {field.key(), field.value()});
            }
        }
        values.forEach((name, value) -> fields.add(new String[] {name, value}));
        for (String[] field : fields) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field[0]
                    + "\"\r\n\r\n" + field[1] + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField
                + "\"; filename=\"" + fileName + "\"\r\nContent-Type: " + contentType + "\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(URI.create(form.absUrl("action")))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    /** The value of a cookie this session holds, or null. */
    public String cookie(String name) {
        return cookies.getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals(name))
                .map(HttpCookie::getValue)
                .findFirst().orElse(null);
    }

    /** Holds a cookie as if this session had been given it (another instance's session, say). */
    public WebSession cookie(String name, String value) {
        HttpCookie cookie = new HttpCookie(name, value);
        cookie.setPath("/");
        cookie.setVersion(0);
        cookies.getCookieStore().add(URI.create(base), cookie);
        return this;
    }

    /**
     * Posts only the given fields (name, value, name, value, …) with the CSRF token of the page the form
     * is on, as a script would rather than a browser.
     */
    public HttpResponse<String> post(String path, Document from, String... nameValuePairs) {
        StringBuilder body = new StringBuilder("_csrf=").append(encode(from.select("input[name=_csrf]").attr("value")));
        for (int i = 0; i < nameValuePairs.length; i += 2) {
            body.append('&').append(encode(nameValuePairs[i])).append('=').append(encode(nameValuePairs[i + 1]));
        }
        return post(path, "application/x-www-form-urlencoded", body.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Sends a body as it is, with this session's cookies, e.g. a form larger than any page would send. */
    public HttpResponse<String> post(String path, String contentType, byte[] body) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** Any method, with or without a body, with this session's cookies. */
    public HttpResponse<String> send(String method, String path, String contentType, byte[] body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return send(request);
    }

    /** The CSRF token of the first form on the page. */
    public String csrfToken(String path) {
        Element token = page(path).selectFirst("form input[name=_csrf]");
        if (token == null) {
            throw new AssertionError("no CSRF token on " + path);
        }
        return token.val();
    }

    /** Logs in through the login page, as a person would; answers the response to the form's POST. */
    public HttpResponse<String> attemptLogIn(String username, String password) {
        Document login = page("/login");
        FormElement form = (FormElement) login.selectFirst("main form");
        return submit(form, null, Map.of("username", username, "password", password));
    }

    /** Logs in through the login page; fails unless the login succeeds. */
    public void logIn(String username, String password) {
        HttpResponse<String> response = attemptLogIn(username, password);
        String location = response.headers().firstValue("Location").orElse("");
        if (response.statusCode() != 302 || location.contains("error")) {
            throw new AssertionError("login as " + username + " failed: " + response.statusCode() + " " + location);
        }
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        headers.forEach(request::header);
        try {
            return client.send(request.timeout(Duration.ofSeconds(20))
                    .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
                    .header("Accept-Language", acceptLanguage)
                    .build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
