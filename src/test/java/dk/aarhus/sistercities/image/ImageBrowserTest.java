package dk.aarhus.sistercities.image;

import static org.assertj.core.api.Assertions.assertThat;

import dk.aarhus.sistercities.account.TestAccounts;
import dk.aarhus.sistercities.support.AdminPages;
import dk.aarhus.sistercities.support.Browser;
import dk.aarhus.sistercities.support.FullAppTest;
import dk.aarhus.sistercities.support.TestImages;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An editor uploads a phone photo (with EXIF and a GPS position) in a real browser, describes it, sets its focal
 * point and credit, makes it Bergen's main image and publishes; then the page, as a citizen's 1280 px screen and a
 * 375 px phone see it, gets the rendition for each width, and its bytes hold no metadata. One browser for the
 * class, and the phone's for its one look.
 */
@FullAppTest
class ImageBrowserTest {

    @LocalServerPort
    int port;

    /** The editor's, then a citizen's, 1280 px wide. */
    static WebDriver browser;

    @BeforeAll
    static void start() {
        browser = Browser.start(1280, 1000, "da-DK,da");
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void anEditorPublishesAPhotoAndEachScreenGetsItsRenditionWithoutMetadata(@TempDir Path folder) throws Exception {
        Path photo = folder.resolve("bryggen.jpg");
        Files.write(photo, TestImages.photoWithGps(2000, 1500));
        logIn();

        browser.get(url("/admin/images/new"));
        browser.findElement(By.id("file")).sendKeys(photo.toString());
        browser.findElement(By.id("altDa")).sendKeys("Bryggen i Bergen set fra havnen");
        browser.findElement(By.id("altEn")).sendKeys("Bryggen in Bergen seen from the harbour");
        browser.findElement(By.id("credit")).sendKeys("Ingrid Holm");
        browser.findElement(By.cssSelector("label[for=focus-TOP_LEFT]")).click();
        click(By.cssSelector("main form[enctype] button[type=submit]"));
        assertThat(browser.getCurrentUrl()).matches(".*/admin/images/[0-9]+");

        browser.get(url("/admin"));
        click(By.xpath("//main//a[normalize-space()='" + AdminPages.CITY + "']"));
        new Select(browser.findElement(By.id("image"))).selectByIndex(1);
        click(By.cssSelector("form[data-unsaved-warning] button[value=save]"));
        click(By.cssSelector("#publish-form button[type=submit]"));

        Document page = Jsoup.parse(get("/da/venskabsbyer/bergen").body());
        Element img = page.selectFirst("main figure img");
        assertThat(img).as("the main image on the city page").isNotNull();
        assertThat(img.attr("alt")).isEqualTo("Bryggen i Bergen set fra havnen");
        assertThat(img.attr("fetchpriority")).isEqualTo("high");
        assertThat(img.attr("srcset")).matches("/media/[0-9a-f]{64}\\.jpg 480w, /media/[0-9a-f]{64}\\.jpg 960w, "
                + "/media/[0-9a-f]{64}\\.jpg 1600w");
        assertThat(img.attr("sizes")).isEqualTo("(min-width: 50rem) 48rem, calc(100vw - 2rem)");
        assertThat(img.attr("width") + "×" + img.attr("height")).isEqualTo("960×720");
        assertThat(img.hasClass("focus-top-left")).isTrue();
        assertThat(page.select("main figure figcaption").text()).contains("Foto: Ingrid Holm");
        assertThat(page.select("meta[property=og:image]").attr("content")).contains("/media/");
        // Its card in the overview: cropped to 3:2 around the focal point, fetched only when it comes near the screen.
        Element card = Jsoup.parse(get("/da").body()).selectFirst("main a.card-link[href$=/bergen] img.card-image");
        assertThat(card).as("Bergen's card shows its image").isNotNull();
        assertThat(card.attr("loading")).isEqualTo("lazy");
        assertThat(card.attr("srcset")).isEqualTo(img.attr("srcset"));
        assertThat(card.hasClass("focus-top-left")).isTrue();

        // The screen's pick, and a phone's: a 375 px phone (one device pixel a CSS pixel) takes the 480 px rendition.
        // Headless Chrome keeps a window at its start size, so the phone is a browser of its own, for this only.
        browser.get(url("/da/venskabsbyer/bergen"));
        assertRendition(browser, 960);
        WebDriver phone = Browser.start(375, 812, "da-DK,da");
        try {
            phone.get(url("/da/venskabsbyer/bergen"));
            assertRendition(phone, 480);
        } finally {
            phone.quit();
        }
    }

    /** The rendition the page shown picks, fetched as a citizen would: its width, caching and no metadata. */
    private static void assertRendition(WebDriver browser, int expectedWidth) throws IOException, InterruptedException {
        String viewport = String.valueOf(((JavascriptExecutor) browser)
                .executeScript("return window.innerWidth + ' px at ' + window.devicePixelRatio"));
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> (Boolean) ((JavascriptExecutor) d)
                .executeScript("return document.querySelector('main figure img').complete"));
        String src = (String) ((JavascriptExecutor) browser)
                .executeScript("return document.querySelector('main figure img').currentSrc");
        HttpResponse<byte[]> file = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(src)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Type")).hasValue("image/jpeg");
        assertThat(file.headers().firstValue("Cache-Control")).hasValue("public, max-age=31536000, immutable");
        byte[] bytes = file.body();
        assertThat(ImageIO.read(new ByteArrayInputStream(bytes)).getWidth()).as(viewport).isEqualTo(expectedWidth);
        // Only JFIF's APP0 and the picture's own segments; no APP1 (EXIF, XMP) or any other application segment.
        assertThat(TestImages.jpegMarkers(bytes)).as(viewport).noneMatch(m -> m >= 0xE1 && m <= 0xEF);
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        assertThat(text).doesNotContain("Exif", TestImages.GPS_MARK, "ns.adobe.com");
    }

    private void logIn() {
        browser.get(url("/login"));
        browser.findElement(By.name("username")).sendKeys(TestAccounts.ADMIN_USERNAME);
        browser.findElement(By.name("password")).sendKeys(TestAccounts.ADMIN_PASSWORD);
        click(By.cssSelector("main form button[type=submit]"));
    }

    private void click(By by) {
        WebElement element = browser.findElement(by);
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> {
            try {
                element.isEnabled();
                return false;
            } catch (org.openqa.selenium.StaleElementReferenceException gone) {
                return true;
            } catch (org.openqa.selenium.WebDriverException replaced) {
                // Asked while the next page replaced the document: Chrome says the node left it.
                if (String.valueOf(replaced.getMessage()).contains("does not belong to the document")) {
                    return true;
                }
                throw replaced;
            }
        });
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url(path))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
