package dk.aarhus.sistercities.search;

import static org.assertj.core.api.Assertions.assertThat;

import dk.aarhus.sistercities.support.Addresses;
import dk.aarhus.sistercities.support.FullAppTest;
import dk.aarhus.sistercities.support.Http;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Search over real HTTP, in both languages, against the seeded content. */
@FullAppTest
class SearchTest {

    static final List<String> LANGUAGES = List.of("da", "en");

    static JsonNode seed;

    @LocalServerPort
    int port;

    Http http;

    @BeforeAll
    static void readSeed() throws IOException {
        try (InputStream in = new ClassPathResource("seed/content.json").getInputStream()) {
            seed = JsonMapper.builder().build().readTree(in);
        }
    }

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    // --- finding every city -------------------------------------------------------------------

    /** Every city, by its Danish and its English name, written in several ways, on both sites. */
    static Stream<Arguments> everyCityByEveryName() throws IOException {
        readSeed();
        List<Arguments> cases = new ArrayList<>();
        for (JsonNode city : seed.get("cities")) {
            if (!city.get("published").asBoolean()) {
                continue;
            }
            String slug = city.get("slug").asString();
            Set<String> spellings = new LinkedHashSet<>();
            for (String nameLanguage : LANGUAGES) {
                spellings.addAll(spellings(city.get("texts").get(nameLanguage).get("name").asString()));
            }
            for (String spelling : spellings) {
                for (String site : LANGUAGES) {
                    cases.add(Arguments.of(site, spelling, slug));
                }
            }
        }
        return cases.stream();
    }

    /** The name as written, in upper case, and in lower case without accents or Nordic letters, as a visitor might type it. */
    static Set<String> spellings(String name) {
        Set<String> spellings = new LinkedHashSet<>();
        spellings.add(name);
        spellings.add(name.toUpperCase(Locale.ROOT));
        spellings.add(plainLetters(name).toLowerCase(Locale.ROOT));
        return spellings;
    }

    /** How someone without Nordic letters on the keyboard writes: ö → o, ø → o, å → aa, æ → ae, é → e. */
    static String plainLetters(String name) {
        return name.replace("ø", "o").replace("Ø", "O").replace("å", "aa").replace("Å", "Aa")
                .replace("æ", "ae").replace("Æ", "Ae").replace("ö", "o").replace("Ö", "O").replace("ä", "a")
                .replace("ü", "u").replace("é", "e").replace("è", "e");
    }

