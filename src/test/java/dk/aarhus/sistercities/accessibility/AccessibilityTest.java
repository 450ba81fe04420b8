package dk.aarhus.sistercities.accessibility;

import static org.assertj.core.api.Assertions.assertThat;

import dk.aarhus.sistercities.account.TestAccounts;
import dk.aarhus.sistercities.support.AdminPages;
import dk.aarhus.sistercities.support.Axe;
import dk.aarhus.sistercities.support.Browser;
import dk.aarhus.sistercities.support.FullAppTest;
import dk.aarhus.sistercities.support.Http;
import dk.aarhus.sistercities.support.SitePages;
import dk.aarhus.sistercities.support.WebSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * WCAG 2.2 AA, as far as a machine can tell: axe-core in headless Chromium finds no violation on any
 * page, public or editorial, in Danish and in English, each template on a phone (375 px) and on a
 * desktop (1280 px).
 *
 * <p>Every page is checked once in each language, and the two languages at different widths: public
 * pages in Danish on the phone and in English on the desktop, editors' pages in Danish on the desktop
 * (where the international office works) and in English on the phone. A page and its twin in the other
 * language are the same template with other words, so each template meets axe at both widths, in half
 * the runs of checking every language at every width.
 *
 * <p>Public pages are found by following the site's links from {@code /da} and {@code /en} (plus search
 * and the 404 page), so a page added later is checked without changing this test. Editors' pages are
 * opened logged in as the test administrator, with the browser asking for Danish and then English;
 * they include the login page, forms showing validation errors and a refused, conflicting save, and the
 * 403 page an editor meets on the administrators' pages. A failure lists every violation with its rule,
 * impact, page and element; the whole list is also written to {@code target/accessibility-*.txt}.
 */
@FullAppTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessibilityTest {

    /** A phone and a desktop; each has its own browser, and the two run side by side (2 cores). */
    private static final List<Integer> WIDTHS = List.of(375, 1280);
    /** The language of the public pages checked at each width; the editors' pages take the other one. */
    private static final Map<Integer, String> PUBLIC_LANGUAGE = Map.of(375, "da", 1280, "en");

    /** Accounts whose admin is in English. */
    private static final String ENGLISH_ADMIN = "a11y-admin-en";
    private static final String ENGLISH_EDITOR = "a11y-editor-en";

    @LocalServerPort
    int port;

    /** One browser per width, for the public and the editors' pages alike. */
    private final Map<Integer, WebDriver> browsers = new ConcurrentHashMap<>();
    private List<SitePages.Page> publicPages;
    private AdminPages adminPages;
    private WebSession otherEditor;

    @BeforeAll
    void findThePages() throws IOException {
        for (String kind : List.of("public", "editor")) {
            for (int width : WIDTHS) {
                Files.deleteIfExists(Path.of("target", "accessibility-" + kind + "-" + width + ".txt"));
            }
        }
        publicPages = SitePages.publicPages(new Http(port));
        otherEditor = new WebSession(port, "en");
        otherEditor.logIn(TestAccounts.ADMIN_USERNAME, TestAccounts.ADMIN_PASSWORD);
        adminPages = AdminPages.prepare(otherEditor);
        // The first administrator and AdminPages' editor work in Danish (every account's default); these two in
        // English, so the two widths check their languages side by side.
        for (String[] account : List.of(new String[] {ENGLISH_ADMIN, "ADMIN"}, new String[] {ENGLISH_EDITOR, "EDITOR"})) {
            AdminPages.createAccount(otherEditor, account[0], account[1], AdminPages.EDITOR_PASSWORD);
            WebSession english = new WebSession(port, "da");
            english.logIn(account[0], AdminPages.EDITOR_PASSWORD);
            AdminPages.chooseLanguage(english, "en");
        }
        for (int width : WIDTHS) {
            WebDriver browser = Browser.start(width, width < 800 ? 812 : 1000, "da,en;q=0.8");
            Axe.preload(browser);
            browsers.put(width, browser);
        }
    }

    @AfterAll
    void quitBrowsers() {
        browsers.values().forEach(WebDriver::quit);
    }

    private WebDriver browser(int width) {
        return browsers.get(width);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** What one width found: the pages checked per language and the violations. */
    private record Findings(int width, Map<String, Integer> checked, List<String> violations) {
    }

    @Test
    void everyPublicPageHasNoViolationsOnAPhoneAndADesktop() {
        List<Findings> findings = atEveryWidth(this::checkPublicPages);
        Map<String, Integer> checked = new TreeMap<>();
        findings.forEach(found -> found.checked().forEach((lang, n) -> checked.merge(lang, n, Integer::sum)));
        assertThat(checked.get("da")).as("Danish public pages").isGreaterThan(1 + 15 + 6);
        assertThat(checked.get("en")).as("English public pages").isGreaterThan(1 + 15 + 6);
        report("public", findings);
    }

    @Test
    void everyEditorPageHasNoViolationsOnAPhoneAndADesktop() {
        report("editor", atEveryWidth(this::checkEditorPages));
    }

    /** The check itself can fail: a page given an image and a link without a text shows both violations. */
    @Test
    void theCheckFindsViolationsWhereThereAreSome() {
        WebDriver browser = browser(WIDTHS.get(0));
        browser.get(url("/en"));
        ((JavascriptExecutor) browser).executeScript("""
                const main = document.querySelector('main');
                main.insertAdjacentHTML('beforeend', '<img src="/favicon.svg">');
                main.insertAdjacentHTML('beforeend', '<a href="/da"></a>');""");
        assertThat(String.join("\n", Axe.violations(browser, "/en with faults added")))
                .contains("[image-alt]", "[link-name]", "page:    /en with faults added", "<img src=\"/favicon.svg\">");
    }

    private Findings checkPublicPages(int width) {
        WebDriver browser = browser(width);
        List<String> violations = new ArrayList<>();
        Map<String, Integer> checked = new TreeMap<>();
        for (SitePages.Page page : publicPages) {
            if (!page.lang().equals(PUBLIC_LANGUAGE.get(width))) {
                continue;
            }
            browser.get(url(page.path()));
            violations.addAll(Axe.violations(browser, page.path() + " at " + width + " px"));
            checked.merge(page.lang(), 1, Integer::sum);
        }
        return new Findings(width, checked, violations);
    }

    private Findings checkEditorPages(int width) {
        WebDriver browser = browser(width);
        List<String> violations = new ArrayList<>();
        Map<String, Integer> checked = new TreeMap<>();
        String lang = PUBLIC_LANGUAGE.get(width).equals("da") ? "en" : "da";
        Axe.acceptLanguage(browser, lang);
        Checker check = name -> {
            String path = Axe.location(browser);
            String page = name + " (" + lang + ", " + width + " px) " + path;
            // A preview is the public page in its own language; the login page follows the browser's, every
            // other page the account's.
            String expected = path.matches(".*/preview/(da|en)$") ? path.substring(path.length() - 2) : lang;
            assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang")).as(page).isEqualTo(expected);
            violations.addAll(Axe.violations(browser, page));
            checked.merge(lang, 1, Integer::sum);
        };

        logOut(browser);
        browser.get(url("/login"));
        check.page("login");
        browser.get(url("/login?error"));
        check.page("login with error");

        boolean english = lang.equals("en");
        logIn(browser, english ? ENGLISH_ADMIN : TestAccounts.ADMIN_USERNAME,
                english ? AdminPages.EDITOR_PASSWORD : TestAccounts.ADMIN_PASSWORD);
        for (AdminPages.Page page : adminPages.pages()) {
            browser.get(url(page.path()));
            // The page asked for, not the login page an expired session would be sent to.
            assertThat(Axe.location(browser)).as(page.name() + " (" + lang + ", " + width + " px)")
                    .isEqualTo(page.path());
            check.page(page.name());
        }

        String city = adminPages.cityPath();
        browser.get(url(city));
        JavascriptExecutor js = (JavascriptExecutor) browser;
        js.executeScript("""
                document.getElementById('slug').value = 'Not a slug!';
                document.getElementById('texts-da-name').value = '';
                document.getElementById('texts-en-name').value = '';
                document.getElementById('sinceYear').value = '19x6';""");
        submit(browser, By.cssSelector("form[data-unsaved-warning] button[value=save]"));
        assertThat(browser.findElements(By.cssSelector(".error-summary"))).isNotEmpty();
        check.page("city form with validation errors");

        browser.get(url(city));
        // Another editor saves meanwhile; one at a time, or the two widths' saves would refuse each other.
        synchronized (otherEditor) {
            AdminPages.saveCity(otherEditor, city, Map.of("texts[en].summary",
                    "Bergen in Norway is one of the three Nordic sister cities of Aarhus (changed meanwhile)."));
        }
        js.executeScript("document.getElementById('texts-en-summary').value = 'Bergen, as I would have it.'");
        submit(browser, By.cssSelector("form[data-unsaved-warning] button[value=save]"));
        assertThat(browser.findElements(By.cssSelector(".conflict"))).isNotEmpty();
        check.page("city form with a conflict");

        browser.get(url("/admin/accounts/new"));
        submit(browser, By.cssSelector("main form button[type=submit]"));
        assertThat(browser.findElements(By.cssSelector(".error-summary"))).isNotEmpty();
        check.page("new account form with errors");

        browser.get(url("/admin/password"));
        submit(browser, By.cssSelector("main form button[type=submit]"));
        assertThat(browser.findElements(By.cssSelector(".error-summary"))).isNotEmpty();
        check.page("change password form with errors");

        logOut(browser);
        logIn(browser, english ? ENGLISH_EDITOR : AdminPages.EDITOR_USERNAME, AdminPages.EDITOR_PASSWORD);
        browser.get(url("/admin/accounts"));
        assertThat(Axe.location(browser)).as("accounts as an editor").isEqualTo("/admin/accounts");
        assertThat(browser.findElement(By.tagName("h1")).getText()).as("accounts as an editor").isNotBlank();
        check.page("accounts as an editor (403 page)");
        logOut(browser);
        return new Findings(width, checked, violations);
    }

    /** Runs the check at every width at once, each in its own browser; a failure in either is rethrown. */
    private List<Findings> atEveryWidth(IntFunction<Findings> check) {
        ExecutorService pool = Executors.newFixedThreadPool(WIDTHS.size());
        try {
            List<Future<Findings>> running = WIDTHS.stream().map(w -> pool.submit(() -> check.apply(w))).toList();
            List<Findings> findings = new ArrayList<>();
            for (Future<Findings> width : running) {
                findings.add(width.get());
            }
            return findings;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            pool.shutdownNow();
        }
    }

    @FunctionalInterface
    private interface Checker {
        void page(String name);
    }

    /** Forgets the session: the browser is on the site first, as cookies are removed for the page's site. */
    private void logOut(WebDriver browser) {
        browser.get(url("/login"));
        browser.manage().deleteAllCookies();
    }

    private void logIn(WebDriver browser, String username, String password) {
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(password);
        submit(browser, By.cssSelector("main form button[type=submit]"));
        assertThat(Axe.location(browser)).as("logged in as " + username).isEqualTo("/admin");
    }

    /** Presses a submit button and waits for the page that answers. */
    private static void submit(WebDriver browser, By button) {
        WebElement element = browser.findElement(button);
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
        wait.until(d -> {
            try {
                element.isEnabled();
                return false;
            } catch (WebDriverException gone) {
                return true;
            }
        });
        wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    private static void report(String kind, List<Findings> findings) {
        List<String> all = new ArrayList<>();
        for (Findings found : findings) {
            String summary = String.format("axe-core: %s pages at %d px: %s checked, %d violations", kind,
                    found.width(), found.checked(), found.violations().size());
            System.out.println(summary + " (so far " + Axe.timeSpent() + ")");
            Path file = Path.of("target", "accessibility-" + kind + "-" + found.width() + ".txt");
            try {
                Files.createDirectories(file.getParent());
                Files.writeString(file, summary + "\n\n" + String.join("\n\n", found.violations()) + "\n");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            all.addAll(found.violations());
        }
        assertThat(all)
                .withFailMessage(() -> String.format("%d WCAG 2.2 A/AA violations on the %s pages (also in "
                        + "target/accessibility-%s-*.txt):%n%n%s", all.size(), kind, kind, String.join("\n\n", all)))
                .isEmpty();
    }
}
