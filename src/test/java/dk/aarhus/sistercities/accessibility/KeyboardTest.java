package dk.aarhus.sistercities.accessibility;

import static org.assertj.core.api.Assertions.assertThat;

import dk.aarhus.sistercities.account.TestAccounts;
import dk.aarhus.sistercities.support.AdminPages;
import dk.aarhus.sistercities.support.Browser;
import dk.aarhus.sistercities.support.FullAppTest;
import dk.aarhus.sistercities.support.WebSession;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A person who uses only the keyboard: TAB, SHIFT+TAB, ENTER, SPACE and typing, sent to whatever has focus;
 * nothing is clicked. The main tasks can be done that way, and whatever has focus shows it.
 */
@FullAppTest
class KeyboardTest {

    /** More tab stops than any page has; a page that needs more is a page nobody can use by keyboard. */
    private static final int MAX_TABS = 250;

    static WebDriver browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void start() {
        browser = Browser.start(1280, 1000, "en-GB,en");
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    /** Every test starts logged out (set-up, not something the person does). */
    @BeforeEach
    void loggedOut() {
        open("/login");
        browser.manage().deleteAllCookies();
    }

    @Test
    void aCitizenFindsACitySearchesAndSwitchesLanguageWithTheKeyboardOnly() {
        open("/en");

        // The first stop is the skip link; it leads past the header into the content.
        WebElement skip = tab();
        assertThat(skip.getDomAttribute("class")).contains("skip-link");
        assertThat(skip.isDisplayed()).as("the skip link shows when it has focus").isTrue();
        press(Keys.ENTER);
        assertThat(inside(tab(), "main")).as("after the skip link, the next stop is in the content").isTrue();

        // From the overview to a city, by its card.
        tabTo("the card of Bergen", e -> "/en/cities/bergen".equals(e.getDomAttribute("href")));
        pressAndWait(Keys.ENTER);
        assertThat(path()).isEqualTo("/en/cities/bergen");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Bergen");

        // The search field in the header, from the top of the page.
        open("/en/cities/bergen");
        tabTo("the search field in the header", e -> "site-search-q".equals(e.getDomAttribute("id")));
        type("goteborg");
        pressAndWait(Keys.ENTER);
        assertThat(path()).isEqualTo("/en/search");
        tabTo("the search result for Gothenburg", e -> "/en/cities/gothenburg".equals(e.getDomAttribute("href"))
                && inside(e, "main"));
        pressAndWait(Keys.ENTER);
        assertThat(path()).isEqualTo("/en/cities/gothenburg");

        // The language switch keeps the citizen on the same page.
        tabTo("the language switch", e -> inside(e, "nav.language"));
        pressAndWait(Keys.ENTER);
        assertThat(path()).isEqualTo("/da/venskabsbyer/gothenburg");
        assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("da");
    }

    @Test
    void anEditorLogsInOpensACityAndSavesItWithTheKeyboardOnly() {
        inEnglish();
        open("/login");
        tabTo("the user name field", e -> "username".equals(e.getDomAttribute("id")));
        type(TestAccounts.ADMIN_USERNAME);
        press(Keys.TAB);
        assertThat(active().getDomAttribute("id")).isEqualTo("password");
        type(TestAccounts.ADMIN_PASSWORD);
        pressAndWait(Keys.ENTER);
        assertThat(path()).isEqualTo("/admin");

        tabTo("the link to Bergen's form", e -> "a".equals(e.getTagName()) && "Bergen".equals(e.getText())
                && e.getDomAttribute("href").startsWith("/admin/cities/"));
        pressAndWait(Keys.ENTER);
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Edit Bergen");
        String form = path();

        tabTo("the English summary", e -> "texts-en-summary".equals(e.getDomAttribute("id")));
        pressWith(Keys.CONTROL, Keys.END);
        type(" Typed with the keyboard.");
        // Back up the form to its first button, Save draft (above the fields), and press it with the space bar.
        WebElement save = shiftTabTo("the Save draft button", e -> "button".equals(e.getTagName())
                && "save".equals(e.getDomAttribute("value")));
        assertThat(save).isEqualTo(browser.findElement(By.cssSelector("form[data-unsaved-warning] button[value=save]")));
        pressAndWait(Keys.SPACE);

        assertThat(path()).isEqualTo(form);
        assertThat(browser.findElement(By.cssSelector(".banner-success")).getText()).contains("draft");
        assertThat(browser.findElement(By.id("texts-en-summary")).getDomProperty("value"))
                .endsWith(" Typed with the keyboard.");
    }

    @Test
    void everyLinkButtonAndFieldShowsWhereTheFocusIs() {
        List<String> invisible = new ArrayList<>();
        // Header, cards, footer; a city page; search; a form for citizens and the editors' forms.
        for (String page : List.of("/en", "/da/venskabsbyer/bergen", "/en/search?q=bergen", "/login")) {
            invisible.addAll(walkAndCompareFocus(page));
        }
        logIn();
        for (String page : List.of("/admin", firstCityForm(), "/admin/accounts/new")) {
            invisible.addAll(walkAndCompareFocus(page));
        }
        assertThat(invisible).withFailMessage(() -> "Focus not visible (outline and box-shadow are the same with and"
                + " without focus):\n" + String.join("\n", invisible)).isEmpty();
    }

    /**
     * Tabs through the whole page; for every stop, compares the element's outline and box-shadow while it
     * has focus with the same once the focus has moved on. Answers the stops where nothing changes. One
     * script per stop reads both in the page, after the key, rather than a round trip for each.
     */
    private List<String> walkAndCompareFocus(String page) {
        open(page);
        List<String> invisible = new ArrayList<>();
        int stops = 0;
        for (int i = 0; i < MAX_TABS; i++) {
            press(Keys.TAB);
            @SuppressWarnings("unchecked")
            java.util.Map<String, Object> stop = (java.util.Map<String, Object>) js().executeScript(FOCUS_STEP);
            if (stop.get("previous") != null) {
                String focused = (String) stop.get("previousFocused");
                String unfocused = (String) stop.get("previousUnfocused");
                if (unfocused.equals(focused) || !showsSomething(focused)) {
                    invisible.add("  " + page + ": " + stop.get("previous") + " – focused: " + focused
                            + "; not focused: " + unfocused);
                }
            }
            if (Boolean.TRUE.equals(stop.get("done"))) {
                break;
            }
            stops++;
        }
        assertThat(stops).as("tab stops on " + page).isGreaterThan(2).isLessThan(MAX_TABS);
        System.out.printf("Keyboard: %d tab stops on %s, %d without visible focus%n", stops, page, invisible.size());
        return invisible;
    }

    /**
     * After a TAB: the style of the element that had focus before, now that it has lost it, and of the one
     * that has it now (kept for the next step); done when the focus is back on the body or on the first stop.
     */
    private static final String FOCUS_STEP = """
            const style = e => { const s = getComputedStyle(e);
                return 'outline: ' + s.outlineStyle + ' ' + s.outlineWidth + ' ' + s.outlineColor
                    + ', box-shadow: ' + s.boxShadow; };
            const describe = e => '<' + e.tagName.toLowerCase() + (e.id ? ' id="' + e.id + '"' : '')
                + (e.className && typeof e.className === 'string' ? ' class="' + e.className + '"' : '')
                + (e.getAttribute('href') ? ' href="' + e.getAttribute('href') + '"' : '') + '> '
                + (e.innerText || e.value || '').trim().substring(0, 40);
            const current = document.activeElement, walk = window.focusWalk || (window.focusWalk = {});
            const answer = {done: !current || current === document.body || current === walk.first};
            // A date or time field is one element with a stop for each of its parts (day, month, year): compared
            // once, from its first part's focus to when the focus leaves it.
            if (!answer.done && current === walk.previous) {
                return answer;
            }
            if (walk.previous) {
                answer.previous = describe(walk.previous);
                answer.previousFocused = walk.previousFocused;
                answer.previousUnfocused = style(walk.previous);
            }
            if (!answer.done) {
                walk.first = walk.first || current;
                walk.previous = current;
                walk.previousFocused = style(current);
            }
            return answer;""";

    private static boolean showsSomething(String style) {
        boolean outline = !style.startsWith("outline: none") && !style.startsWith("outline: hidden")
                && !style.matches("outline: \\S+ 0px.*");
        boolean shadow = !style.endsWith("box-shadow: none");
        return outline || shadow;
    }

    private static String describe(WebElement element) {
        return (String) js().executeScript("""
                const e = arguments[0];
                return '<' + e.tagName.toLowerCase() + (e.id ? ' id="' + e.id + '"' : '')
                    + (e.className && typeof e.className === 'string' ? ' class="' + e.className + '"' : '')
                    + (e.getAttribute('href') ? ' href="' + e.getAttribute('href') + '"' : '') + '> '
                    + (e.innerText || e.value || '').trim().substring(0, 40);""", element);
    }

    /** This editor works in English: the account's choice (its admin starts in Danish), not the browser's. */
    private void inEnglish() {
        WebSession english = new WebSession(port, "en");
        english.logIn(TestAccounts.ADMIN_USERNAME, TestAccounts.ADMIN_PASSWORD);
        AdminPages.chooseLanguage(english, "en");
    }

    private void logIn() {
        inEnglish();
        open("/login");
        tabTo("the user name field", e -> "username".equals(e.getDomAttribute("id")));
        type(TestAccounts.ADMIN_USERNAME);
        press(Keys.TAB);
        type(TestAccounts.ADMIN_PASSWORD);
        pressAndWait(Keys.ENTER);
        assertThat(path()).isEqualTo("/admin");
    }

    private String firstCityForm() {
        open("/admin");
        return browser.findElement(By.cssSelector("main a[href^='/admin/cities/']:not([href$='/new'])"))
                .getDomAttribute("href");
    }

    // --- the keyboard, and nothing else ---

    private void open(String path) {
        browser.get("http://localhost:" + port + path);
        // After a walk has tabbed out of the last page, the keyboard focus may still be outside the
        // document; a person would be in the new page, so put the focus back on it before the first Tab.
        js().executeScript("window.focus(); if (document.activeElement) { document.activeElement.blur(); }");
    }

    private static WebElement tab() {
        press(Keys.TAB);
        return active();
    }

    private static void press(CharSequence key) {
        new Actions(browser).sendKeys(key).perform();
    }

    private static void type(String text) {
        new Actions(browser).sendKeys(text).perform();
    }

    /** Presses a key that leads to another page, and waits for that page. */
    private static void pressAndWait(CharSequence key) {
        WebElement html = browser.findElement(By.tagName("html"));
        press(key);
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
        wait.until(d -> {
            try {
                html.isEnabled();
                return false;
            } catch (WebDriverException gone) {
                return true;
            }
        });
        wait.until(d -> "complete".equals(js().executeScript("return document.readyState")));
    }

    /** Holds a modifier (SHIFT, CONTROL) down while pressing a key. */
    private static void pressWith(Keys modifier, CharSequence key) {
        new Actions(browser).keyDown(modifier).sendKeys(key).keyUp(modifier).perform();
    }

    private static WebElement tabTo(String what, Predicate<WebElement> target) {
        return moveTo(what, target, false);
    }

    private static WebElement shiftTabTo(String what, Predicate<WebElement> target) {
        return moveTo(what, target, true);
    }

    private static WebElement moveTo(String what, Predicate<WebElement> target, boolean backwards) {
        List<String> passed = new ArrayList<>();
        for (int i = 0; i < MAX_TABS; i++) {
            if (backwards) {
                pressWith(Keys.SHIFT, Keys.TAB);
            } else {
                press(Keys.TAB);
            }
            WebElement active = active();
            if (target.test(active)) {
                return active;
            }
            passed.add(describe(active));
        }
        throw new AssertionError(what + " cannot be reached by keyboard on " + path() + "; passed:\n  "
                + String.join("\n  ", passed.subList(0, Math.min(40, passed.size()))));
    }

    private static WebElement active() {
        return browser.switchTo().activeElement();
    }

    private static boolean inside(WebElement element, String selector) {
        return (Boolean) js().executeScript("return arguments[0].closest(arguments[1]) !== null", element, selector);
    }

    private static String path() {
        return URI.create(browser.getCurrentUrl()).getPath();
    }

    private static JavascriptExecutor js() {
        return (JavascriptExecutor) browser;
    }
}
