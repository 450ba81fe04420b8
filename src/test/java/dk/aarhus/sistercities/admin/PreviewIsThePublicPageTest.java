package dk.aarhus.sistercities.admin;

import static org.assertj.core.api.Assertions.assertThat;

import dk.aarhus.sistercities.account.TestAccounts;
import dk.aarhus.sistercities.support.FullAppTest;
import dk.aarhus.sistercities.support.Http;
import dk.aarhus.sistercities.support.WebSession;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.FormElement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A preview is the public page as it will be: for every kind of preview, in each language, an editor whose
 * browser asks for the other language saves a change, takes the preview, publishes, and the public page a
 * citizen then gets is the same document as the preview, apart from what must differ:
 * <ul>
 *   <li>the preview's banner (what it is, in the editor's language, and the link back to the form);</li>
 *   <li>the language switch's address: in a preview it leads to the other language's preview;</li>
 *   <li>the preview's own stylesheet for its banner, and its {@code robots noindex};</li>
 *   <li>the second the open data were last modified, in the overview's structured data: the preview says now,
 *       the public page the moment of publishing, a second or so later.</li>
 * </ul>
 * Everything else (every word of the message bundles, dates, {@code lang}, navigation, footer with "last
 * updated" today, hreflang, canonical, structured data) must be equal.
 */
@FullAppTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PreviewIsThePublicPageTest {

    @LocalServerPort
    int port;

    private WebSession editor;
    private Http http;
    private String city;

    @BeforeAll
    void logIn() {
        editor = new WebSession(port, "en");
        editor.logIn(TestAccounts.ADMIN_USERNAME, TestAccounts.ADMIN_PASSWORD);
        http = new Http(port);
        Element bergen = editor.page("/admin").selectFirst("main a:containsOwn(Bergen)[href^=/admin/cities/]");
        assertThat(bergen).as("Bergen on /admin").isNotNull();
        city = bergen.attr("href");
    }

    /** Each kind of preview's form: a city, a partnership type, an overview text, the contact, a page, an activity. */
    Stream<Arguments> forms() {
        List<String> forms = List.of("city", "/admin/types/nordic-sister-city", "/admin/texts/overview.intro",
                "/admin/contacts/general", "/admin/pages/get-involved",
                "/admin/activities/kiel-cooperation-agreement-2019");
        return forms.stream().flatMap(form -> Stream.of(Arguments.of(form, "da"), Arguments.of(form, "en")));
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("forms")
    void thePreviewIsThePublicPageAfterPublishing(String form, String lang) {
        String path = form.equals("city") ? city : form;
        // The editor's browser asks for the other language than the one previewed.
        editor.acceptLanguage(lang.equals("da") ? "en" : "da");
        Document opened = editor.page(path);
        Element text = opened.selectFirst("main form[novalidate] textarea[name^=texts[" + lang + "]]");
        assertThat(text).as("a text in " + lang + " on " + path).isNotNull();
        HttpResponse<String> saved = editor.submit((FormElement) opened.selectFirst("main form[novalidate]"),
                opened.selectFirst("main form[novalidate] button[value=save]"),
                Map.of(text.attr("name"), text.val() + " Ændret i forhåndsvisning " + lang + "."));
        assertThat(saved.statusCode()).as("saving " + path).isEqualTo(302);

        Document preview = editor.page(path + "/preview/" + lang);
        assertThat(preview.select(".preview-banner")).as("the banner").hasSize(1);
        assertThat(preview.select(".preview-banner a[href=" + path + "]")).as("the banner's link back").hasSize(1);
        // The banner is the editor's: in their admin's language (Danish, the account's default), naming the language.
        Element banner = preview.selectFirst(".preview-banner");
        assertThat(banner.attr("lang")).isEqualTo("da");
        assertThat(banner.text()).contains("Forhåndsvisning", lang.equals("da") ? "den danske side" : "den engelske side",
                "ikke offentlig", "Tilbage til redigering");
        assertThat(preview.selectFirst("nav.language a").attr("href"))
                .as("the switch leads to the other language's preview")
                .isEqualTo(path + "/preview/" + (lang.equals("da") ? "en" : "da"));
        String publicPath = URI.create(preview.selectFirst("link[rel=canonical]").attr("href")).getPath();

        Document form2 = editor.page(path);
        HttpResponse<String> published = editor.submit((FormElement) form2.selectFirst("form[action$=/publish]"),
                null, Map.of());
        assertThat(published.statusCode()).as("publishing " + path).isEqualTo(302);

        Document citizens = Jsoup.parse(http.get(publicPath).body(), editor.base() + publicPath);
        assertThat(citizens.text()).as("the change is public").contains("Ændret i forhåndsvisning " + lang);
        assertThat(comparable(preview)).as(path + "/preview/" + lang + " against " + publicPath)
                .isEqualTo(comparable(citizens));
    }

    /** The document without what a preview must have and the public page must not (see the class comment). */
    private static String comparable(Document page) {
        Document copy = page.clone();
        copy.select(".preview-banner, link[rel=stylesheet][href*=/admin], meta[name=robots]").remove();
        copy.select("nav.language a").attr("href", "(the other language)");
        copy.select("script[type=application/ld+json]").forEach(json -> json.text(
                json.data().replaceAll("\"dateModified\":\"[0-9T:.-]+Z\"", "\"dateModified\":\"(now)\"")));
        // What was removed leaves the blank it stood on.
        return copy.outerHtml().replaceAll("[ \t]+\n", "\n");
    }
}
