package dk.aarhus.sistercities.linkcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * Link checks are off unless turned on, and on in production; only absolute http and https addresses are ever
 * checked, and a Markdown text's links are found as commonmark reads them.
 */
class LinkCheckSettingsTest {

    @Test
    void offByDefaultAndOnInProduction() throws IOException {
        assertThat(load("application.properties").getProperty("sistercities.link-check.enabled")).isEqualTo("false");
        assertThat(load("application-prod.properties").getProperty("sistercities.link-check.enabled"))
                .isEqualTo("true");
    }

    @Test
    void onlyWebAddressesAreChecked() {
        assertThat(LinkChecker.webAddress("https://www.aarhus.dk/venskabsbyer")).isNotNull();
        assertThat(LinkChecker.webAddress("HTTP://example.dk")).isNotNull();
        assertThat(LinkChecker.webAddress("mailto:someone@aarhus.dk")).isNull();
        assertThat(LinkChecker.webAddress("ftp://example.dk/file")).isNull();
        assertThat(LinkChecker.webAddress("file:///etc/passwd")).isNull();
        assertThat(LinkChecker.webAddress("javascript:alert(1)")).isNull();
        assertThat(LinkChecker.webAddress("/da/kontakt")).isNull();
        assertThat(LinkChecker.webAddress("#source-1")).isNull();
        assertThat(LinkChecker.webAddress("https://")).isNull();
        assertThat(LinkChecker.webAddress("https://example.dk/" + "x".repeat(2000))).isNull();
        assertThat(LinkChecker.webAddress(null)).isNull();
    }

    @Test
    void aMarkdownTextsLinksAndImagesAreFound() {
        assertThat(LinkUses.links("See [the page](https://example.dk/a \"title\"), <https://example.dk/b>, "
                + "![a map](https://example.dk/c.png), [a source](#source-1), [mail](mailto:x@example.dk) and "
                + "https://example.dk/bare, which is text, not a link.\n\n[ref]: https://example.dk/unused\n"
                + "`[code](https://example.dk/code)`"))
                .containsExactly("https://example.dk/a", "https://example.dk/b", "https://example.dk/c.png",
                        "#source-1", "mailto:x@example.dk");
        assertThat(LinkUses.links(null)).isEmpty();
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = LinkCheckSettingsTest.class.getResourceAsStream("/" + name)) {
            properties.load(in);
        }
        return properties;
    }
}
