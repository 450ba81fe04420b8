package dk.aarhus.sistercities.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.aarhus.sistercities.support.Addresses;
import dk.aarhus.sistercities.support.Browser;
import dk.aarhus.sistercities.support.FullAppTest;
import dk.aarhus.sistercities.support.ResetDataBeforeEachTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

/** An editor at work in a real browser: edit, preview, publish, conflict, restore, hostile text. */
@FullAppTest
@ResetDataBeforeEachTest
class EditorBrowserTest {

    @LocalServerPort
    int port;

    @Value("${sistercities.admin.username}")
    String username;

    @Value("${sistercities.admin.password}")
    String password;

    /** One browser each for the class; every test starts them logged out, on a freshly reset database. */
    static WebDriver editor;
    static WebDriver citizen;

    @BeforeAll
    static void start() {
        editor = Browser.start(1280, 1000, "en-GB,en");
        citizen = Browser.start(375, 812, "en-GB,en");
    }

    @AfterAll
    static void stop() {
        quit(editor);
        quit(citizen);
    }

    @BeforeEach
    void loggedOut() {
        Browser.forgetSite(editor, url("/login"));
        Browser.forgetSite(citizen, url("/login"));
    }

    private static void quit(WebDriver driver) {
        if (driver != null) {
            driver.quit();
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void logIn(WebDriver driver) {
        driver.get(url("/admin"));
        assertThat(driver.getCurrentUrl()).contains("/login");
        driver.findElement(By.name("username")).sendKeys(username);
        driver.findElement(By.name("password")).sendKeys(password);
        click(driver, By.cssSelector("main form button[type=submit]"));
        // Every account's admin starts in Danish, whatever the browser asks for; this editor chooses English
        // (again, in a second session: the choice is the account's).
        driver.get(url("/admin/language"));
        driver.findElement(By.cssSelector("label[for=language-en]")).click();
        click(driver, By.cssSelector("main form button[type=submit]"));
        driver.get(url("/admin"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Cities");
    }

    private void openCity(WebDriver driver, String name) {
        driver.get(url("/admin"));
        driver.findElement(By.linkText(name)).click();
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Edit " + name);
    }

    private static void type(WebDriver driver, String id, String text) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    /** Clicks a link or a submit button and waits for the next page, so the next step sees it. */
    private static void click(WebDriver driver, By by) {
        WebElement element = driver.findElement(by);
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10));
        // The old page is gone once its element is: Chromium says so either as "stale" or as "not in the document".
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

    private String citizenSees(String path, String selector) {
        citizen.get(url(path));
        return citizen.findElement(By.cssSelector(selector)).getText();
    }

    @Test
    void anEditorChangesBergensSummaryInBothLanguagesPreviewsAndPublishes() {
        logIn(editor);
        Browser.screenshot(editor, "admin-cities-1280");
        openCity(editor, "Bergen");
        type(editor, "texts-da-summary", "Bergen er en af Aarhus’ nordiske venskabsbyer – opdateret.");
        type(editor, "texts-en-summary", "Bergen is one of Aarhus’s Nordic sister cities – updated.");
        click(editor, By.cssSelector("form[data-unsaved-warning] button[value=save]"));
        assertThat(editor.findElement(By.cssSelector(".banner-success")).getText()).contains("saved as a draft");
        Browser.screenshot(editor, "admin-city-form-1280");

        assertThat(citizenSees("/en/cities/bergen", ".lead")).doesNotContain("updated");

        click(editor, By.linkText("Preview in Danish"));
        assertThat(editor.findElement(By.cssSelector(".preview-banner")).getText()).contains("Preview");
        assertThat(editor.findElement(By.cssSelector("p.lead")).getText()).contains("opdateret");
        Browser.screenshot(editor, "admin-preview-da-1280");
        click(editor, By.linkText("Back to editing"));

        click(editor, button("Publish"));
        assertThat(editor.findElement(By.cssSelector(".banner-success")).getText()).contains("Published");

        assertThat(citizenSees("/en/cities/bergen", ".lead")).contains("updated");
        assertThat(citizenSees("/da/venskabsbyer/bergen", ".lead")).contains("opdateret");
        Browser.screenshot(citizen, "citizen-bergen-after-publish-375");
    }

    @Test
    void aSecondSessionsStaleSaveIsRefusedWithBothVersionsAndItsInputKept() {
        WebDriver colleague = Browser.start(1280, 1000, "en-GB,en");
        try {
            logIn(editor);
            logIn(colleague);
            openCity(editor, "Turku");
            openCity(colleague, "Turku");

            type(colleague, "texts-en-summary", "The colleague's summary.");
            click(colleague, By.cssSelector("form[data-unsaved-warning] button[value=save]"));
            assertThat(colleague.findElement(By.cssSelector(".banner-success")).getText()).contains("draft");

            type(editor, "texts-en-summary", "My own summary, typed with care.");
            click(editor, By.cssSelector("form[data-unsaved-warning] button[value=save]"));

            String conflict = editor.findElement(By.cssSelector(".conflict")).getText();
            assertThat(conflict).contains("Your changes were not saved", "The colleague's summary.",
                    "My own summary, typed with care.");
            assertThat(editor.findElement(By.id("texts-en-summary")).getDomProperty("value"))
                    .isEqualTo("My own summary, typed with care.");
            Browser.screenshot(editor, "admin-conflict-1280");
        } finally {
            colleague.quit();
        }
    }

    /**
     * "Add a result" shows the form again with the focus in the new result's first field, scrolled into view
     * above the action bar that stays at the bottom of the window.
     */
    @Test
    void addingAResultLandsOnItAboveTheActionBar() {
        logIn(editor);
        openCity(editor, "Bergen");
        JavascriptExecutor js = (JavascriptExecutor) editor;
        Number barBottom = (Number) js.executeScript(
                "return document.querySelector('.action-bar').getBoundingClientRect().bottom");
        Number windowHeight = (Number) js.executeScript("return window.innerHeight");
        assertThat(barBottom.doubleValue()).as("the bar sits at the bottom of the window")
                .isCloseTo(windowHeight.doubleValue(), org.assertj.core.data.Offset.offset(1.0));

        click(editor, button("Add a result"));
        WebElement active = editor.switchTo().activeElement();
        assertThat(active.getDomAttribute("id")).isEqualTo("results-1-area");
        assertThat(((Number) js.executeScript("return window.scrollY")).doubleValue()).as("scrolled down to it")
                .isGreaterThan(200);
        Number fieldTop = (Number) js.executeScript("return document.activeElement.getBoundingClientRect().top");
        Number fieldBottom = (Number) js.executeScript("return document.activeElement.getBoundingClientRect().bottom");
        Number barTop = (Number) js.executeScript(
                "return document.querySelector('.action-bar').getBoundingClientRect().top");
        assertThat(fieldTop.doubleValue()).as("in the window").isGreaterThanOrEqualTo(0);
        assertThat(fieldBottom.doubleValue()).as("not under the action bar").isLessThanOrEqualTo(barTop.doubleValue());
        Browser.screenshot(editor, "admin-city-form-added-result-1280");

        // On a phone the bar stays one short row: it must not take the window.
        HasCdp cdp = (HasCdp) editor;
        cdp.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 375, "height", 812, "deviceScaleFactor", 1, "mobile", true));
        try {
            js.executeScript("document.activeElement.scrollIntoView({block: 'center'})");
            Number barHeight = (Number) js.executeScript(
                    "return document.querySelector('.action-bar').getBoundingClientRect().height");
            Number innerHeight = (Number) js.executeScript("return window.innerHeight");
            assertThat(barHeight.doubleValue()).as("the bar at 375 px").isLessThan(innerHeight.doubleValue() / 6);
            Number padding = (Number) js.executeScript(
                    "return parseFloat(getComputedStyle(document.documentElement).scrollPaddingBottom)");
            assertThat(padding.doubleValue()).as("a focused field scrolls clear of the bar")
                    .isGreaterThan(barHeight.doubleValue());
            Number width = (Number) js.executeScript("return document.documentElement.scrollWidth");
            assertThat(width.intValue()).as("no sideways scrolling").isLessThanOrEqualTo(375);
            Browser.screenshot(editor, "admin-city-form-added-result-375");

            // Tabbing through the whole form on a 375 × 667 phone, no focused field is hidden behind the bar
            // (WCAG 2.2, 2.4.11): each is in view above it; a tall text area at least its first lines, where
            // its caret is.
            cdp.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                    Map.of("width", 375, "height", 667, "deviceScaleFactor", 1, "mobile", true));
            js.executeScript("window.scrollTo(0, 0); document.getElementById('slug').focus()");
            List<String> hidden = new java.util.ArrayList<>();
            int fields = 0;
            for (int i = 0; i < 300; i++) {
                new Actions(editor).sendKeys(Keys.TAB).perform();
                @SuppressWarnings("unchecked")
                Map<String, Object> focused = (Map<String, Object>) js.executeScript("""
                        const a = document.activeElement;
                        if (!a.closest('#city-form') || a.closest('.action-bar')) return null;
                        const r = a.getBoundingClientRect();
                        const bar = document.querySelector('.action-bar').getBoundingClientRect();
                        return {id: a.id || a.name || a.tagName, top: r.top, bottom: r.bottom, barTop: bar.top};""");
                if (focused == null) {
                    break;
                }
                fields++;
                double top = ((Number) focused.get("top")).doubleValue();
                double height = ((Number) focused.get("bottom")).doubleValue() - top;
                if (top < 0 || ((Number) focused.get("barTop")).doubleValue() - top < Math.min(height, 40)) {
                    hidden.add(focused.toString());
                }
            }
            assertThat(fields).as("fields tabbed through").isGreaterThan(40);
            assertThat(hidden).as("focused fields hidden behind the action bar").isEmpty();
            Browser.screenshot(editor, "admin-city-form-tabbed-375");
        } finally {
            cdp.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                    Map.of("width", 1280, "height", 1000, "deviceScaleFactor", 1, "mobile", true)); // as Browser.start
        }
    }

    @Test
    void anOlderRevisionIsRestoredAndPublished() {
        logIn(editor);
        openCity(editor, "Rostock");
        String original = editor.findElement(By.id("texts-en-summary")).getDomProperty("value");
        type(editor, "texts-en-summary", "A summary that turned out wrong.");
        click(editor, By.cssSelector("form[data-unsaved-warning] button[value=save]"));
        click(editor, button("Publish"));
        assertThat(citizenSees("/en/cities/rostock", ".lead")).contains("turned out wrong");

        click(editor, By.linkText("History"));
        Browser.screenshot(editor, "admin-history-1280");
        click(editor, button("Restore revision 1"));
        assertThat(editor.findElement(By.cssSelector(".banner-success")).getText()).contains("Revision 1");
        assertThat(editor.findElement(By.id("texts-en-summary")).getDomProperty("value")).isEqualTo(original);
        click(editor, button("Publish"));

        assertThat(citizenSees("/en/cities/rostock", ".lead")).isEqualTo(original);
    }

    @Test
    void anEditorCreatesAnActivityPreviewsPublishesItEditsItAndRestoresTheFirstVersion() {
        logIn(editor);
        click(editor, By.linkText("Activities"));
        click(editor, By.linkText("New activity"));
        type(editor, "texts-da-title", "Skoleklasser fra Bergen besøger Aarhus");
        type(editor, "texts-en-title", "School classes from Bergen visit Aarhus");
        type(editor, "texts-en-place", "Aarhus City Hall");
        type(editor, "texts-en-body", "A visit *to test* the activities.");
        type(editor, "starts", "2026-05-20");
        editor.findElement(By.xpath("//label[normalize-space()='Bergen']")).click();
        type(editor, "sources-0-title", "A test source");
        type(editor, "sources-0-url", "https://example.org/visit");
        click(editor, button("Save draft"));
        assertThat(editor.findElement(By.cssSelector(".banner-success")).getText()).contains("saved as a draft");
        assertThat(citizen("/en/cities/bergen").findElements(By.id("activities-heading"))).as("a draft is not public")
                .isEmpty();

        Browser.screenshot(editor, "admin-activity-form-1280");
        click(editor, By.linkText("Preview in English"));
        assertThat(editor.findElement(By.cssSelector(".preview-banner")).getText()).contains("Preview");
        assertThat(editor.findElement(By.cssSelector("li.activity h2")).getText())
                .isEqualTo("School classes from Bergen visit Aarhus");
        click(editor, By.linkText("Back to editing"));
        click(editor, button("Publish"));
        assertThat(editor.findElement(By.cssSelector(".banner-success")).getText()).contains("Published");
        assertThat(citizenSees("/en/cities/bergen", "section[aria-labelledby=activities-heading] h3"))
                .isEqualTo("School classes from Bergen visit Aarhus");
        assertThat(citizen.findElement(By.cssSelector("li.activity em")).getText()).isEqualTo("to test");

        type(editor, "texts-en-title", "A title that turned out wrong");
        click(editor, button("Save draft"));
        click(editor, button("Publish"));
        assertThat(citizenSees("/en/activities", "li.activity h2")).isEqualTo("A title that turned out wrong");

        click(editor, button("Restore revision 1"));
        assertThat(editor.findElement(By.cssSelector(".banner-success")).getText()).contains("Revision 1");
        assertThat(editor.findElement(By.id("texts-en-title")).getDomProperty("value"))
                .isEqualTo("School classes from Bergen visit Aarhus");
        click(editor, button("Publish"));
        assertThat(citizenSees("/en/cities/bergen", "section[aria-labelledby=activities-heading] h3"))
                .isEqualTo("School classes from Bergen visit Aarhus");
    }

    private WebDriver citizen(String path) {
        citizen.get(url(path));
        return citizen;
    }

    @Test
    void scriptAndJavascriptPayloadsInEveryTextFieldShowAsHarmlessText() {
        logIn(editor);
        openCity(editor, "Hamburg");
        String payload = "<script>alert(1)</script>";
        // The new image's texts want a file with them (ImageOnContentTest); every other text field takes the payload.
        List<WebElement> fields = editor.findElements(By.cssSelector(
                "form[data-unsaved-warning] textarea:not([id^=newImage-]), form[data-unsaved-warning] input[id^=texts-]"));
        assertThat(fields).hasSizeGreaterThanOrEqualTo(12);
        for (WebElement field : fields) {
            ((JavascriptExecutor) editor).executeScript("arguments[0].value = arguments[1]", field,
                    "Hamburg " + payload + " [link](javascript:alert(2)) <img src=x onerror=alert(3)>");
        }
        click(editor, By.cssSelector("form[data-unsaved-warning] button[value=save]"));
        assertThat(editor.findElements(By.cssSelector(".error-summary"))).isEmpty();
        click(editor, button("Publish"));

        for (String lang : List.of("en", "da")) {
            citizen.get(url(Addresses.city(lang, "hamburg")));
            assertThatThrownBy(() -> citizen.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
            assertThat(citizen.findElement(By.tagName("h1")).getText()).contains(payload);
            assertThat(citizen.findElements(By.cssSelector("main script, main img[onerror], a[href^='javascript']")))
                    .isEmpty();
        }
        citizen.get(url("/en"));
        assertThatThrownBy(() -> citizen.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
    }

    @Test
    void anEditorCreatesAPagePreviewsPublishesEditsAndRestoresIt() {
        logIn(editor);
        click(editor, By.linkText("Pages"));
        click(editor, By.linkText("New page"));
        type(editor, "texts-da-title", "Sommerskole");
        type(editor, "texts-da-slug", "sommerskole");
        type(editor, "texts-da-body", "En **første** tekst.");
        type(editor, "texts-en-title", "Summer school");
        type(editor, "texts-en-slug", "summer-school");
        type(editor, "texts-en-body", "A **first** text.");
        type(editor, "navPosition", "3");
        click(editor, button("Save draft"));
        assertThat(editor.findElement(By.cssSelector(".banner-success")).getText()).contains("saved as a draft");
        Browser.screenshot(editor, "admin-page-form-1280");

        click(editor, By.linkText("Preview in English"));
        assertThat(editor.findElement(By.cssSelector(".preview-banner")).getText()).contains("Preview");
        assertThat(editor.findElement(By.cssSelector("main .prose strong")).getText()).isEqualTo("first");
        click(editor, By.linkText("Back to editing"));
        citizen.get(url("/en"));
        assertThat(citizen.findElements(By.linkText("Summer school"))).as("a draft is not in the navigation").isEmpty();

        click(editor, button("Publish"));
        assertThat(editor.findElement(By.cssSelector(".banner-success")).getText()).contains("Published");
        citizen.get(url("/en"));
        click(citizen, By.linkText("Summer school"));
        assertThat(citizen.getCurrentUrl()).endsWith("/en/pages/summer-school");
        assertThat(citizen.findElement(By.cssSelector("nav.main-nav a[aria-current=page]")).getText())
                .isEqualTo("Summer school");
        assertThat(citizenSees("/en/pages/summer-school", "main .prose")).isEqualTo("A first text.");
        Browser.screenshot(citizen, "citizen-page-375");
        click(citizen, By.linkText("Dansk"));
        assertThat(citizen.getCurrentUrl()).endsWith("/da/sider/sommerskole");

        type(editor, "texts-en-body", "A second text that turned out wrong.");
        click(editor, button("Save draft"));
        click(editor, button("Publish"));
        assertThat(citizenSees("/en/pages/summer-school", "main .prose")).contains("turned out wrong");

        click(editor, button("Restore revision 1"));
        assertThat(editor.findElement(By.cssSelector(".banner-success")).getText()).contains("Revision 1");
        assertThat(editor.findElement(By.id("texts-en-body")).getDomProperty("value")).isEqualTo("A **first** text.");
        click(editor, button("Publish"));
        assertThat(citizenSees("/en/pages/summer-school", "main .prose")).isEqualTo("A first text.");
    }
}
