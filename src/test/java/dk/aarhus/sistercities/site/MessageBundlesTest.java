package dk.aarhus.sistercities.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.core.io.ClassPathResource;

/**
 * Every string of the interface exists in both languages: a key added in one bundle only would show
 * the key itself, or the other language, to half the readers. Also: no value is left empty.
 */
class MessageBundlesTest {

    @ParameterizedTest
    @ValueSource(strings = {"messages", "i18n/account", "i18n/search", "i18n/page"})
    void everyKeyIsInDanishAndInEnglish(String bundle) throws IOException {
        Properties danish = load(bundle + "_da.properties");
        Properties english = load(bundle + "_en.properties");
        Set<String> onlyDanish = new TreeSet<>(danish.stringPropertyNames());
        onlyDanish.removeAll(english.stringPropertyNames());
        Set<String> onlyEnglish = new TreeSet<>(english.stringPropertyNames());
        onlyEnglish.removeAll(danish.stringPropertyNames());
        assertThat(onlyDanish).as(bundle + ": keys only in Danish").isEmpty();
        assertThat(onlyEnglish).as(bundle + ": keys only in English").isEmpty();
        assertThat(danish.stringPropertyNames()).as(bundle).isNotEmpty();
        for (Properties texts : new Properties[] {danish, english}) {
            texts.stringPropertyNames().forEach(key ->
                    assertThat(texts.getProperty(key)).as(bundle + ": " + key).isNotBlank());
        }
    }

    private static Properties load(String path) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
