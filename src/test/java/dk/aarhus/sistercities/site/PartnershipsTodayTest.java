package dk.aarhus.sistercities.site;

import static org.assertj.core.api.Assertions.assertThat;

import dk.aarhus.sistercities.support.FullAppTest;
import dk.aarhus.sistercities.support.Http;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 11 as a citizen sees it: the partnerships of today with honest statuses, every fact with a
 * source that can be followed, Danish pages in Danish words at Danish addresses.
 */
@FullAppTest
class PartnershipsTodayTest {

    static final List<String> SLUGS = List.of("bergen", "gothenburg", "turku", "harbin", "rostock", "kujalleq", "lviv",
            "kiel", "st-petersburg", "novi-sad", "chicago", "london", "amsterdam", "brussels", "hamburg");

    @LocalServerPort
    int port;

    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    @Test
    void lvivAndKielAreCurrentPartnershipsAndStPetersburgIsOnlyAFormerOne() {
        Map<String, String> city = Map.of("da", "/da/venskabsbyer/", "en", "/en/cities/");
        for (String lang : List.of("da", "en")) {
            Document overview = http.page("/" + lang);
            Element sisters = overview.selectFirst("section[aria-labelledby=sister-heading]");
            Element former = overview.selectFirst("section[aria-labelledby=former-heading]");
            assertThat(sisters.select("a.card-link").eachAttr("href"))
                    .contains(city.get(lang) + "lviv", city.get(lang) + "kiel")
                    .doesNotContain(city.get(lang) + "st-petersburg");
            assertThat(former.selectFirst("h2").text()).isEqualTo(lang.equals("da") ? "Tidligere venskabsbyer" : "Former partnerships");
            assertThat(former.select("a.card-link").eachAttr("href")).containsExactly(city.get(lang) + "st-petersburg");
            assertThat(former.select(".card-meta").text()).contains("1989–2022");
            assertThat(overview.select("a.card-link[href=" + city.get(lang) + "st-petersburg]")).hasSize(1);
            // On a phone as on a desktop, the cities come first; the latest activities, the map and the longer
            // texts follow.
            assertThat(overview.select("main > section > h2").eachAttr("id")).containsExactly("sister-heading",
                    "other-heading", "former-heading", "activities-heading", "map-heading", "results-heading");
        }
        Document stPetersburg = http.page("/en/cities/st-petersburg");
        assertThat(stPetersburg.select(".facts").text()).contains("Years 1989–2022");
        assertThat(stPetersburg.select(".notice").text()).contains("This partnership has ended", "(since March 2022)",
                "unanimous City Council", "LGBT+");
        assertThat(stPetersburg.select("main").text()).contains("From 1989 until 2022").doesNotContain("on-going");
        assertThat(http.page("/da/venskabsbyer/lviv").select("main").text())
                .contains("hensigtserklæring", "18. april 2023", "Sankt Petersborg");
        assertThat(http.page("/en/cities/kiel").select("main").text())
                .contains("29 May 2019", "five years at first", "do not say whether it has been renewed");
    }

    @Test
    void harbinIsLimitedAndKujalleqShowsBothDates() {
        Document harbin = http.page("/da/venskabsbyer/harbin");
        assertThat(harbin.select(".facts .status").text()).isEqualTo("Begrænset");
        assertThat(harbin.select(".facts .status-limited")).hasSize(1);
        assertThat(harbin.select(".notice").text()).contains("Samarbejdet er begrænset", "(siden 2021)");
        assertThat(harbin.select(".results").text()).contains("Energi og miljø", "2010–2021");
        assertThat(http.page("/en").select("a[href=/en/cities/harbin] .status").text()).isEqualTo("Limited");

        Document kujalleq = http.page("/en/cities/kujalleq");
        assertThat(kujalleq.selectFirst("h1").text()).isEqualTo("Kommune Kujalleq");
        assertThat(kujalleq.select(".milestones").text()).contains("The early 1960s", "Qaqortoq", "2009",
                "school classes");
        assertThat(kujalleq.select(".facts").text()).doesNotContain("since 2009");
    }

