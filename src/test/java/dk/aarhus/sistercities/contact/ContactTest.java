package dk.aarhus.sistercities.contact;

import static org.assertj.core.api.Assertions.assertThat;

import dk.aarhus.sistercities.account.TestAccounts;
import dk.aarhus.sistercities.support.AlsoOnPostgres;
import dk.aarhus.sistercities.support.FullAppTest;
import dk.aarhus.sistercities.support.Http;
import dk.aarhus.sistercities.support.ResetDataBeforeEachTest;
import dk.aarhus.sistercities.support.WebSession;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.FormElement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Contacts over HTTP, as an editor and a citizen meet them: the general contact as seeded (only what a
 * source states) on the contact page, in the footer and on a city's page; an editor's contact for Bergen
 * refused with every error and the input kept, saved as a draft citizens do not see, published in both
 * languages with mailto: and tel: links, its history restored, a stale save refused, and taken off again.
 */
@FullAppTest
@ResetDataBeforeEachTest
@AlsoOnPostgres
class ContactTest {

    static final String BERGEN_FORM = "/admin/contacts/bergen";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    Http http;
    WebSession editor;

    @BeforeEach
    void sessions() {
        http = new Http(port);
        editor = new WebSession(port, "da");
        editor.logIn(TestAccounts.ADMIN_USERNAME, TestAccounts.ADMIN_PASSWORD);
    }

    @Test
    void theGeneralContactStatesOnlyWhatIsKnown() {
        Document da = http.page("/da/kontakt");
        Element card = da.selectFirst("main address.contact-card");
        assertThat(card).as("the general contact on the contact page").isNotNull();
        assertThat(card.selectFirst(".contact-unit").text()).isEqualTo("Aarhus Kommune");
        assertThat(card.select("a[href=https://aarhus.dk/]").text()).isEqualTo("aarhus.dk");
        assertThat(card.select("dt").eachText()).as("no empty labels").containsExactly("Hjemmeside");
        assertThat(card.select("a[href^=mailto:], a[href^=tel:]")).as("no e-mail or phone invented").isEmpty();
        assertThat(http.page("/en/contact").selectFirst("main address .contact-unit").text()).isEqualTo("City of Aarhus");

        for (String page : new String[] {"/da", "/da/venskabsbyer/bergen", "/da/kontakt", "/da/findes-ikke"}) {
            Element footer = Jsoup.parse(http.get(page).body()).selectFirst("footer .footer-owner a");
            assertThat(footer).as(page + ": the footer's unit").isNotNull();
            assertThat(footer.text()).as(page).isEqualTo("Aarhus Kommune");
            assertThat(footer.attr("href")).as(page).isEqualTo("/da/kontakt");
        }
        assertThat(http.page("/en/cities/bergen").selectFirst("footer .footer-owner a").text()).isEqualTo("City of Aarhus");

        Document bergen = http.page("/da/venskabsbyer/bergen");
        assertThat(bergen.selectFirst("#contact-heading").text()).as("no contact of its own: the general one")
                .isEqualTo("Kontakt");
        assertThat(bergen.selectFirst("section[aria-labelledby=contact-heading] address .contact-unit").text())
                .isEqualTo("Aarhus Kommune");
    }

