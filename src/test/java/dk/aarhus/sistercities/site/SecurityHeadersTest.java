package dk.aarhus.sistercities.site;

import static org.assertj.core.api.Assertions.assertThat;

import dk.aarhus.sistercities.account.TestAccounts;
import dk.aarhus.sistercities.support.AdminPages;
import dk.aarhus.sistercities.support.FullAppTest;
import dk.aarhus.sistercities.support.Http;
import dk.aarhus.sistercities.support.WebSession;
import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The security headers are on every answer the site gives: every page of the sitemap (rendered, then
 * replayed from the page cache, then as 304), assets, feeds, errors, the login page, every admin page,
 * and what Tomcat answers itself. HSTS and Secure cookies only over HTTPS, which a proxy may vouch for
 * only from a trusted address. No page has anything inline the policy would block.
 */
@FullAppTest
class SecurityHeadersTest {

    static final String CSP = "default-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'; "
            + "object-src 'none'";

    @LocalServerPort
    int port;

    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    /** The headers every answer carries, over plain HTTP. */
    static void assertHardened(String what, java.util.function.Function<String, List<String>> headers) {
        assertThat(headers.apply("Content-Security-Policy")).as(what + " CSP").containsExactly(CSP);
        assertThat(headers.apply("Content-Security-Policy").get(0)).doesNotContain("unsafe-inline", "unsafe-eval");
        assertThat(headers.apply("X-Content-Type-Options")).as(what + " nosniff").containsExactly("nosniff");
        assertThat(headers.apply("X-Frame-Options")).as(what).containsExactly("DENY");
        assertThat(headers.apply("Referrer-Policy")).as(what).containsExactly("strict-origin-when-cross-origin");
        assertThat(headers.apply("Permissions-Policy")).as(what).hasSize(1);
        assertThat(headers.apply("Permissions-Policy").get(0)).as(what)
                .contains("camera=()", "microphone=()", "geolocation=()", "payment=()", "usb=()");
        assertThat(headers.apply("Server")).as(what + ": no server name").isEmpty();
        assertThat(headers.apply("X-Powered-By")).as(what).isEmpty();
        assertThat(headers.apply("Strict-Transport-Security")).as(what + ": no HSTS over plain HTTP").isEmpty();
    }

    static void assertHardened(String what, HttpResponse<String> response) {
        HttpHeaders headers = response.headers();
        assertHardened(what + " (" + response.statusCode() + ")", headers::allValues);
        assertNoServerVersion(what, response.body());
    }

    static void assertNoServerVersion(String what, String body) {
        assertThat(body).as(what + ": no server name or version").doesNotContainIgnoringCase("tomcat")
                .doesNotContainIgnoringCase("apache").doesNotContain("Exception").doesNotContain("\tat ");
    }

    /** Nothing the policy would block: no style attribute or element, no inline script, no handler attribute. */
    static void assertNothingInline(String what, String html) {
        Document page = Jsoup.parse(html);
        assertThat(page.select("[style]")).as(what + ": style attributes").isEmpty();
        assertThat(page.select("style")).as(what + ": style elements").isEmpty();
        for (Element script : page.select("script")) {
            boolean external = script.hasAttr("src");
            boolean data = script.attr("type").equals("application/ld+json");
            assertThat(external || data).as(what + ": inline script " + script).isTrue();
        }
        for (Element element : page.getAllElements()) {
            element.attributes().forEach(attribute -> assertThat(attribute.getKey().toLowerCase(Locale.ROOT))
                    .as(what + ": handler attribute on " + element.tagName()).doesNotStartWith("on"));
            assertThat(element.attr("href")).as(what).doesNotStartWithIgnoringCase("javascript:");
        }
    }

    /** The paths of every {@code <loc>} in the sitemap. */
    private List<String> sitemapPaths() {
        HttpResponse<String> sitemap = http.get("/sitemap.xml");
        assertThat(sitemap.statusCode()).isEqualTo(200);
        assertHardened("/sitemap.xml", sitemap);
        List<String> paths = new ArrayList<>();
        Matcher loc = Pattern.compile("<loc>https?://[^/<]+(/[^<]*)</loc>").matcher(sitemap.body());
        while (loc.find()) {
            paths.add(loc.group(1));
        }
        return paths;
    }