    @Test
    void theStatusesLookDifferentAndNotByColourAlone() {
        Document overview = http.page("/en");
        assertThat(overview.select(".status-active").first().text()).isEqualTo("Active");
        assertThat(overview.select(".status-limited").first().text()).isEqualTo("Limited");
        assertThat(overview.select(".status-ended").first().text()).isEqualTo("Ended");
        String css = http.get(overview.select("link[rel=stylesheet]").attr("href")).body();
        assertThat(css).contains(".status-active::before", ".status-limited::before", ".status-ended { color: var(--muted); border-style: dashed; }");
    }

    /** Every year, status and result on a city page names a source, and the source is on the page. */
    @Test
    void everyYearStatusAndResultHasASourceOnItsPage() {
        for (String lang : List.of("da", "en")) {
            for (String slug : SLUGS) {
                String path = (lang.equals("da") ? "/da/venskabsbyer/" : "/en/cities/") + slug;
                Document page = http.page(path);
                assertThat(page.select(".sources li")).as(path).isNotEmpty();
                for (Element fact : page.select(".facts div")) {
                    String label = fact.selectFirst("dt").text();
                    if (fact.text().matches(".*\\b(1[89]|20)\\d\\d\\b.*") || fact.selectFirst(".status") != null) {
                        assertThat(fact.select("a.ref")).as(path + " " + label).isNotEmpty();
                    }
                }
                page.select(".results li").forEach(result ->
                        assertThat(result.select("a.ref")).as(path + " " + result.text()).isNotEmpty());
                page.select(".milestones li").forEach(step ->
                        assertThat(step.select("a.ref")).as(path + " " + step.text()).isNotEmpty());
                if (!page.select(".notice").isEmpty() && !page.select(".notice p").eachText().isEmpty()) {
                    assertThat(page.select(".notice a.ref")).as(path + " status reason").isNotEmpty();
                }
                for (Element ref : page.select("a.ref")) {
                    String target = ref.attr("href").substring(1);
                    assertThat(page.getElementById(target)).as(path + " " + ref.attr("href")).isNotNull();
                }
                page.select(".sources li a").forEach(link -> assertThat(link.attr("href")).startsWith("https://"));
            }
        }
    }

    @Test
    void danishPagesShowNoEnglishNotesAndNoResearchNotes() {
        for (String slug : SLUGS) {
            Document page = http.page("/da/venskabsbyer/" + slug);
            String text = page.select("body").text();
            assertThat(text).as(slug).doesNotContain("Source:", "Sources", "Seed", "seed", "newer international page",
                    "Kilde:", "Years", "Partnership since", "Status since");
            assertThat(page.select("#sources-heading").text()).isEqualTo("Kilder");
            assertThat(page.select(".sources .visually-hidden, a.ref .visually-hidden").eachText())
                    .allMatch(label -> label.startsWith("Kilde "));
            assertThat(page.select(".page-meta").text()).startsWith("Sidst opdateret");
        }
        for (String slug : SLUGS) {
            assertThat(http.page("/en/cities/" + slug).select("body").text()).as(slug)
                    .doesNotContain("Seed", "newer international page", "Kilder");
        }
        // Every Danish page of the sitemap: the site's own words are Danish (source titles keep theirs).
        List<String> danishPages = org.jsoup.Jsoup.parse(http.get("/sitemap.xml").body(), "", org.jsoup.parser.Parser.xmlParser())
                .select("url > loc").eachText().stream().map(loc -> loc.replaceFirst("^https?://[^/]+", ""))
                .filter(path -> path.startsWith("/da")).toList();
        assertThat(danishPages).hasSizeGreaterThan(20);
        for (String path : danishPages) {
            assertThat(http.page(path).select("body").text()).as(path).doesNotContain("Source", "Seed", "Last updated",
                    "Partnership since", "Status since", "History of the partnership", "Former partnerships", "Limited",
                    "Active", "Ended", "More:");
        }
        Document overview = http.page("/da");
        assertThat(overview.text()).doesNotContain("placeret deres ordrer", "etableringen af", "Flere:", "Vidensdeling");
        assertThat(http.page("/da/samarbejdsformer/other-collaboration").select("main").text())
                .doesNotContain("Desuden har");
    }

