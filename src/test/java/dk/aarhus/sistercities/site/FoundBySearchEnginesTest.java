package dk.aarhus.sistercities.site;

import static org.assertj.core.api.Assertions.assertThat;

import dk.aarhus.sistercities.support.Addresses;
import dk.aarhus.sistercities.support.AlsoOnPostgres;
import dk.aarhus.sistercities.support.FullAppTest;
import dk.aarhus.sistercities.support.Http;
import java.net.http.HttpResponse;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** robots.txt, sitemap.xml with hreflang, the Atom feed, JSON-LD and the map, over real HTTP. */
@FullAppTest
@AlsoOnPostgres
class FoundBySearchEnginesTest {

    @LocalServerPort
    int port;

    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    @Test
    void robotsKeepsCrawlersOutOfTheAdminAndPointsToTheSitemap() {
        HttpResponse<String> robots = http.get("/robots.txt");
        assertThat(robots.statusCode()).isEqualTo(200);
        assertThat(robots.body()).contains("Disallow: /admin", "Sitemap: https://sistercities.example/sitemap.xml");
    }

    @Test
    void theSitemapListsEveryPageInBothLanguagesWithItsAlternates() {
        HttpResponse<String> response = http.get("/sitemap.xml");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/xml");
        Document sitemap = Jsoup.parse(response.body(), "", Parser.xmlParser());
        List<String> locs = sitemap.select("url > loc").eachText();
        // Six fixed pages (overview, map, timeline, activities, contact, data), the two seeded editors' pages, the
        // cities, the types.
        assertThat(locs).hasSize(2 * (6 + 2 + PublicSiteTest.SLUGS.size() + PublicSiteTest.TYPES.size()))
                .contains("https://sistercities.example/da/venskabsbyer/bergen", "https://sistercities.example/en/map",
                        "https://sistercities.example/da/sider/deltag", "https://sistercities.example/en/pages/get-involved",
                        "https://sistercities.example/da/data", "https://sistercities.example/en/data",
                        "https://sistercities.example/da/tidslinje", "https://sistercities.example/en/timeline",
                        "https://sistercities.example/da/aktiviteter", "https://sistercities.example/en/activities");
        assertThat(sitemap.select("url").first().select("xhtml|link").eachAttr("hreflang"))
                .containsExactly("da", "en", "x-default");
        for (String loc : locs) {
            assertThat(http.get(loc.substring("https://sistercities.example".length())).statusCode()).as(loc)
                    .isEqualTo(200);
        }
    }

    @Test
    void theFeedListsTheActivitiesInItsLanguage() {
        HttpResponse<String> response = http.get("/da/feed.xml");
        assertThat(response.statusCode()).isEqualTo(200);
        Document feed = Jsoup.parse(response.body(), "", Parser.xmlParser());
        assertThat(feed.select("feed > title").text()).contains("venskabsbyer");
        assertThat(feed.select("entry")).as("the four seeded activities").hasSize(4);
        assertThat(feed.select("entry link").eachAttr("href"))
                .contains("https://sistercities.example/da/aktiviteter#activity-kiel-cooperation-agreement-2019");
        assertThat(feed.select("entry title").eachText()).contains("Aarhus og Kiel underskriver en samarbejdsaftale")
                .noneMatch(title -> title.endsWith("er opdateret"));
    }

    @Test
    void cityPagesDescribeThePartnerCityAndAarhusInJsonLd() {
        Document page = http.page("/en/cities/bergen");
        JsonNode graph = JsonMapper.builder().build()
                .readTree(page.select("script[type=application/ld+json]").html()).get("@graph");
        assertThat(graph.get(0).get("@type").asString()).isEqualTo("GovernmentOrganization");
        assertThat(graph.get(1).get("@type").asString()).isEqualTo("City");
        assertThat(graph.get(1).get("name").asString()).isEqualTo("Bergen");
        assertThat(graph.get(1).get("geo").get("latitude").asDouble()).isBetween(60.0, 61.0);
        Document overview = http.page("/da");
        assertThat(overview.select("script[type=application/ld+json]").html()).contains("Aarhus Kommune", "ItemList");
    }

    @Test
    void theMapMarksEveryCityAsALinkWithANameAndListsThemToo() {
        for (String lang : List.of("da", "en")) {
            Document map = http.page(Addresses.map(lang));
            List<String> markers = map.select("figure.map--full svg a").eachAttr("href");
            assertThat(markers).hasSize(PublicSiteTest.SLUGS.size());
            PublicSiteTest.SLUGS.forEach(slug -> assertThat(markers).contains(Addresses.city(lang, slug)));
            assertThat(map.select("figure.map--full svg a").eachAttr("aria-label")).allSatisfy(
                    label -> assertThat(label).isNotBlank());
            assertThat(map.select(".map-list a")).hasSize(PublicSiteTest.SLUGS.size());
            assertThat(map.select("svg title")).hasSizeGreaterThanOrEqualTo(2);
        }
        assertThat(http.page("/en/map").select("figure.map--full svg a[href=/en/cities/st-petersburg]")
                .attr("aria-label")).isEqualTo("St Petersburg (Ended)");
        assertThat(http.page("/en").select(".overview-map svg[role=img] title").text()).isNotBlank();
    }

    @Test
    void theOpenGraphImageIsServedByTheSite() {
        HttpResponse<String> image = http.get("/images/og-image.png");
        assertThat(image.statusCode()).isEqualTo(200);
        assertThat(image.headers().firstValue("Content-Type")).contains("image/png");
    }
}
