package dk.aarhus.sistercities.review;

import static org.assertj.core.api.Assertions.assertThat;

import dk.aarhus.sistercities.support.Browser;
import dk.aarhus.sistercities.support.FullAppTest;
import dk.aarhus.sistercities.support.WebSession;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Approval as two people do it in their browsers, in Danish, with the four-eyes rule on: an editor sends a city's
 * draft with a comment, a publisher rejects it with a comment, the editor reads it, corrects the text and sends it
 * again, the publisher approves, and citizens see the correction.
 */
@FullAppTest
class ReviewBrowserTest {

    private static final String WRONG = "Bergen er Aarhus' venskabsby siden 1846.";
    private static final String FIXED = "Bergen er Aarhus' venskabsby siden 1946.";

    @LocalServerPort
    int port;

    static WebDriver editor;
    static WebDriver publisher;

    @BeforeAll
    static void start() {
        editor = Browser.start(1280, 1000, "da-DK,da");
        publisher = Browser.start(1280, 1000, "da-DK,da");
    }

    @AfterAll
    static void stop() {
        for (WebDriver driver : new WebDriver[] {editor, publisher}) {
            if (driver != null) {
                driver.quit();
            }
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void logIn(WebDriver driver, String username) {
        Browser.forgetSite(driver, url("/login"));
        driver.get(url("/admin"));
        driver.findElement(By.name("username")).sendKeys(username);
        driver.findElement(By.name("password")).sendKeys(Reviewers.PASSWORD);
        click(driver, By.cssSelector("main form button[type=submit]"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Byer");
    }

    /** Clicks a link or a submit button and waits for the next page. */
    private static void click(WebDriver driver, By by) {
        WebElement element = driver.findElement(by);
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10));
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

    private static By button(String text) {
        return By.xpath("//button[normalize-space()='" + text + "']");
    }

    private static void type(WebDriver driver, String id, String text) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    private static String text(WebDriver driver, String selector) {
        return driver.findElement(By.cssSelector(selector)).getText();
    }

    @Test
    void anEditorsDraftIsRejectedCorrectedAndApprovedBeforeCitizensSeeIt() {
        WebSession admin = Reviewers.admin(port);
        Reviewers.createAccount(admin, "redaktoer", "EDITOR");
        Reviewers.createAccount(admin, "udgiver", "PUBLISHER");
        Reviewers.fourEyes(admin, true);

        // The editor changes Bergen's summary and, unable to publish, sends it for review with a comment.
        logIn(editor, "redaktoer");
        click(editor, By.linkText("Bergen"));
        type(editor, "texts-da-summary", WRONG);
        click(editor, button("Gem kladde"));
        assertThat(editor.findElements(button("Offentliggør"))).isEmpty();
        type(editor, "review-comment", "Jeg har rettet årstallet i resuméet.");
        click(editor, button("Send til godkendelse"));
        assertThat(text(editor, ".review-panel")).contains("Kladden er sendt til godkendelse", "Afventer godkendelse");
        editor.get(url("/admin"));
        assertThat(text(editor, "main tbody")).contains("Afventer godkendelse");

        // The publisher finds it in the queue and rejects it, saying why.
        logIn(publisher, "udgiver");
        click(publisher, By.linkText("Godkendelser"));
        assertThat(text(publisher, "main tbody")).contains("Bergen", "redaktoer", "Jeg har rettet årstallet i resuméet.");
        click(publisher, By.cssSelector("main tbody a[href^='/admin/reviews/']"));
        assertThat(text(publisher, "h1")).isEqualTo("Godkend Bergen?");
        click(publisher, button("Afvis kladden"));
        assertThat(text(publisher, ".error-summary")).contains("Skriv, hvorfor kladden afvises");
        type(publisher, "comment", "Bergen blev venskabsby i 1946, ikke 1846.");
        click(publisher, button("Afvis kladden"));
        assertThat(text(publisher, "main")).contains("Kladden er afvist", "Intet afventer godkendelse");

        // The editor reads the comment on the form, corrects the text, saves and sends it again.
        editor.get(url("/admin"));
        click(editor, By.linkText("Bergen"));
        assertThat(text(editor, "#review-rejection")).contains("Afvist af udgiver", "Bergen blev venskabsby i 1946, ikke 1846.");
        type(editor, "texts-da-summary", FIXED);
        click(editor, button("Gem kladde"));
        assertThat(editor.findElements(By.id("review-rejection"))).isEmpty();
        click(editor, button("Send til godkendelse"));

        // The publisher approves; citizens see the correction.
        publisher.get(url("/admin/reviews"));
        click(publisher, By.cssSelector("main tbody a[href^='/admin/reviews/']"));
        click(publisher, button("Godkend og offentliggør"));
        assertThat(text(publisher, "main")).contains("Godkendt og offentliggjort");
        publisher.get(url("/da/venskabsbyer/bergen"));
        assertThat(text(publisher, "main .lead")).isEqualTo(FIXED);
        Browser.screenshot(editor, "review-editor-da");
    }
}