    @Test
    void anEditorMakesBergenItsOwnContact() {
        Document list = editor.page("/admin/contacts");
        assertThat(list.select("main a[href=/admin/contacts/general]")).hasSize(1);
        assertThat(list.select("main a[href=" + BERGEN_FORM + "]").text()).isEqualTo("Kontakt for Bergen");

        Map<String, String> hostile = new HashMap<>();
        hostile.put("texts[da][unit]", "   ");
        hostile.put("texts[en][unit]", "<script>alert(1)</script>");
        hostile.put("texts[da][role]", "x".repeat(101));
        hostile.put("email", "kontakt@example.dk?subject=spam&body=x");
        hostile.put("phone", "12-34 <b>");
        hostile.put("website", "javascript:alert(1)");
        hostile.put("address", "1\n2\n3\n4\n5\n6\n7");
        HttpResponse<String> refused = submit(BERGEN_FORM, hostile);
        assertThat(refused.statusCode()).isEqualTo(200);
        Document errors = Jsoup.parse(refused.body());
        assertThat(errors.select(".error-summary a").eachAttr("href")).containsExactly("#texts-da-unit",
                "#texts-da-role", "#email", "#phone", "#website", "#address");
        assertThat(errors.select(".error-summary a").eachText()).contains("Skriv enhedens navn på dansk",
                "Kontaktpersonens rolle (Dansk) må højst være 100 tegn");
        assertThat(errors.selectFirst("#email").val()).as("input kept").isEqualTo(hostile.get("email"));
        assertThat(errors.selectFirst("#phone").val()).isEqualTo(hostile.get("phone"));
        assertThat(errors.selectFirst("#texts-en-unit").val()).isEqualTo(hostile.get("texts[en][unit]"));
        assertThat(errors.selectFirst("#address").val()).isEqualTo(hostile.get("address"));
        assertThat(refused.body()).doesNotContain("<script>alert(1)</script>");
        assertThat(revisions("bergen")).as("nothing stored").isZero();

        assertThat(submit(BERGEN_FORM, bergen("kontakt@example.dk")).statusCode()).isEqualTo(302);
        assertThat(http.page("/da/venskabsbyer/bergen").selectFirst("#contact-heading").text())
                .as("a draft is not public").isEqualTo("Kontakt");
        Document preview = editor.page(BERGEN_FORM + "/preview/da");
        assertThat(preview.select("main a[href=mailto:kontakt@example.dk]")).as("the preview shows the draft").hasSize(1);

        publish(BERGEN_FORM);
        Document da = http.page("/da/venskabsbyer/bergen");
        assertThat(da.selectFirst("#contact-heading").text()).isEqualTo("Kontakt for dette samarbejde");
        Element card = da.selectFirst("section[aria-labelledby=contact-heading] address.contact-card");
        assertThat(card.selectFirst(".contact-unit").text()).isEqualTo("Internationalt samarbejde");
        assertThat(card.select("a[href=mailto:kontakt@example.dk]").text()).isEqualTo("kontakt@example.dk");
        assertThat(card.select("a[href=tel:+4512345678]").text()).isEqualTo("+45 12 34 56 78");
        assertThat(card.text()).contains("<b>Koordinator</b>", "Rådhuspladsen 2", "8000 Aarhus C", "Man–fre 10–14");
        assertThat(card.select("b")).as("typed markup stays text").isEmpty();
        assertThat(card.select("br")).as("one line per address line").hasSizeGreaterThanOrEqualTo(1);
        Document en = http.page("/en/cities/bergen");
        assertThat(en.selectFirst("#contact-heading").text()).isEqualTo("Contact for this partnership");
        assertThat(en.selectFirst("address .contact-unit").text()).isEqualTo("International cooperation");
        assertThat(en.select("address a[href=tel:+4512345678]")).hasSize(1);
        assertThat(en.select("address dt").eachText()).containsExactly("E-mail", "Phone", "Opening hours");
        assertThat(http.page("/da/venskabsbyer/rostock").selectFirst("#contact-heading").text())
                .as("other cities keep the general contact").isEqualTo("Kontakt");
        assertThat(jdbc.queryForObject("select count(*) from audit_log where event = 'CONTENT_PUBLISHED' and detail = 'contacts/bergen'",
                Integer.class)).as("publishing is in the audit log").isEqualTo(1);
    }

