package dk.aarhus.sistercities.page;

import static org.assertj.core.api.Assertions.assertThat;

import dk.aarhus.sistercities.account.TestAccounts;
import dk.aarhus.sistercities.support.AlsoOnPostgres;
import dk.aarhus.sistercities.support.FullAppTest;
import dk.aarhus.sistercities.support.Http;
import dk.aarhus.sistercities.support.ResetDataBeforeEachTest;
import dk.aarhus.sistercities.support.WebSession;
import java.net.http.HttpResponse;
import dk.aarhus.sistercities.content.Language;
import jakarta.persistence.EntityManagerFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.ClassPathResource;
import org.springframework.transaction.support.TransactionTemplate;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.FormElement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Pages over HTTP, as a citizen and an editor meet them: the two seeded pages in both languages, each
 * language with its own address, in the main navigation with aria-current, hreflang and the switch, the
 * general contact and the sources; unknown and unpublished addresses 404. An editor's page refused with
 * every error and the input kept, a draft neither public nor in the navigation, published with its
 * Markdown made harmless and at once in every cached page's navigation, a stale save refused, taken off again.
 */
@FullAppTest
@ResetDataBeforeEachTest
@AlsoOnPostgres
class PageTest {

    @LocalServerPort
    int port;

    @Value("${sistercities.site-url}")
    String siteUrl;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PageEditor pages;

    @Autowired
    PageDirectory directory;

    @Autowired
    EntityManagerFactory emf;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    ApplicationEventPublisher events;

    Http http;
    WebSession editor;

    @BeforeEach
    void sessions() {
        http = new Http(port);
        editor = new WebSession(port, "da");
        editor.logIn(TestAccounts.ADMIN_USERNAME, TestAccounts.ADMIN_PASSWORD);
    }

