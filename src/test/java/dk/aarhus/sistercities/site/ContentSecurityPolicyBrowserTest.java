package dk.aarhus.sistercities.site;

import static org.assertj.core.api.Assertions.assertThat;

import dk.aarhus.sistercities.account.TestAccounts;
import dk.aarhus.sistercities.support.Browser;
import dk.aarhus.sistercities.support.FullAppTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A real browser under the site's Content-Security-Policy and Permissions-Policy refuses nothing and
 * complains of nothing: the pages have nothing inline, the JSON-LD data block is not script, the admin
 * form's external script runs, and every feature named in the Permissions-Policy is one Chromium knows.
 */
@FullAppTest
class ContentSecurityPolicyBrowserTest {

    static WebDriver browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void start() {
        browser = Browser.start(1280, 900, "en-GB,en");
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theBrowserReportsWhatThePolicyRefuses() {
        browser.get("http://localhost:" + port + "/en");
        policyComplaints("/en");
        ((JavascriptExecutor) browser).executeScript("document.body.setAttribute('style', 'color: red')");
        assertThat(policyComplaints("an inline style")).as("the console shows a refusal").isNotEmpty();
    }

    @Test
    void publicAndAdminPagesLoadWithoutAnyPolicyComplaint() {
        List<String> complaints = new ArrayList<>();
        for (String path : List.of("/en", "/da", "/en/cities/bergen", "/da/venskabsbyer/st-petersburg", "/en/map",
                "/en/partnerships/nordic-sister-city", "/en/search?q=bergen", "/en/contact", "/en/no-such-page",
                "/login")) {
            open(path, complaints);
        }
        assertThat(browser.findElements(By.cssSelector("script[type='application/ld+json']"))).isEmpty();
        open("/en/cities/bergen", complaints);
        assertThat(browser.findElements(By.cssSelector("script[type='application/ld+json']")))
                .as("the city page carries its JSON-LD").hasSize(1);

        open("/login", complaints);
        browser.findElement(By.id("username")).sendKeys(TestAccounts.ADMIN_USERNAME);
        browser.findElement(By.id("password")).sendKeys(TestAccounts.ADMIN_PASSWORD);
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        // The click returns before the next page has loaded; on a busy machine it may take a while.
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlMatches("/admin$"));
        complaints.addAll(policyComplaints("/admin"));
        browser.findElement(By.cssSelector("main a[href^='/admin/cities/']")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/admin/cities/"));
        complaints.addAll(policyComplaints("city form"));
        // The unsaved-changes script is external and allowed: it has registered its listener.
        browser.findElement(By.cssSelector("form[data-unsaved-warning] input[type=text]")).sendKeys("x");
        Object dirty = ((JavascriptExecutor) browser).executeScript(
                "var e = new Event('beforeunload', {cancelable: true}); window.dispatchEvent(e); return e.defaultPrevented;");
        assertThat(dirty).as("js/unsaved-changes.js ran under the policy").isEqualTo(true);
        open("/admin/accounts", complaints);
        open("/admin/audit", complaints);

        assertThat(complaints).isEmpty();
    }

    private void open(String path, List<String> complaints) {
        browser.get("http://localhost:" + port + path);
        complaints.addAll(policyComplaints(path));
    }

    /** What the console said about a policy since the last call. */
    private static List<String> policyComplaints(String where) {
        List<String> found = new ArrayList<>();
        for (LogEntry entry : browser.manage().logs().get(LogType.BROWSER)) {
            String message = entry.getMessage();
            if (message.contains("Content Security Policy") || message.contains("Content-Security-Policy")
                    || message.contains("Permissions-Policy") || message.contains("Permissions Policy")
                    || message.contains("Refused to")) {
                found.add(where + ": " + message);
            }
        }
        return found;
    }
}