    @Test
    void historyRestoreStaleSavesAndRemoval() {
        submit(BERGEN_FORM, bergen("first@example.dk"));
        publish(BERGEN_FORM);
        Document opened = editor.page(BERGEN_FORM);
        submit(BERGEN_FORM, bergen("second@example.dk"));

        // A second editor's form, opened before that save, is refused with both versions and the input kept.
        HttpResponse<String> stale = editor.submit((FormElement) opened.selectFirst("main form[method=post]:has(#email)"),
                null, Map.of("email", "third@example.dk"));
        Document conflict = Jsoup.parse(stale.body());
        assertThat(conflict.select("#conflict-title")).as("a stale save is refused").hasSize(1);
        assertThat(conflict.selectFirst("#email").val()).isEqualTo("third@example.dk");
        assertThat(conflict.select("table.diff td").eachText()).as("the words taken out and put in, said so to a screen reader")
                .contains("fjernet: second@example.dk", "tilføjet: third@example.dk");
        assertThat(revisions("bergen")).isEqualTo(3);

        Document history = editor.page(BERGEN_FORM);
        assertThat(history.select("main table tbody tr th").eachText()).containsExactly("3", "2", "1");
        editor.post(BERGEN_FORM + "/restore", history, "revision", "1");
        assertThat(editor.page(BERGEN_FORM).selectFirst("#email").val()).as("revision 1 is the draft again")
                .isEqualTo("first@example.dk");
        assertThat(http.page("/da/venskabsbyer/bergen").select("a[href=mailto:first@example.dk]")).hasSize(1);

        Document form = editor.page(BERGEN_FORM);
        editor.post(BERGEN_FORM + "/remove", form, "seenRevision", form.selectFirst("#baseRevision").val());
        assertThat(http.page("/da/venskabsbyer/bergen").selectFirst("#contact-heading").text())
                .as("taken off: the general contact again").isEqualTo("Kontakt");
        assertThat(editor.get("/admin/contacts/no-such-city").statusCode()).isEqualTo(404);
    }

    /** A form saved a thousand times still opens at once: it lists the newest 20 and links to all of them. */
    @Test
    void aLongHistoryListsTheNewestAndAllOnRequest() {
        for (int i = 1; i <= 23; i++) {
            assertThat(submit(BERGEN_FORM, bergen("save" + i + "@example.dk")).statusCode()).isEqualTo(302);
        }
        Document form = editor.page(BERGEN_FORM);
        assertThat(form.select("#history ~ .table-wrap tbody tr th").eachText()).as("the newest 20")
                .hasSize(20).startsWith("23", "22").endsWith("4");
        assertThat(form.selectFirst("#history-caption").text()).isEqualTo("De 20 nyeste af 23 ændringer, nyeste først");
        Element all = form.selectFirst("a[href$=#history]");
        assertThat(all.text()).isEqualTo("Vis alle 23 ændringer");

        Document everything = editor.page(all.attr("href"));
        assertThat(everything.select("#history ~ .table-wrap tbody tr th").eachText()).hasSize(23).endsWith("2", "1");
        assertThat(everything.selectFirst("#history-caption").text()).isEqualTo("Alle ændringer, nyeste først");
        assertThat(everything.select("a[href$=#history]")).as("no link to more").isEmpty();
        editor.post(BERGEN_FORM + "/restore", everything, "revision", "1");
        assertThat(editor.page(BERGEN_FORM).selectFirst("#email").val()).as("the oldest, restored from the full list")
                .isEqualTo("save1@example.dk");
    }

    private Map<String, String> bergen(String email) {
        Map<String, String> values = new HashMap<>();
        values.put("texts[da][unit]", "Internationalt samarbejde");
        values.put("texts[en][unit]", "International cooperation");
        values.put("texts[da][role]", "<b>Koordinator</b>");
        values.put("texts[en][role]", "Coordinator");
        values.put("texts[da][hours]", "Man–fre 10–14");
        values.put("texts[en][hours]", "Mon–Fri 10–14");
        values.put("email", email);
        values.put("phone", "+45 12 34 56 78");
        values.put("website", "");
        values.put("address", "Rådhuspladsen 2\r\n8000 Aarhus C");
        return values;
    }

    private HttpResponse<String> submit(String path, Map<String, String> values) {
        Document form = editor.page(path);
        return editor.submit((FormElement) form.selectFirst("main form[method=post]:has(#email)"), null, values);
    }

    private void publish(String path) {
        Document form = editor.page(path);
        HttpResponse<String> published = editor.submit((FormElement) form.selectFirst("form[action$=/publish]"),
                null, Map.of());
        assertThat(published.statusCode()).isEqualTo(302);
    }

    private int revisions(String scope) {
        return jdbc.queryForObject("select count(*) from revision where subject_kind = 'CONTACT' and subject_key = ?",
                Integer.class, scope);
    }
}