    @ParameterizedTest(name = "/{0}/search?q={1} finds {2}")
    @MethodSource("everyCityByEveryName")
    void everyCityIsFoundFirstByItsNameInEitherLanguage(String site, String query, String slug) {
        Document page = search(site, query);
        assertThat(resultLinks(page)).as(query).isNotEmpty();
        assertThat(resultLinks(page).get(0)).as(query).isEqualTo(Addresses.city(site, slug));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Göteborg", "goteborg", "GÖTEBORG", "gøteborg", "Gothenburg", "gothenburg", "Goteb",
            "göteborg sverige", "gothenburg sweden"})
    void gothenburgIsFoundEveryWayOnBothSites(String query) {
        for (String site : LANGUAGES) {
            if (query.endsWith("sverige") && site.equals("en") || query.endsWith("sweden") && site.equals("da")) {
                continue; // the country is searched in the page's language
            }
            assertThat(resultLinks(search(site, query))).as(site + " " + query)
                    .first().isEqualTo(Addresses.city(site, "gothenburg"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sankt petersborg", "st petersburg", "St. Petersburg", "Sankt Petersburg", "ST PETERSBORG"})
    void stPetersburgIsFoundByEitherNameOrAMixOfThem(String query) {
        for (String site : LANGUAGES) {
            assertThat(resultLinks(search(site, query))).as(site + " " + query)
                    .first().isEqualTo(Addresses.city(site, "st-petersburg"));
        }
    }

    @Test
    void aarhusIsFoundHoweverItIsSpelled() {
        for (String site : LANGUAGES) {
            List<String> aarhus = resultLinks(search(site, "aarhus"));
            assertThat(aarhus).hasSizeGreaterThan(5);
            for (String spelling : List.of("Aarhus", "århus", "ÅRHUS", "arhus")) {
                assertThat(resultLinks(search(site, spelling))).as(spelling).isEqualTo(aarhus);
            }
        }
    }

    @Test
    void theCityFoundByItsOtherNameSaysSoWithTheNameMarked() {
        Document english = search("en", "göteborg");
        Element first = english.selectFirst(".search-result");
        assertThat(first.select("h2 a").text()).isEqualTo("Gothenburg");
        assertThat(first.select(".search-result-also").text()).isEqualTo("In Danish: Göteborg");
        assertThat(first.select(".search-result-also [lang=da] mark").text()).isEqualTo("Göteborg");

        Document danish = search("da", "Gothenburg");
        assertThat(danish.select(".search-result").first().select(".search-result-also").text())
                .isEqualTo("På engelsk: Gothenburg");
        assertThat(search("en", "gothenburg").select(".search-result-also")).isEmpty();
    }

    // --- ranking, highlighting, several words ---------------------------------------------------

    @Test
    void aNameMatchRanksAboveAMentionInAnotherCitysDescription() {
        Document page = search("en", "bergen");
        List<String> links = resultLinks(page);
        assertThat(links).first().isEqualTo("/en/cities/bergen");
        assertThat(links).contains("/en/cities/gothenburg", "/en/cities/turku");
        Element gothenburg = page.selectFirst(".search-result:has(a[href=/en/cities/gothenburg])");
        assertThat(gothenburg.select(".search-snippet mark").eachText()).contains("Bergen");
    }

    @Test
    void aCountryRanksAboveASummaryOrDescriptionAndTiesFollowTheOverview() {
        // Norway is Bergen's country; Gothenburg's and Turku's descriptions mention Bergen in Norway.
        assertThat(resultLinks(search("en", "norway")))
                .containsExactly("/en/cities/bergen", "/en/cities/gothenburg", "/en/cities/turku");
        assertThat(resultLinks(search("da", "tyskland")))
                .containsExactly("/da/venskabsbyer/rostock", "/da/venskabsbyer/kiel", "/da/venskabsbyer/hamburg");
    }

    @Test
    void aPartnershipTypeIsFoundAsItsOwnPageBeforeItsCities() {
        Document page = search("en", "nordic sister");
        List<String> links = resultLinks(page);
        assertThat(links).first().isEqualTo("/en/partnerships/nordic-sister-city");
        assertThat(links).contains("/en/cities/bergen", "/en/cities/gothenburg", "/en/cities/turku");
        Element type = page.selectFirst(".search-result");
        assertThat(type.select(".search-result-meta").text()).isEqualTo("Partnership type");
        assertThat(type.select("h2 mark").eachText()).containsExactly("Nordic", "sister");
        assertThat(type.select("img")).isEmpty();
        assertThat(resultLinks(search("da", "erhvervssamarbejde"))).first()
                .isEqualTo("/da/samarbejdsformer/business-cooperation");
    }

    @Test
    void theMatchedWordsAreMarkedInTitleMetaAndSnippet() {
        Document page = search("da", "gøte");
        Element first = page.selectFirst(".search-result");
        assertThat(first.select("h2 a mark").text()).isEqualTo("Göte");
        assertThat(first.select("h2 a").text()).isEqualTo("Göteborg");
        assertThat(first.select(".search-snippet mark").eachText()).contains("Göte");

        Element harbin = search("en", "culture").selectFirst(".search-result:has(a[href=/en/cities/harbin])");
        assertThat(harbin.select(".search-snippet mark").eachText()).containsOnly("culture");

        Element kujalleq = search("en", "qaqortoq").selectFirst(".search-result");
        assertThat(kujalleq.select("h2 a").attr("href")).isEqualTo("/en/cities/kujalleq");
        assertThat(kujalleq.select(".search-result-meta mark").text()).isEqualTo("Qaqortoq");
    }

    @Test
    void severalWordsMustAllMatch() {
        for (String[] words : List.of(new String[] {"nordic", "finland"}, new String[] {"harbin", "culture"},
                new String[] {"city", "1946"})) {
            Set<String> first = new LinkedHashSet<>(resultLinks(search("en", words[0])));
            Set<String> second = new LinkedHashSet<>(resultLinks(search("en", words[1])));
            first.retainAll(second);
            List<String> both = resultLinks(search("en", words[0] + " " + words[1]));
            assertThat(both).as(String.join(" ", words)).isNotEmpty().containsExactlyInAnyOrderElementsOf(first);
        }
        assertThat(resultLinks(search("en", "bergen harbin"))).isEmpty();
        assertThat(resultLinks(search("da", "kultur rostock"))).containsExactly("/da/venskabsbyer/rostock");
    }

    @Test
    void theCountIsPluralisedInBothLanguages() {
        assertThat(search("en", "qaqortoq").select(".search-count").text()).isEqualTo("1 result for “qaqortoq”");
        assertThat(search("en", "norway").select(".search-count").text()).isEqualTo("3 results for “norway”");
        assertThat(search("da", "qaqortoq").select(".search-count").text()).isEqualTo("1 resultat for »qaqortoq«");
        assertThat(search("da", "norge").select(".search-count").text()).isEqualTo("3 resultater for »norge«");
    }

    @Test
    void theStatusOfAPausedOrEndedPartnershipIsShown() {
        Element stPetersburg = search("en", "petersburg").selectFirst(".search-result");
        assertThat(stPetersburg.select(".status").text()).isEqualTo("Ended");
        assertThat(search("en", "bergen").selectFirst(".search-result").select(".status")).isEmpty();
    }

    // --- the page itself and its states ---------------------------------------------------------

    @Test
    void theResultsPageIsWholeInItsLanguageWithTheQueryInTheTitle() {
        HttpResponse<String> response = http.get("/en/search?q=bergen");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
        Document page = Jsoup.parse(response.body());
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(page.select("h1")).hasSize(1);
        assertThat(page.title()).isEqualTo("Search: bergen – Sister cities of Aarhus");
        assertThat(page.select("#search-q").attr("value")).isEqualTo("bergen");
        assertThat(page.select("script")).isEmpty();

        Document danish = search("da", "bergen");
        assertThat(danish.selectFirst("html").attr("lang")).isEqualTo("da");
        assertThat(danish.title()).isEqualTo("Søg: bergen – Aarhus’ venskabsbyer");
        assertThat(danish.select("h1").text()).isEqualTo("Søg");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "?q=", "?q=+++", "?q=%21%21%21%3F", "?q=%E2%80%9C%E2%80%9D%E2%80%A6", "?q=-"})
    void anEmptyOrPunctuationOnlyQueryExplainsSearchAndListsEveryCity(String queryString) {
        for (String site : LANGUAGES) {
            HttpResponse<String> response = http.get(Addresses.search(site) + queryString);
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
            Document page = Jsoup.parse(response.body());
            assertThat(page.select("h1")).hasSize(1);
            assertThat(page.select(".search-tips li")).hasSize(4);
            assertThat(page.select("a.card-link")).hasSize(publishedCities());
            assertThat(page.select(".search-result, .search-count")).isEmpty();
            assertThat(page.title()).isEqualTo(site.equals("en") ? "Search – Sister cities of Aarhus"
                    : "Søg – Aarhus’ venskabsbyer");
        }
        assertThat(search("en", "!!!").select(".search-no-words").text())
                .isEqualTo("Your search “!!!” has no letters or digits. Type a word to search for.");
        assertThat(search("en", "").select(".search-no-words")).isEmpty();
    }

    @Test
    void aQueryThatFindsNothingSaysSoAndLeadsOn() {
        for (String site : LANGUAGES) {
            HttpResponse<String> response = http.get(Addresses.search(site) + "?q=xyzzy");
            assertThat(response.statusCode()).isEqualTo(200);
            Document page = Jsoup.parse(response.body());
            assertThat(page.select(".search-result")).isEmpty();
            assertThat(page.select(".search-count").text()).isEqualTo(site.equals("en")
                    ? "No results for “xyzzy”" : "Ingen resultater for »xyzzy«");
            assertThat(page.select("main").text()).contains(site.equals("en") ? "Check the spelling" : "Tjek stavningen");
            assertThat(page.select("main a[href=/" + site + "]")).hasSize(2); // breadcrumb and the overview link
        }
    }

    /** A misspelt name (UI tester: "Bergn", "Gotebrg", "harbim" found nothing, with no way on) gets a suggestion. */
    @Test
    void aMisspeltNameFindsNothingButSuggestsTheNameAndTheSuggestionFindsIt() {
        Map<String, String> suggested = Map.of("Bergn", "Bergen", "harbim", "Harbin", "Gotebrg", "Göteborg");
        suggested.forEach((typed, name) -> {
            for (String site : LANGUAGES) {
                Document page = search(site, typed);
                assertThat(page.select(".search-result")).as(typed).isEmpty();
                Element suggestion = page.selectFirst(".search-suggestion a");
                assertThat(suggestion).as(site + " " + typed).isNotNull();
                assertThat(suggestion.text()).isEqualTo(name);
                assertThat(suggestion.parent().text()).isEqualTo((site.equals("en") ? "Did you mean " : "Mente du ")
                        + name + "?");
                String href = suggestion.attr("href");
                assertThat(href).startsWith("?q=");
                Document followed = Jsoup.parse(http.get(Addresses.search(site) + href).body());
                assertThat(followed.select(".search-result")).as("the suggestion finds " + name).isNotEmpty();
                assertThat(followed.select(".search-suggestion")).isEmpty();
            }
        });
        // A word that is nothing like any word of the site: no suggestion, the advice on spelling instead.
        Document nothing = search("da", "xyzzyq");
        assertThat(nothing.select(".search-suggestion")).isEmpty();
        assertThat(nothing.select("main").text()).contains("Tjek stavningen");
    }

    @Test
    void aVeryLongQueryIsCutToItsFirstHundredCharactersAndTheyAreSearchedFor() {
        String query = ("bergen " + "x".repeat(93)) + "z".repeat(900);
        HttpResponse<String> response = http.get("/en/search?q=" + encode(query));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).doesNotContain("Exception", "at dk.", "at org.");
        Document page = Jsoup.parse(response.body());
        assertThat(page.select(".notice").text()).contains("longer than 100 characters");
        assertThat(page.select("#search-q").attr("value")).hasSize(100).startsWith("bergen xxx");
        assertThat(page.select(".search-count").text()).startsWith("No results for");

        Document thousand = search("da", "bergen ".repeat(143));
        assertThat(thousand.select(".notice").text()).contains("længere end 100 tegn");
        assertThat(resultLinks(thousand)).first().isEqualTo("/da/venskabsbyer/bergen");
    }

    @ParameterizedTest
    @ValueSource(strings = {"<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "</title><h1>x</h1>",
            "{0} ${7*7} #{search.title} '' ' \\"})
    void hostileQueriesAreShownAsHarmlessText(String query) {
        for (String site : LANGUAGES) {
            HttpResponse<String> response = http.get(Addresses.search(site) + "?q=" + encode(query));
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).doesNotContain("<script>alert", "<img src=x", "</title><h1>");
            Document page = Jsoup.parse(response.body());
            assertThat(page.select("script, img[src=x], main h1 h1")).isEmpty();
            assertThat(page.select("h1")).hasSize(1);
            assertThat(page.select("#search-q").attr("value")).isEqualTo(query.strip());
            assertThat(page.title()).contains(query.strip());
            assertThat(page.select(".search-count strong").text()).contains(query.strip());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/en/search?q=%ZZ", "/en/search?q=%C0%AE", "/en/search?q=a&q=b", "/da/soeg?q=%00",
            "/en/search?q=%F0%9F%98%80", "/en/search?foo=bar"})
    void strangeQueriesGetAPageAndNoStackTrace(String target) {
        Http.RawResponse response = http.raw("GET", target);
        assertThat(response.status()).as(target).isIn(200, 400);
        assertThat(response.text()).as(target).doesNotContain("Exception", "at dk.", "at org.")
                .doesNotContainIgnoringCase("Set-Cookie");
    }

    // --- the field in the header ----------------------------------------------------------------

    static List<String> publicPages() {
        List<String> pages = new ArrayList<>();
        for (String lang : LANGUAGES) {
            pages.add("/" + lang);
            pages.add(Addresses.city(lang, "bergen"));
            pages.add(Addresses.city(lang, "st-petersburg"));
            pages.add(Addresses.type(lang, "nordic-sister-city"));
            pages.add(Addresses.search(lang));
            pages.add(Addresses.search(lang) + "?q=bergen");
            pages.add(Addresses.search(lang) + "?q=xyzzy");
        }
        return pages;
    }

    @ParameterizedTest
    @MethodSource("publicPages")
    void everyPublicPageHasTheSearchFieldInItsHeaderAndItLeadsToResults(String path) {
        String lang = path.substring(1, 3);
        Document page = http.page(path);
        Element form = page.selectFirst("header form[role=search]");
        assertThat(form).as(path).isNotNull();
        assertThat(form.attr("method")).isEqualTo("get");
        assertThat(form.attr("action")).isEqualTo(Addresses.search(lang));
        Element input = form.selectFirst("input[name=q]");
        assertThat(input.attr("type")).isEqualTo("search");
        assertThat(input.attr("maxlength")).isEqualTo("100");
        assertThat(form.select("label[for=" + input.id() + "]").text()).isEqualTo(lang.equals("da") ? "Søg" : "Search");
        assertThat(form.select("button[type=submit]").text()).isEqualTo(lang.equals("da") ? "Søg" : "Search");
        assertThat(page.select("#" + input.id())).as("unique id").hasSize(1);

        Document results = http.page(form.attr("action") + "?" + input.attr("name") + "=" + encode("Göteborg"));
        assertThat(resultLinks(results)).first().isEqualTo(Addresses.city(lang, "gothenburg"));
    }

    @Test
    void theNotFoundPageHasTheSearchFieldToo() {
        HttpResponse<String> response = http.get("/en/cities/nowhere");
        assertThat(response.statusCode()).isEqualTo(404);
        Document page = Jsoup.parse(response.body());
        assertThat(page.select("header form[role=search]").attr("action")).isEqualTo("/en/search");
    }

    // --- helpers --------------------------------------------------------------------------------

    private Document search(String site, String query) {
        HttpResponse<String> response = http.get(Addresses.search(site) + "?q=" + encode(query));
        assertThat(response.statusCode()).as(query).isEqualTo(200);
        assertThat(response.headers().allValues("Set-Cookie")).as("cookies").isEmpty();
        return Jsoup.parse(response.body(), http.base());
    }

    private static List<String> resultLinks(Document page) {
        return page.select(".search-result h2 a").eachAttr("href");
    }

    private static int publishedCities() {
        int count = 0;
        for (JsonNode city : seed.get("cities")) {
            if (city.get("published").asBoolean()) {
                count++;
            }
        }
        return count;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
