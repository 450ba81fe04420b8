package dk.aarhus.sistercities.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium for browser tests. Uses Debian's chromium and chromedriver where they are
 * installed (machines without internet access); elsewhere Selenium Manager finds or fetches a
 * browser. A missing browser fails the test with a message that says how to install it.
 */
public final class Browser {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private Browser() {
    }

    public static WebDriver start(int width, int height, String acceptLanguage) {
        ChromeOptions options = new ChromeOptions();
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--hide-scrollbars", "--window-size=" + width + "," + height,
                "--lang=" + acceptLanguage.split(",")[0]);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", acceptLanguage));
        // A headless window is at least 500 px wide; device metrics give the exact viewport of a phone.
        options.setExperimentalOption("mobileEmulation",
                Map.of("deviceMetrics", Map.of("width", width, "height", height, "pixelRatio", 1.0)));
        // The console, for tests that check the browser refused nothing (Content-Security-Policy).
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        ChromeDriverService service;
        if (Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER)) {
            options.setBinary(CHROMIUM.toFile());
            service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
        } else {
            service = ChromeDriverService.createDefaultService();
        }
        try {
            WebDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
            return driver;
        } catch (WebDriverException e) {
            throw new IllegalStateException("""
                    Headless Chromium could not be started for the browser tests.
                    On Debian or Ubuntu install it with: sudo apt-get install -y chromium chromium-driver
                    (elsewhere, install Chrome or Chromium so that Selenium Manager can find it).""", e);
        }
    }

    /**
     * Forgets what the browser kept of the site (its cookies, so its session), as a fresh browser would
     * have nothing: opens the page (cookies are removed for the site shown), accepting a question about
     * leaving a form, then removes the cookies. For a browser shared by the tests of a class.
     */
    public static void forgetSite(WebDriver driver, String pageOfTheSite) {
        driver.get(pageOfTheSite);
        try {
            driver.switchTo().alert().accept();
            driver.get(pageOfTheSite);
        } catch (org.openqa.selenium.NoAlertPresentException none) {
            // The usual case: nothing was left unsaved.
        }
        driver.manage().deleteAllCookies();
    }

    /** Saves what the browser shows under target/screenshots, for people to look at. */
    public static void screenshot(WebDriver driver, String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
