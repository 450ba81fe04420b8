package dk.aarhus.sistercities.site;

import static org.assertj.core.api.Assertions.assertThat;

import dk.aarhus.sistercities.support.Addresses;
import dk.aarhus.sistercities.support.Browser;
import dk.aarhus.sistercities.support.FullAppTest;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.HasCdp;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A citizen on a phone: starts at the root, reaches every city page by clicking, in both
 * languages, switching language with the link in the header.
 */
@FullAppTest
class CitizenBrowserTest {

    static WebDriver browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void start() {
        browser = Browser.start(375, 812, "en-GB,en");
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aCitizenOnAPhoneReachesEveryCityByClickingInBothLanguages() {
        browser.get("http://localhost:" + port + "/");
        assertThat(path()).isEqualTo("/en");
        assertThat(((JavascriptExecutor) browser).executeScript("return window.innerWidth")).isEqualTo(375L);
        assertThat(((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth <= window.innerWidth")).as("no sideways scrolling")
                .isEqualTo(true);
        Browser.screenshot(browser, "overview-en-375");

        visitEveryCity("en");

        browser.findElement(By.cssSelector("nav.language a")).click();
        assertThat(path()).isEqualTo("/da");
        assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("da");
        Browser.screenshot(browser, "overview-da-375");

        visitEveryCity("da");
    }

    @Test
    void theLanguageSwitchKeepsTheCitizenOnTheSamePage() {
        browser.get("http://localhost:" + port + "/en/cities/kujalleq");
        browser.findElement(By.cssSelector("nav.language a")).click();
        assertThat(path()).isEqualTo("/da/venskabsbyer/kujalleq");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Kommune Kujalleq");
        browser.findElement(By.linkText("English")).click();
        assertThat(path()).isEqualTo("/en/cities/kujalleq");
    }

    /** Printed, a city page has no navigation or search, and its links to other sites show their address. */
    @Test
    void aCityPagePrintsWithoutNavigationAndWithAddressesWrittenOut() {
        browser.get("http://localhost:" + port + "/en/cities/kiel");
        ((HasCdp) browser).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            JavascriptExecutor js = (JavascriptExecutor) browser;
            for (String hidden : List.of(".main-nav", ".site-search", ".breadcrumbs", ".skip-link", "nav.language")) {
                assertThat(js.executeScript("return getComputedStyle(document.querySelector(arguments[0])).display",
                        hidden)).as(hidden + " in print").isEqualTo("none");
            }
            assertThat(js.executeScript("""
                    const a = document.querySelector('main a[href^="https://"]');
                    return getComputedStyle(a, '::after').content;""").toString()).as("an outside link in print")
                    .startsWith("\" (https://");
            assertThat(js.executeScript("return getComputedStyle(document.querySelector('main')).display"))
                    .as("the page's content in print").isNotEqualTo("none");
            Browser.screenshot(browser, "city-kiel-print");
        } finally {
            ((HasCdp) browser).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
    }

    /**
     * WCAG 2.2's target size on a phone: every map marker that is a link there (the whole map's outside
     * Europe, the map of Europe's) is at least 24 by 24 px, and no marker's tap area lies over another
     * marker's dot or label: a tap on a marker's dot reaches that marker, in the Nordic cluster too.
     */
    @Test
    void everyMapMarkerOnAPhoneIsATargetOfAtLeast24By24Pixels() {
        browser.get("http://localhost:" + port + Addresses.map("en"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> markers = (List<Map<String, Object>>) ((JavascriptExecutor) browser).executeScript("""
                return [...document.querySelectorAll('a.map-marker')]
                    .filter(a => getComputedStyle(a).display !== 'none')
                    .map(a => {
                      a.scrollIntoView({block: 'center'});
                      const box = a.getBoundingClientRect(), dot = a.querySelector('.map-dot').getBoundingClientRect();
                      const hit = document.elementFromPoint(dot.x + dot.width / 2, dot.y + dot.height / 2);
                      const label = a.querySelector('.map-label');
                      const l = label && getComputedStyle(label).display !== 'none' ? label.getBoundingClientRect() : null;
                      const onLabel = l ? document.elementFromPoint(l.x + l.width / 2, l.y + l.height / 2) : null;
                      return {map: a.closest('figure').className, href: a.getAttribute('href'), width: box.width,
                              height: box.height, dot: hit && hit.closest('a') === a,
                              label: !l || (onLabel && onLabel.closest('a') === a)};
                    });""");
        assertThat(markers).extracting(m -> m.get("map") + " " + m.get("href"))
                .as("the whole map's links outside Europe and every city on the map of Europe")
                .contains("map map--full /en/cities/chicago", "map map--full /en/cities/harbin",
                        "map map--europe /en/cities/kiel", "map map--europe /en/cities/hamburg",
                        "map map--europe /en/cities/rostock", "map map--europe /en/cities/gothenburg")
                .doesNotContain("map map--full /en/cities/kiel");
        assertThat(markers).hasSize(3 + 12).allSatisfy(m -> {
            assertThat(((Number) m.get("width")).doubleValue()).as(m + " wide").isGreaterThanOrEqualTo(24);
            assertThat(((Number) m.get("height")).doubleValue()).as(m + " high").isGreaterThanOrEqualTo(24);
            assertThat(m.get("dot")).as(m + ": a tap on its dot reaches it").isEqualTo(true);
            assertThat(m.get("label")).as(m + ": a tap on its name reaches it").isEqualTo(true);
        });
    }

    private void visitEveryCity(String lang) {
        List<String> cityLinks = browser.findElements(By.cssSelector("a.card-link")).stream()
                .map(a -> a.getDomAttribute("href"))
                .toList();
        assertThat(cityLinks).hasSize(PublicSiteTest.SLUGS.size());
        for (String slug : PublicSiteTest.SLUGS) {
            WebElement card = browser.findElement(By.cssSelector("a.card-link[href='" + Addresses.city(lang, slug) + "']"));
            String name = card.findElement(By.cssSelector(".card-title")).getText();
            ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", card);
            card.click();
            assertThat(path()).isEqualTo(Addresses.city(lang, slug));
            assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(name);
            assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo(lang);
            Browser.screenshot(browser, "city-" + slug + "-" + lang + "-375");
            // Each source number is a 24 × 24 px target on a phone (WCAG 2.2, 2.5.8); the contact is upright.
            assertThat(((JavascriptExecutor) browser).executeScript("""
                    return [...document.querySelectorAll('a.ref')].map(a => a.getBoundingClientRect())
                        .filter(r => r.width < 24 || r.height < 24).length""")).as(slug + ": small source numbers")
                    .isEqualTo(0L);
            assertThat(((JavascriptExecutor) browser).executeScript(
                    "return [...document.querySelectorAll('address')].map(a => getComputedStyle(a).fontStyle)"))
                    .asInstanceOf(InstanceOfAssertFactories.LIST).as(slug + ": the contact").containsOnly("normal");
            browser.findElement(By.cssSelector(".breadcrumbs a")).click();
            assertThat(path()).isEqualTo("/" + lang);
        }
    }

    private String path() {
        return java.net.URI.create(browser.getCurrentUrl()).getPath();
    }
}