    @Test
    void danishReadersFindTurkuAsAbo() {
        Document found = http.page("/da/soeg?q=%C3%85bo");
        assertThat(found.select("main a").eachAttr("href")).contains("/da/venskabsbyer/turku");
    }

    @Test
    void danishPagesHaveDanishAddressesAndTheOldOnesMovePermanently() {
        Map<String, String> moved = Map.of(
                "/da/cities/bergen", "/da/venskabsbyer/bergen",
                "/da/partnerships/nordic-sister-city", "/da/samarbejdsformer/nordic-sister-city",
                "/da/search?q=bergen", "/da/soeg?q=bergen",
                "/da/map", "/da/kort",
                "/da/contact", "/da/kontakt",
                "/da/venskabsbyer/Bergen", "/da/venskabsbyer/bergen",
                "/en/cities/ST-Petersburg", "/en/cities/st-petersburg");
        moved.forEach((from, to) -> {
            HttpResponse<String> response = http.get(from);
            assertThat(response.statusCode()).as(from).isEqualTo(301);
            assertThat(response.headers().firstValue("Location").orElseThrow()).as(from).endsWith(to);
            assertThat(http.get(to).statusCode()).as(to).isEqualTo(200);
        });
        assertThat(http.get("/en/venskabsbyer/bergen").statusCode()).isEqualTo(404);
        assertThat(http.get("/da/cities/no-such-city").statusCode()).isEqualTo(301);
        assertThat(http.get("/da/venskabsbyer/no-such-city").statusCode()).isEqualTo(404);
        assertThat(http.get("/da/venskabsbyer/No-Such-City").statusCode()).isEqualTo(404);

        Document bergen = http.page("/da/venskabsbyer/bergen");
        assertThat(bergen.select("link[rel=canonical]").attr("href")).endsWith("/da/venskabsbyer/bergen");
        assertThat(bergen.select("link[rel=alternate][hreflang=en]").attr("href")).endsWith("/en/cities/bergen");
        assertThat(bergen.select("nav.language a").attr("href")).isEqualTo("/en/cities/bergen");
        assertThat(http.page("/en/partnerships/cooperation-agreement").select("nav.language a").attr("href"))
                .isEqualTo("/da/samarbejdsformer/cooperation-agreement");
        assertThat(http.page("/en/search?q=turku").select("nav.language a").attr("href"))
                .isEqualTo("/da/soeg?q=turku");

        String sitemap = http.get("/sitemap.xml").body();
        assertThat(sitemap).contains("/da/venskabsbyer/lviv", "/da/samarbejdsformer/cooperation-agreement",
                "/da/kort", "/da/kontakt", "/en/cities/lviv").doesNotContain("/da/cities/", "/da/partnerships/");
    }

    @Test
    void everyPageSaysWhenItWasLastUpdated() {
        for (String path : List.of("/da", "/en", "/da/venskabsbyer/kiel", "/en/map", "/da/kontakt",
                "/en/partnerships/nordic-sister-city", "/da/soeg?q=kiel")) {
            Element time = http.page(path).selectFirst(".page-meta time");
            assertThat(time).as(path).isNotNull();
            assertThat(time.attr("datetime")).as(path).matches("\\d{4}-\\d{2}-\\d{2}");
        }
        assertThat(http.page("/en").selectFirst(".page-meta").text()).startsWith("Last updated");
    }
}
