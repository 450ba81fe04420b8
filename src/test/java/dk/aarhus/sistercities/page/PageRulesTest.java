package dk.aarhus.sistercities.page;

import static org.assertj.core.api.Assertions.assertThat;

import dk.aarhus.sistercities.city.Source;
import dk.aarhus.sistercities.content.Language;
import dk.aarhus.sistercities.content.PublicPaths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The rules of a page, the same for the form and an import, and what is stored of what was typed. */
class PageRulesTest {

    private static PageContent page(String slugDa, Integer nav, List<Source> sources) {
        return new PageContent("get-involved", nav, true, Map.of(
                "da", new PageContent.Texts(slugDa, " Deltag ", "Tekst\r\nmed linjer \r\n"),
                "en", new PageContent.Texts("get-involved", "Get involved", "Text")), sources).normalised();
    }

    private static List<String> problems(PageContent page) {
        return PageRules.problems(page).stream().map(p -> p.field() + ":" + p.code()).toList();
    }

    private static final Source KNR = new Source("Kommune Kujalleq indgår venskab med Århus", "da", "KNR", "2009-10-26",
            "https://knr.gl/da/nyheder/kommune-kujalleq-indg%C3%A5r-venskab-med-%C3%A5rhus");

    @Test
    void aCompletePagePassesAndIsStoredTidied() {
        PageContent page = page("deltag", 1, List.of(KNR, new Source(" ", null, "", null, "  ")));
        assertThat(problems(page)).isEmpty();
        assertThat(page.text(Language.DA).title()).isEqualTo("Deltag");
        assertThat(page.text(Language.DA).body()).isEqualTo("Tekst\nmed linjer");
        assertThat(page.sources()).as("an empty source row is left out").containsExactly(KNR);
        assertThat(problems(page("deltag", null, List.of()))).as("not in the navigation, no sources").isEmpty();
    }

    @Test
    void titleAddressAndTextAreRequiredInEveryLanguage() {
        PageContent empty = new PageContent("x", null, false, Map.of("da", new PageContent.Texts(" ", null, "\n")), List.of())
                .normalised();
        assertThat(problems(empty)).containsExactly(
                "texts[da][title]:page.error.title-required.da", "texts[da][slug]:page.error.slug-required.da",
                "texts[da][body]:page.error.body-required.da",
                "texts[en][title]:page.error.title-required.en", "texts[en][slug]:page.error.slug-required.en",
                "texts[en][body]:page.error.body-required.en");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Deltag", "del tag", "deltag-", "-deltag", "del--tag", "../admin", "æøå", "deltag.html",
            "a234567890123456789012345678901234567890123456789012345678901"})
    void anAddressIsLowerCaseWordsJoinedByHyphens(String slug) {
        assertThat(problems(page(slug, null, List.of()))).containsExactly("texts[da][slug]:page.error.slug");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 100})
    void theNavigationPlaceIsFromOneTo99(int place) {
        assertThat(problems(page("deltag", place, List.of()))).containsExactly("navPosition:page.error.nav-position");
    }

    @Test
    void sourcesCanBeFollowed() {
        List<Source> sources = List.of(
                new Source(null, null, "KNR", null, null),
                new Source("Title", "dansk", null, "2009-13", "javascript:alert(1)"),
                new Source("x".repeat(201), null, "p".repeat(101), "29. maj 2019", "https://example.dk/" + "a".repeat(300)));
        assertThat(problems(page("deltag", 1, sources))).containsExactly(
                "sources[0].title:page.error.source-title",
                "sources[1].language:page.error.source-language", "sources[1].date:page.error.source-date",
                "sources[1].url:page.error.source-url",
                "sources[2].title:page.error.too-long", "sources[2].publisher:page.error.too-long",
                "sources[2].date:page.error.source-date", "sources[2].url:page.error.too-long");
        List<Source> many = new ArrayList<>();
        for (int i = 0; i <= PageRules.MAX_SOURCES; i++) {
            many.add(KNR);
        }
        assertThat(problems(page("deltag", 1, many))).containsExactly("sources:page.error.sources");
    }

    @Test
    void everyTextHasItsLimit() {
        PageContent page = new PageContent("about", null, false, Map.of(
                "da", new PageContent.Texts("om", "t".repeat(151), "b".repeat(20_001)),
                "en", new PageContent.Texts("about", "About", "Text")), List.of()).normalised();
        assertThat(problems(page)).containsExactly("texts[da][title]:page.error.too-long", "texts[da][body]:page.error.too-long");
    }

    @Test
    void theMainMenuStaysOneTapAwayOnAPhone() {
        PageContent inMenu = page("deltag", 1, List.of());
        assertThat(PageRules.navigation(inMenu, 3)).as("a fourth page").isEmpty();
        assertThat(PageRules.navigation(inMenu, 4)).as("a fifth is refused").get()
                .extracting(PageRules.Problem::field, PageRules.Problem::code)
                .containsExactly("navPosition", "page.error.nav-full");
        assertThat(PageRules.navigation(page("deltag", null, List.of()), 9)).as("not in the menu").isEmpty();

        PageContent longTitle = new PageContent("about", 2, false, Map.of(
                "da", new PageContent.Texts("om", "t".repeat(30), "Tekst"),
                "en", new PageContent.Texts("about", "t".repeat(31), "Text")), List.of()).normalised();
        assertThat(problems(longTitle)).containsExactly("texts[en][title]:page.error.menu-title");
        assertThat(problems(new PageContent("about", null, false, longTitle.texts(), List.of()))).as("a page outside the menu may have a long title")
                .isEmpty();
    }

    @Test
    void everyCitationNamesASourceOfTheList() {
        PageContent cites = new PageContent("about", null, false, Map.of(
                "da", new PageContent.Texts("om", "Om", "Se [kilde 1](#source-1) og [kilde 2](#source-2)."),
                "en", new PageContent.Texts("about", "About", "See [source 0](#source-0).")), List.of(KNR)).normalised();
        assertThat(problems(cites)).containsExactly("texts[da][body]:page.error.source-link",
                "texts[en][body]:page.error.source-link");
        assertThat(PageRules.problems(cites).get(0).args()).as("the number cited and the sources there are")
                .endsWith("2", 1);
        PageContent huge = new PageContent("about", null, false, Map.of(
                "da", new PageContent.Texts("om", "Om", "[kilde](#source-99999999999)"),
                "en", new PageContent.Texts("about", "About", "[source 1](#source-1)")), List.of(KNR)).normalised();
        assertThat(problems(huge)).containsExactly("texts[da][body]:page.error.source-link");
    }

    @ParameterizedTest
    @ValueSource(strings = {"new", "Get-Involved", "a/b", "a234567890123456789012345678901234567890x"})
    void aKeyIsAnAddressWordAndNotTheNewPageForm(String key) {
        assertThat(problems(page("deltag", null, List.of()).withKey(key))).containsExactly("key:page.error.key");
    }

    @Test
    void pagesHaveASectionOfTheirOwnSoNoSlugCanShadowAnotherRoute() {
        for (Language language : Language.values()) {
            List<String> segments = Arrays.stream(PublicPaths.Section.values()).map(s -> s.segment(language)).toList();
            assertThat(segments).as(language + ": every section's segment is its own").doesNotHaveDuplicates();
        }
        assertThat(PublicPaths.FORMER_DANISH_SEGMENTS).doesNotContainKey(PublicPaths.Section.PAGE.segment(Language.DA));
    }
}
