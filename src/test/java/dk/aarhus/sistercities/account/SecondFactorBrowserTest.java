package dk.aarhus.sistercities.account;

import static org.assertj.core.api.Assertions.assertThat;

import dk.aarhus.sistercities.support.Axe;
import dk.aarhus.sistercities.support.Browser;
import dk.aarhus.sistercities.support.FullAppTest;
import dk.aarhus.sistercities.support.TestClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What an editor does in a real browser, without JavaScript of ours: sets up the second factor by typing the
 * key into their app (the code is computed here from the test clock, as the app would), keeps the recovery
 * codes, then logs in with the password and the app's code. axe checks every page of the way.
 */
@FullAppTest
class SecondFactorBrowserTest {

    static WebDriver browser;

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    AccountRepository accountRepository;

    @Autowired
    TestClock clock;

    @BeforeAll
    static void start() {
        browser = Browser.start(390, 844, "da-DK,da");
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    private void open(String path) {
        browser.get("http://localhost:" + port + path);
    }

    private void submit(WebElement button, String expectedPath) {
        button.click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlMatches(expectedPath + "$"));
    }

    @Test
    void anEditorSetsUpTheAppAndLogsInWithItsCode() {
        String password = "Ingrid's own long passphrase";
        if (!accountRepository.existsByUsername("tf-ingrid")) {
            accounts.create("tf-ingrid", "Ingrid Holm", Role.EDITOR, password, "test");
        }
        List<String> violations = new ArrayList<>();
        open("/login");
        browser.findElement(By.id("username")).sendKeys("tf-ingrid");
        browser.findElement(By.id("password")).sendKeys(password);
        submit(browser.findElement(By.cssSelector("main form button[type=submit]")), "/admin");

        open("/admin/second-factor");
        TestCodes app = new TestCodes(browser.findElement(By.cssSelector("code.secret")).getText(), clock);
        browser.findElement(By.id("code")).sendKeys(app.now());
        submit(browser.findElement(By.cssSelector("main form button[type=submit]")), "/admin/second-factor");
        assertThat(browser.findElements(By.cssSelector("ol.recovery-codes li"))).hasSize(SecondFactor.RECOVERY_CODES);
        violations.addAll(Axe.violations(browser, "the recovery codes, shown once"));

        browser.manage().deleteAllCookies();
        open("/login");
        browser.findElement(By.id("username")).sendKeys("tf-ingrid");
        browser.findElement(By.id("password")).sendKeys(password);
        submit(browser.findElement(By.cssSelector("main form button[type=submit]")), "/login/code");
        WebElement code = browser.findElement(By.id("code"));
        assertThat(code.getDomAttribute("autocomplete")).isEqualTo("one-time-code");
        assertThat(code.getDomAttribute("inputmode")).isEqualTo("numeric");
        assertThat(browser.findElement(By.cssSelector("label[for=code]")).getText()).isEqualTo("Kode fra appen");
        violations.addAll(Axe.violations(browser, "/login/code"));

        code.sendKeys(app.wrong());
        submit(browser.findElement(By.cssSelector("form[action='/login/code'] button")), "/login/code");
        assertThat(browser.findElement(By.cssSelector("#error-summary a[href='#code']")).getText())
                .startsWith("Koden er forkert.");
        violations.addAll(Axe.violations(browser, "/login/code with a wrong code"));

        browser.findElement(By.id("code")).sendKeys(app.next());
        submit(browser.findElement(By.cssSelector("form[action='/login/code'] button")), "/admin");
        assertThat(browser.findElement(By.cssSelector(".signed-in")).getText()).contains("Ingrid Holm");
        assertThat(violations).isEmpty();
    }
}
