package dk.aarhus.sistercities.site;

import static org.assertj.core.api.Assertions.assertThat;

import dk.aarhus.sistercities.content.EditorLanguage;
import dk.aarhus.sistercities.content.Language;
import jakarta.servlet.RequestDispatcher;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class PathLocaleResolverTest {

    @Test
    void theFirstSegmentIsTheLanguage() {
        assertThat(PathLocaleResolver.fromPath("/en")).contains(Language.EN);
        assertThat(PathLocaleResolver.fromPath("/da/cities/bergen")).contains(Language.DA);
        assertThat(PathLocaleResolver.fromPath("/english")).isEmpty();
        assertThat(PathLocaleResolver.fromPath("/fr/cities")).isEmpty();
        assertThat(PathLocaleResolver.fromPath("/")).isEmpty();
        assertThat(PathLocaleResolver.fromPath("")).isEmpty();
    }

    @Test
    void anErrorPageSpeaksTheLanguageOfThePageThatFailed() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/error");
        request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, "/en/cities/nowhere");
        request.addHeader("Accept-Language", "da");
        assertThat(new PathLocaleResolver().resolveLocale(request).getLanguage()).isEqualTo("en");
    }

    @Test
    void aMalformedAcceptLanguageFallsBackToDanish() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
        request.addHeader("Accept-Language", "en;q=x,,;;");
        assertThat(PathLocaleResolver.preferred(request)).isEqualTo(Language.DA);
    }

    @Test
    void outsideTheLanguageTreeTheBrowserDecides() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/nowhere");
        request.addHeader("Accept-Language", "en-US");
        assertThat(new PathLocaleResolver().resolveLocale(request).getLanguage()).isEqualTo("en");
    }

    @Test
    void aPreviewIsInTheLanguageItPreviewsWhateverTheEditorsLanguage() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/admin/cities/3/preview/en");
        request.addHeader("Accept-Language", "da");
        EditorLanguage.set(request, Language.DA);
        assertThat(new PathLocaleResolver().resolveLocale(request).getLanguage()).isEqualTo("en");
        assertThat(PathLocaleResolver.previewed("/admin/pages/get-involved/preview/da")).contains(Language.DA);
        assertThat(PathLocaleResolver.previewed("/admin/cities/3/preview/fr")).isEmpty();
        assertThat(PathLocaleResolver.previewed("/da/preview/en")).isEmpty();
        assertThat(PathLocaleResolver.previewed("/admin/cities/3/preview/en/more")).isEmpty();
    }

    @Test
    void everyOtherEditorPageIsInTheEditorsLanguageNotTheBrowsers() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/admin/cities/3");
        request.addHeader("Accept-Language", "en");
        EditorLanguage.set(request, Language.DA);
        assertThat(new PathLocaleResolver().resolveLocale(request).getLanguage()).isEqualTo("da");
        MockHttpServletRequest login = new MockHttpServletRequest("GET", "/login");
        login.addHeader("Accept-Language", "en");
        assertThat(new PathLocaleResolver().resolveLocale(login).getLanguage()).as("nobody known yet").isEqualTo("en");
    }
}