    @Test
    void theSeededPagesInBothLanguagesWithTheirNavigationContactAndSources() throws Exception {
        Document da = http.page("/da/sider/deltag");
        assertThat(da.selectFirst("html").attr("lang")).isEqualTo("da");
        assertThat(da.select("h1").eachText()).containsExactly("Deltag");
        assertThat(da.select("link[rel=canonical]").attr("href")).isEqualTo(siteUrl + "/da/sider/deltag");
        assertThat(da.select("link[rel=alternate][hreflang=en]").attr("href")).isEqualTo(siteUrl + "/en/pages/get-involved");
        assertThat(da.selectFirst("nav.language a").attr("href")).isEqualTo("/en/pages/get-involved");
        assertThat(nav(da)).containsExactly("/da", "/da/kort", "/da/aktiviteter", "/da/kontakt", "/da/sider/deltag",
                "/da/sider/om-venskabsbyerne");
        assertThat(da.select("nav.main-nav a[aria-current]").eachAttr("href")).containsExactly("/da/sider/deltag");
        assertThat(da.select("nav.main-nav a[aria-current]").attr("aria-current")).isEqualTo("page");
        assertThat(da.select("main .prose").text()).contains("årlig udveksling af skoleklasser", "skoleudveksling",
                "Redaktionen er ved at udbygge denne side");
        assertThat(da.select("main .prose a[href=#source-1]").text()).isEqualTo("kilde 1");
        // The general contact comes from the contacts, not from the text.
        assertThat(da.selectFirst("section[aria-labelledby=contact-heading] address .contact-unit").text())
                .isEqualTo("Aarhus Kommune");
        assertThat(da.select("ol.sources li").eachText()).hasSize(3)
                .anySatisfy(s -> assertThat(s).contains("KNR", "26. oktober 2009"))
                .anySatisfy(s -> assertThat(s).contains("Kieler Nachrichten", "29. maj 2019"));
        assertThat(da.select("#source-1 a").attr("href")).startsWith("https://knr.gl/");
        assertThat(da.select("footer time[datetime]")).as("last updated").hasSize(1);

        HttpResponse<String> enResponse = http.get("/en/pages/get-involved");
        assertThat(enResponse.statusCode()).isEqualTo(200);
        assertThat(enResponse.headers().allValues("Set-Cookie")).isEmpty();
        Document en = Jsoup.parse(enResponse.body());
        assertThat(en.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(en.select("h1").text()).isEqualTo("Get involved");
        assertThat(en.select("link[rel=alternate][hreflang=da]").attr("href")).isEqualTo(siteUrl + "/da/sider/deltag");
        assertThat(nav(en)).endsWith("/en/pages/get-involved", "/en/pages/about-the-partnerships");
        assertThat(en.selectFirst("address .contact-unit").text()).isEqualTo("City of Aarhus");

        Document about = http.page("/en/pages/about-the-partnerships");
        assertThat(about.select("main .prose").text()).contains("Nordic sister cities", "Novi Sad, Chicago, London");
        assertThat(about.select("address")).as("no contact on this page").isEmpty();
        assertThat(about.select("nav.main-nav a[aria-current]").eachAttr("href"))
                .containsExactly("/en/pages/about-the-partnerships");
        assertThat(nav(http.page("/en"))).as("the overview's header too").contains("/en/pages/get-involved");
        assertThat(nav(Jsoup.parse(http.get("/da/findes-ikke").body()))).as("and the 404 page's")
                .contains("/da/sider/deltag");
        // The menu is the layout advice's model attribute (optional pages), not a bean the template calls.
        assertThat(new ClassPathResource("templates/fragments/layout.html").getContentAsString(StandardCharsets.UTF_8))
                .doesNotContain("@pageDirectory");

        for (String missing : List.of("/da/sider/findes-ikke", "/en/pages/deltag", "/da/sider/get-involved",
                "/en/pages/Get-Involved", "/da/pages/deltag")) {
            assertThat(http.get(missing).statusCode()).as(missing).isEqualTo(404);
        }
        String sitemap = http.get("/sitemap.xml").body();
        assertThat(sitemap).contains("<loc>" + siteUrl + "/da/sider/deltag</loc>",
                "hreflang=\"en\" href=\"" + siteUrl + "/en/pages/get-involved\"",
                "<loc>" + siteUrl + "/en/pages/about-the-partnerships</loc>");
    }

    @Test
    void anEditorsPageIsCheckedDraftedPublishedSafelyAndTakenOffAgain() {
        Document list = editor.page("/admin/pages");
        assertThat(list.select("main table a").eachText()).containsExactly("Deltag", "Om venskabsbyerne");

        Map<String, String> bad = values("Ny side", "deltag", "New page", "New Page!");
        bad.put("texts[en][body]", " ");
        bad.put("texts[da][title]", "t".repeat(151));
        bad.put("navPosition", "første");
        bad.put("sources[0].title", "");
        bad.put("sources[0].url", "javascript:alert(1)");
        HttpResponse<String> refused = submit("/admin/pages/new", bad);
        assertThat(refused.statusCode()).isEqualTo(200);
        Document errors = Jsoup.parse(refused.body());
        // An empty text and a source without a title would only keep the draft from being published.
        assertThat(errors.select(".error-summary a").eachAttr("href")).containsExactly("#texts-da-title",
                "#texts-da-slug", "#texts-en-slug", "#navPosition", "#sources-0-url");
        assertThat(errors.select(".error-summary a").eachText()).contains(
                "En anden side har allerede adressen “deltag”: vælg en anden");
        assertThat(errors.selectFirst("#navPosition").val()).as("input kept").isEqualTo("første");
        assertThat(errors.selectFirst("#texts-en-slug").val()).isEqualTo("New Page!");
        assertThat(errors.selectFirst("#sources-0-url").val()).isEqualTo("javascript:alert(1)");
        assertThat(revisions()).as("nothing stored").isEqualTo(2);

        Map<String, String> good = values("Skoleudveksling", "skoleudveksling", "School exchange", "school-exchange");
        good.put("texts[en][body]", "Hello <script>alert(1)</script> [x](javascript:alert(2)) "
                + "<img src=x onerror=alert(3)> **bold** ([source 1](#source-1))\n\n# A heading");
        good.put("navPosition", "3");
        good.put("sources[0].title", "Kommune Kujalleq indgår venskab med Århus");
        good.put("sources[0].publisher", "KNR");
        good.put("sources[0].date", "2009-10-26");
        good.put("sources[0].url", "https://knr.gl/");
        good.put("sources[0].language", "da");
        HttpResponse<String> created = submit("/admin/pages/new", good);
        assertThat(created.statusCode()).isEqualTo(302);
        String form = created.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
        assertThat(form).matches("/admin/pages/[a-z0-9]{8}");

        HttpResponse<String> before = http.get("/en");
        assertThat(nav(Jsoup.parse(before.body()))).as("a draft is not in the navigation")
                .doesNotContain("/en/pages/school-exchange");
        assertThat(http.get("/en/pages/school-exchange").statusCode()).as("nor public").isEqualTo(404);
        Document preview = editor.page(form + "/preview/en");
        assertThat(preview.select(".preview-banner")).hasSize(1);
        assertThat(preview.select("h1").text()).isEqualTo("School exchange");

        publish(form);
        HttpResponse<String> after = http.get("/en");
        assertThat(after.headers().firstValue("ETag")).as("the cached overview is renewed")
                .isNotEqualTo(before.headers().firstValue("ETag"));
        assertThat(nav(Jsoup.parse(after.body()))).endsWith("/en/pages/get-involved",
                "/en/pages/about-the-partnerships", "/en/pages/school-exchange");
        Document published = http.page("/en/pages/school-exchange");
        Element prose = published.selectFirst("main .prose");
        assertThat(prose.text()).contains("<script>alert(1)</script>", "<img src=x onerror=alert(3)>");
        assertThat(prose.select("script, img, a[href^=javascript]")).as("nothing typed runs").isEmpty();
        assertThat(prose.select("strong").text()).isEqualTo("bold");
        assertThat(prose.select("h2").text()).as("the text's headings start below the title").isEqualTo("A heading");
        assertThat(published.select("h1")).hasSize(1);
        assertThat(published.select("ol.sources li").text()).contains("KNR", "26 October 2009");
        assertThat(http.page("/da/sider/skoleudveksling").selectFirst("nav.language a").attr("href"))
                .isEqualTo("/en/pages/school-exchange");
        assertThat(jdbc.queryForObject("select count(*) from audit_log where event = 'PAGE_PUBLISHED'", Integer.class))
                .as("publishing is in the audit log").isEqualTo(1);

        // The main menu has room for four pages: with four in it, a fifth is refused, and its citations checked.
        pages.load(List.of(new PageContent("fourth", 4, false, Map.of(
                "da", new PageContent.Texts("fjerde", "Fjerde", "Tekst."),
                "en", new PageContent.Texts("fourth", "Fourth", "Text.")), List.of())), "page-test");
        Map<String, String> fifth = values("Femte", "femte", "Fifth", "fifth");
        fifth.put("navPosition", "5");
        fifth.put("texts[en][body]", "As [source 2](#source-2) says.");
        Document full = Jsoup.parse(submit("/admin/pages/new", fifth).body());
        assertThat(full.select(".error-summary a").eachText()).containsExactly(
                "Tekst (Engelsk) henviser til kilde 2, men siden har 0 kilder: tilføj kilden nedenfor, eller ret henvisningen",
                "Hovedmenuen har plads til 4 sider, og den er fuld: lad pladsen i menuen være tom, eller tag først en "
                        + "anden side ud af menuen");

        // A form opened before another save is refused with both versions, the input kept.
        Document opened = editor.page(form);
        submit(form, Map.of("texts[en][title]", "School exchanges"));
        HttpResponse<String> stale = editor.submit((FormElement) opened.selectFirst("form[data-unsaved-warning]"), null,
                Map.of("texts[en][title]", "Exchange of schools"));
        Document conflict = Jsoup.parse(stale.body());
        assertThat(conflict.select("#conflict-title")).hasSize(1);
        assertThat(conflict.selectFirst("#texts-en-title").val()).isEqualTo("Exchange of schools");
        assertThat(conflict.select("table.diff td").eachText()).as("the words taken out and put in, said so to a screen reader")
                .contains("fjernet: School exchanges", "tilføjet: Exchange of schools");

        Document current = editor.page(form);
        editor.post(form + "/unpublish", current, "seenRevision", current.selectFirst("#baseRevision").val());
        assertThat(http.get("/en/pages/school-exchange").statusCode()).as("taken off").isEqualTo(404);
        assertThat(nav(http.page("/en"))).doesNotContain("/en/pages/school-exchange");
        assertThat(editor.get("/admin/pages/nosuchpage").statusCode()).isEqualTo(404);
        assertThat(editor.get("/admin/pages/nosuchpage/preview/da").statusCode()).isEqualTo(404);
    }

    /** A page saved many times still opens at once: its form lists the newest 20 and links to all of them. */
    @Test
    void aLongHistoryListsTheNewestAndAllOnRequest() {
        for (int i = 0; i < 22; i++) {
            PageEditor.Draft draft = pages.draft("about");
            pages.save(draft.revision(), draft.content(), "anna");
        }
        Document form = editor.page("/admin/pages/about");
        assertThat(form.select("h1").text()).isEqualTo("Redigér siden “Om venskabsbyerne”");
        assertThat(form.title()).startsWith("Redigér siden “Om venskabsbyerne” – ");
        assertThat(form.select("#history ~ .table-wrap tbody tr th").eachText()).as("the newest 20")
                .hasSize(20).startsWith("23", "22").endsWith("4");
        assertThat(form.selectFirst("#history-caption").text()).isEqualTo("De 20 nyeste af 23 ændringer, nyeste først");
        Element all = form.selectFirst("a[href$=#history]");
        assertThat(all.attr("href")).startsWith("/admin/pages/about?history=all");
        Document everything = editor.page(all.attr("href"));
        assertThat(everything.select("#history ~ .table-wrap tbody tr th").eachText()).hasSize(23).endsWith("2", "1");
        assertThat(everything.select("a[href$=#history]")).as("no link to more").isEmpty();
    }

    /** After a publish, requests arriving together read the pages once, not once each. */
    @Test
    void concurrentRequestsAfterAPublishLoadThePagesOnce() throws Exception {
        Statistics statistics = emf.unwrap(SessionFactory.class).getStatistics();
        newContentGeneration();
        statistics.clear();
        directory.navigation(Language.DA);
        long oneLoad = statistics.getPrepareStatementCount();
        assertThat(oneLoad).isPositive();

        newContentGeneration();
        statistics.clear();
        int requests = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(requests);
        try {
            List<Future<List<PageDirectory.NavLink>>> navigations = new ArrayList<>();
            for (int i = 0; i < requests; i++) {
                navigations.add(pool.submit(() -> {
                    start.await();
                    return directory.navigation(Language.DA);
                }));
            }
            start.countDown();
            for (Future<List<PageDirectory.NavLink>> navigation : navigations) {
                assertThat(navigation.get(20, TimeUnit.SECONDS)).hasSize(2);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(statistics.getPrepareStatementCount()).as("one load for all of them").isEqualTo(oneLoad);
    }

    private void newContentGeneration() {
        transactions.executeWithoutResult(status ->
                events.publishEvent(new PageEditor.PagePublished("pages/test", "page-test")));
    }

    private static List<String> nav(Document page) {
        return page.select("nav.main-nav a").eachAttr("href");
    }

    @Test
    void aDraftIsSavedWithoutItsWordsAndItsPublishAndPreviewSayWhatIsMissing() {
        HttpResponse<String> saved = submit("/admin/pages/new", Map.of("texts[da][title]", "Kun en titel"));
        assertThat(saved.statusCode()).isEqualTo(302);
        String form = saved.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
        assertThat(editor.page("/admin/pages").select("main table a").eachText()).contains("Kun en titel");

        publish(form);
        Document refused = editor.page(form);
        assertThat(refused.select(".banner-warning").text()).contains("Siden blev ikke offentliggjort");
        assertThat(refused.select(".error-summary a").eachAttr("href")).containsExactly("#texts-da-slug",
                "#texts-da-body", "#texts-en-title", "#texts-en-slug", "#texts-en-body");
        assertThat(http.get("/da/sider/kun-en-titel").statusCode()).isEqualTo(404);

        HttpResponse<String> preview = editor.get(form + "/preview/da");
        assertThat(preview.statusCode()).as("no preview of a page without its words").isEqualTo(302);
        assertThat(editor.page(form).select(".error-summary a").eachAttr("href")).contains("#texts-da-body");
    }

    private static Map<String, String> values(String titleDa, String slugDa, String titleEn, String slugEn) {
        Map<String, String> values = new HashMap<>();
        values.put("texts[da][title]", titleDa);
        values.put("texts[da][slug]", slugDa);
        values.put("texts[da][body]", "Tekst.");
        values.put("texts[en][title]", titleEn);
        values.put("texts[en][slug]", slugEn);
        values.put("texts[en][body]", "Text.");
        return values;
    }

    private HttpResponse<String> submit(String path, Map<String, String> values) {
        Document form = editor.page(path);
        return editor.submit((FormElement) form.selectFirst("form[data-unsaved-warning]"), null, values);
    }

    private void publish(String path) {
        Document form = editor.page(path);
        HttpResponse<String> published = editor.submit((FormElement) form.selectFirst("form[action$=/publish]"),
                null, Map.of());
        assertThat(published.statusCode()).isEqualTo(302);
    }

    private int revisions() {
        return jdbc.queryForObject("select count(*) from revision where subject_kind = 'PAGE'", Integer.class);
    }
}