    @Test
    void everyPageOfTheSitemapRenderedCachedAndNotModified() {
        List<String> paths = sitemapPaths();
        assertThat(paths).hasSizeGreaterThan(30).contains("/da", "/en", "/en/map", "/da/venskabsbyer/bergen");
        for (String path : paths) {
            HttpResponse<String> first = http.get(path);
            assertThat(first.statusCode()).as(path).isEqualTo(200);
            assertHardened(path, first);
            assertNothingInline(path, first.body());

            HttpResponse<String> cached = http.get(path);
            assertHardened(path + " from the cache", cached);
            String etag = cached.headers().firstValue("ETag").orElseThrow(() -> new AssertionError(path + " ETag"));
            HttpResponse<String> notModified = http.get(path, "If-None-Match", etag);
            assertThat(notModified.statusCode()).as(path).isEqualTo(304);
            assertHardened(path + " (304)", notModified);

            HttpResponse<String> gzipped = http.get(path, "Accept-Encoding", "gzip");
            assertHardened(path + " gzipped", gzipped.headers()::allValues);
        }
    }

    @Test
    void assetsFeedsSearchAndTheSmallFiles() {
        Document overview = http.page("/en");
        Set<String> paths = new LinkedHashSet<>(List.of("/robots.txt", "/sitemap.xml", "/en/feed.xml", "/da/feed.xml",
                "/en/search?q=bergen", "/da/soeg?q=%C3%A6%C3%B8%C3%A5", "/en/search", "/images/og-image.png", "/was",
                "/"));
        overview.select("link[href^=/], script[src^=/], img[src^=/]").forEach(e -> paths.add(e.hasAttr("href")
                ? e.attr("href") : e.attr("src")));
        http.page("/en/cities/bergen").select("img[src^=/]").forEach(e -> paths.add(e.attr("src")));
        assertThat(paths).anyMatch(p -> p.startsWith("/css/site-")).anyMatch(p -> p.startsWith("/flags/"));
        for (String path : paths) {
            HttpResponse<String> response = http.get(path);
            assertThat(response.statusCode()).as(path).isIn(200, 301, 302);
            assertHardened(path, response);
            assertHardened(path + " again", http.get(path));
        }
    }

    @Test
    void errorsAnsweredByTheSiteAndByTomcat() {
        for (String path : List.of("/en/no-such-page", "/da/venskabsbyer/atlantis", "/nothing-here", "/admin/../etc/passwd",
                "/en/cities/bergen/extra", "/css/none.css", "/flags/zz.svg")) {
            HttpResponse<String> response = http.get(path);
            assertThat(response.statusCode()).as(path).isBetween(400, 499);
            assertHardened(path, response);
            assertNothingInline(path, response.body());
        }
        List<byte[]> rejected = List.of(
                request("GET /en/%zz HTTP/1.1\r\nHost: localhost\r\n"),
                request("GET /en/%00 HTTP/1.1\r\nHost: localhost\r\n"),
                request("GET /en/<script> HTTP/1.1\r\nHost: localhost\r\n"),
                request("GET /en HTTP/1.1\r\nHost: localhost\r\nX-Big: " + "a".repeat(20_000) + "\r\n"),
                request("GET /en HTTP/7.0\r\nHost: localhost\r\n"),
                request("G\u00c9T /en HTTP/1.1\r\nHost: localhost\r\n"),
                request("GET /en HTTP/1.1\r\n"),
                request("TRACE /en HTTP/1.1\r\nHost: localhost\r\n"),
                request("PROPFIND /admin HTTP/1.1\r\nHost: localhost\r\n"),
                request("GET /en/search?q=" + "a".repeat(3000) + " HTTP/1.1\r\nHost: localhost\r\n"));
        for (byte[] bytes : rejected) {
            Http.RawResponse response = http.raw(bytes);
            String what = new String(bytes, StandardCharsets.ISO_8859_1).lines().findFirst().orElseThrow();
            what = what.substring(0, Math.min(60, what.length()));
            assertThat(response.status()).as(what).isBetween(400, 499);
            assertHardened(what, response::headers);
            assertNoServerVersion(what, response.text());
            assertNothingInline(what, response.body());
        }
    }

