package dk.aarhus.sistercities.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import dk.aarhus.sistercities.content.Language;
import dk.aarhus.sistercities.content.PublicPaths;
import dk.aarhus.sistercities.content.SiteProperties;
import java.net.URI;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

/** The schema.org Dataset names a licence only when one is configured, and then the configured one. */
class DatasetDescriptionTest {

    private final PublicPaths paths = new PublicPaths(new SiteProperties(URI.create("https://sistercities.example"), null));

    private Map<String, Object> dataset(OpenDataProperties properties) {
        StaticMessageSource messages = new StaticMessageSource();
        for (String key : new String[] {"data.dataset.name", "data.dataset.description", "site.owner"}) {
            messages.addMessage(key, Locale.forLanguageTag("en"), key + " in English");
        }
        OpenData data = mock(OpenData.class);
        when(data.lastChange()).thenReturn(Instant.parse("2026-12-02T10:15:30.123Z"));
        return new DatasetDescription(messages, paths, data, properties).dataset(Language.EN);
    }

    @Test
    void withoutAConfiguredLicenceNoneIsClaimed() {
        Map<String, Object> dataset = dataset(new OpenDataProperties(null, null));
        assertThat(dataset).doesNotContainKey("license");
        assertThat(dataset).containsEntry("url", "https://sistercities.example/en/data")
                .containsEntry("dateModified", "2026-12-02T10:15:30Z");
        assertThat(dataset(new OpenDataProperties(" ", null))).doesNotContainKey("license");
    }

    @Test
    void aConfiguredLicenceIsNamedByItsAddress() {
        assertThat(dataset(new OpenDataProperties("The City's licence", URI.create("https://licence.example/1"))))
                .containsEntry("license", "https://licence.example/1");
        assertThat(dataset(new OpenDataProperties("The City's licence", null)))
                .containsEntry("license", "The City's licence");
    }
}
