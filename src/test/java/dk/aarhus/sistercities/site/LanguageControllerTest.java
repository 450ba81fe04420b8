package dk.aarhus.sistercities.site;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.aarhus.sistercities.content.PublicPaths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

// The editors' side (its forms' options, interceptors and advice) is no part of the public language switch.
@WebMvcTest(controllers = LanguageController.class, excludeFilters = @ComponentScan.Filter(type = FilterType.REGEX,
        pattern = "dk\\.aarhus\\.sistercities\\.(admin|review)\\..*"))
@Import(PublicPaths.class)
@TestPropertySource(properties = "sistercities.accessibility-statement-url=https://www.was.digst.dk/test-statement")
class LanguageControllerTest {

    @Autowired
    MockMvc mvc;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "en-GB,en;q=0.9        | /en",
            "da-DK,da;q=0.9,en;q=0.8 | /da",
            "de-DE,de;q=0.9        | /da",
            "sv-SE,en;q=0.5        | /en",
            "fr,da;q=0.3,en;q=0.2  | /da",
            "*                     | /da",
    })
    void theRootSendsEachVisitorToTheirLanguage(String acceptLanguage, String expected) throws Exception {
        mvc.perform(get("/").header("Accept-Language", acceptLanguage.trim()))
                .andExpect(status().isFound())
                .andExpect(header().string("Location", expected.trim()))
                .andExpect(header().string("Vary", "Accept-Language"));
    }

    @Test
    void withoutAcceptLanguageTheRootIsDanish() throws Exception {
        mvc.perform(get("/")).andExpect(status().isFound()).andExpect(header().string("Location", "/da"));
    }

    @Test
    void aTrailingSlashLeadsToTheOverview() throws Exception {
        mvc.perform(get("/en/")).andExpect(status().isMovedPermanently()).andExpect(header().string("Location", "/en"));
    }

    @Test
    void wasLeadsToTheConfiguredAccessibilityStatement() throws Exception {
        mvc.perform(get("/was"))
                .andExpect(status().isFound())
                .andExpect(header().string("Location", "https://www.was.digst.dk/test-statement"));
    }

    @Test
    void anUnknownLanguageIsNotFound() throws Exception {
        mvc.perform(get("/fr/")).andExpect(status().isNotFound());
    }
}