    @Test
    void anHttp09RequestGetsNoHeaderlessPage() {
        Http.RawResponse response = http.raw("GET /en\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(response.text()).doesNotContain("<html");
    }

    @Test
    void theLoginPageAndEveryAdminPage() {
        HttpResponse<String> login = http.get("/login");
        assertHardened("/login", login);
        assertNothingInline("/login", login.body());
        HttpResponse<String> anonymous = http.get("/admin");
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertHardened("/admin anonymous", anonymous);

        WebSession admin = new WebSession(port, "en");
        admin.logIn(TestAccounts.ADMIN_USERNAME, TestAccounts.ADMIN_PASSWORD);
        for (AdminPages.Page page : AdminPages.prepare(admin).pages()) {
            HttpResponse<String> response = admin.get(page.path());
            assertHardened(page.name(), response);
            assertNothingInline(page.name(), response.body());
            assertThat(response.headers().firstValue("Cache-Control").orElse("")).as(page.name()).contains("no-store");
        }
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteAndSecureOnlyOverHttps() {
        String plain = sessionCookie(null, "");
        assertThat(plain).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax")
                .doesNotContainIgnoringCase("Secure");

        String proxied = sessionCookie(null, "X-Forwarded-Proto: https\r\n");
        assertThat(proxied).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax")
                .containsIgnoringCase("; Secure");
    }

    /** The session cookie the login page sets (it holds the CSRF token), from the given local address. */
    private String sessionCookie(String from, String extraHeaders) {
        Http.RawResponse login = http.rawFrom(from, request("GET /login HTTP/1.1\r\nHost: localhost\r\n" + extraHeaders));
        assertThat(login.status()).isEqualTo(200);
        return login.headers("Set-Cookie").stream().filter(c -> c.matches("(?i)(JSESSIONID|SESSION)=.*"))
                .findFirst().orElseThrow(() -> new AssertionError("no session cookie: " + login.head()));
    }

    @Test
    void hstsOnlyWhenATrustedProxySaysHttps() {
        byte[] forwarded = request("GET /en HTTP/1.1\r\nHost: sistercities.example\r\nX-Forwarded-Proto: https\r\n"
                + "X-Forwarded-For: 203.0.113.9\r\n");
        // The default trusted proxy is one on the same machine, at 127.0.0.1.
        Http.RawResponse trusted = http.rawFrom("127.0.0.1", forwarded);
        assertThat(trusted.status()).isEqualTo(200);
        assertThat(trusted.headers("Strict-Transport-Security"))
                .containsExactly(SecurityHeadersFilter.STRICT_TRANSPORT_SECURITY);
        // Also when the page comes from the cache, and then never on a plain request.
        assertThat(http.rawFrom("127.0.0.1", forwarded).headers("Strict-Transport-Security")).hasSize(1);
        assertThat(http.raw(request("GET /en HTTP/1.1\r\nHost: localhost\r\n")).headers("Strict-Transport-Security"))
                .isEmpty();
        // And on what Tomcat answers itself.
        assertThat(http.rawFrom("127.0.0.1", request("GET /en/%zz HTTP/1.1\r\nHost: localhost\r\n"
                + "X-Forwarded-Proto: https\r\n")).headers("Strict-Transport-Security")).isNotEmpty();

        // Any other sender is not a proxy of ours: what it says about HTTPS is not believed.
        Http.RawResponse untrusted = http.rawFrom(otherLocalAddress(), forwarded);
        assertThat(untrusted.status()).isEqualTo(200);
        assertThat(untrusted.headers("Strict-Transport-Security")).isEmpty();
        assertThat(sessionCookie(otherLocalAddress(), "X-Forwarded-Proto: https\r\n"))
                .doesNotContainIgnoringCase("Secure");
    }

    /** A local address that is not the trusted proxy's: another loopback address (Linux answers all of 127/8). */
    static String otherLocalAddress() {
        return "127.0.0.2";
    }

    static byte[] request(String head) {
        return (head + "Connection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1);
    }
}
