package dk.aarhus.sistercities.admin;

import static org.assertj.core.api.Assertions.assertThat;

import dk.aarhus.sistercities.account.TestAccounts;
import dk.aarhus.sistercities.support.AdminPages;
import dk.aarhus.sistercities.support.FullAppTest;
import dk.aarhus.sistercities.support.Http;
import dk.aarhus.sistercities.support.ResetDataBeforeEachTest;
import dk.aarhus.sistercities.support.WebSession;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.FormElement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Taking something off the site or deleting it is never one click: every form links to a confirmation page
 * that says, with the public addresses, what citizens will see afterwards; its POST carries the revision seen
 * there, so a step on a version someone changed meanwhile is refused.
 */
@FullAppTest
@ResetDataBeforeEachTest
class RemovalConfirmationTest {

    @LocalServerPort
    int port;

    Http http;
    WebSession editor;

    @BeforeEach
    void sessions() {
        http = new Http(port);
        editor = new WebSession(port, "da");
        editor.logIn(TestAccounts.ADMIN_USERNAME, TestAccounts.ADMIN_PASSWORD);
    }

    private String bergenForm() {
        return editor.page("/admin").selectFirst("main a:containsOwn(Bergen)[href^=/admin/cities/]").attr("href");
    }

    @Test
    void takingACityOffTheSiteIsConfirmedOnAPageThatNamesItsAddresses() {
        String city = bergenForm();
        Document form = editor.page(city);
        assertThat(form.select("form[action$=/unpublish], form[action$=/delete]")).as("no one-click step").isEmpty();
        Element zone = form.selectFirst("section.danger-zone");
        assertThat(zone.select("a").eachAttr("href")).containsExactly(city + "/unpublish", city + "/delete");
        assertThat(zone.previousElementSiblings().select("form[data-unsaved-warning]")).as("after the form").hasSize(1);

        Document confirm = editor.page(city + "/unpublish");
        assertThat(confirm.selectFirst("h1").text()).isEqualTo("Tag Bergen af sitet?");
        assertThat(confirm.selectFirst("main").text()).contains(
                "Siderne /da/venskabsbyer/bergen og /en/cities/bergen svarer “Siden findes ikke”.",
                "Byen forsvinder fra oversigten", "kortet, tidslinjen, søgningen",
                "Kladden og historikken bevares, og du kan offentliggøre igen.");
        FormElement step = (FormElement) confirm.selectFirst("main form[action=" + city + "/unpublish]");
        assertThat(step.selectFirst("input[name=seenRevision]").val()).isNotBlank();
        assertThat(confirm.select("main a[href=" + city + "]").eachText()).contains("Nej, gå tilbage");

        // A colleague saves while the page is open: the step on the version seen is refused.
        AdminPages.saveCity(editor, city, Map.of("texts[da].summary", "Ændret imens."));
        editor.page(city); // the save's own banner, shown once
        HttpResponse<String> stale = editor.submit(step, null, Map.of());
        assertThat(stale.statusCode()).isEqualTo(302);
        assertThat(editor.page(city).select(".banner-warning").text()).contains("Handlingen blev ikke udført");
        assertThat(http.get("/da/venskabsbyer/bergen").statusCode()).as("still public").isEqualTo(200);

        Document fresh = editor.page(city + "/unpublish");
        editor.submit((FormElement) fresh.selectFirst("main form[action$=/unpublish]"), null, Map.of());
        assertThat(http.get("/da/venskabsbyer/bergen").statusCode()).isEqualTo(404);
        assertThat(http.get("/en/cities/bergen").statusCode()).isEqualTo(404);
        assertThat(editor.page(city).select("section.danger-zone a").eachAttr("href"))
                .as("nothing left to take off").containsExactly(city + "/delete");
        assertThat(editor.get(city + "/unpublish").statusCode()).as("not public: back to the form").isEqualTo(302);
    }

    @Test
    void deletingACitySaysWhatCitizensSeeAndRefusesAStaleStep() {
        String city = bergenForm();
        // In the account's language (Danish), whatever the browser asks for.
        Document confirm = editor.acceptLanguage("en").page(city + "/delete");
        assertThat(confirm.selectFirst("h1").text()).isEqualTo("Slet Bergen?");
        assertThat(confirm.selectFirst("main").text()).contains(
                "Siderne /da/venskabsbyer/bergen og /en/cities/bergen svarer “Siden findes ikke”.",
                "Byen flyttes til listen over slettede byer.");
        FormElement step = (FormElement) confirm.selectFirst("main form[action=" + city + "/delete]");
        String seen = step.selectFirst("input[name=seenRevision]").val();
        HttpResponse<String> stale = editor.post(city + "/delete", confirm, "seenRevision",
                String.valueOf(Integer.parseInt(seen) - 1));
        assertThat(stale.headers().firstValue("Location").orElseThrow()).endsWith(city);
        assertThat(http.get("/en/cities/bergen").statusCode()).isEqualTo(200);

        HttpResponse<String> deleted = editor.submit(step, null, Map.of());
        assertThat(deleted.headers().firstValue("Location").orElseThrow()).endsWith("/admin");
        assertThat(http.get("/en/cities/bergen").statusCode()).isEqualTo(404);
    }

    @Test
    void aPageAContactAndAnActivityAreTakenOffOnlyAfterTheirConfirmation() {
        // The page "Deltag": its two addresses and the main menu.
        String page = "/admin/pages/get-involved";
        assertThat(editor.page(page).select("form[action$=/unpublish]")).isEmpty();
        assertThat(editor.page(page).select("section.danger-zone a").eachAttr("href")).containsExactly(page + "/unpublish");
        Document pageConfirm = editor.page(page + "/unpublish");
        assertThat(pageConfirm.selectFirst("main").text()).contains(
                "Adresserne /da/sider/deltag og /en/pages/get-involved svarer “Siden findes ikke”.",
                "Siden forsvinder fra hovedmenuen.");
        confirmStaleThenFresh(page, pageConfirm, "/unpublish");
        assertThat(http.get("/da/sider/deltag").statusCode()).isEqualTo(404);

        // Bergen's own contact, published, then removed: the city's page shows the general one.
        String contact = "/admin/contacts/bergen";
        Document contactForm = editor.page(contact);
        assertThat(editor.submit((FormElement) contactForm.selectFirst("form[data-unsaved-warning]"), null,
                Map.of("texts[da][unit]", "Enheden", "texts[en][unit]", "The unit", "email", "a@example.dk"))
                .statusCode()).isEqualTo(302);
        editor.submit((FormElement) editor.page(contact).selectFirst("form#publish-form"), null, Map.of());
        Document contactConfirm = editor.page(contact + "/remove");
        assertThat(contactConfirm.selectFirst("h1").text()).isEqualTo("Fjern “Kontakt for Bergen” fra sitet?");
        assertThat(contactConfirm.selectFirst("main").text()).contains(
                "Byens side (/da/venskabsbyer/bergen og /en/cities/bergen) viser derefter den generelle kontakt");
        confirmStaleThenFresh(contact, contactConfirm, "/remove");
        assertThat(http.page("/da/venskabsbyer/bergen").select("a[href=mailto:a@example.dk]")).isEmpty();
        assertThat(editor.get("/admin/contacts/general/remove").statusCode()).as("the general contact stays")
                .isEqualTo(404);

        // A seeded activity.
        String activity = AdminPages.ACTIVITY;
        String title = editor.page(activity).selectFirst("#texts-en-title").val();
        assertThat(http.page("/en/activities").select("main").text()).contains(title);
        Document activityConfirm = editor.page(activity + "/remove");
        assertThat(activityConfirm.selectFirst("main").text()).contains("(/da/aktiviteter og /en/activities)",
                "kalenderen og fra nyhedsfeedet");
        confirmStaleThenFresh(activity, activityConfirm, "/remove");
        assertThat(http.page("/en/activities").select("main").text()).doesNotContain(title);
        assertThat(editor.get("/admin/activities/no-such-activity/remove").statusCode()).isEqualTo(404);
    }

    /** Saves the subject's form meanwhile, so the confirmation's step is stale and refused; then confirms afresh. */
    private void confirmStaleThenFresh(String form, Document confirmation, String step) {
        FormElement opened = (FormElement) confirmation.selectFirst("main form[action=" + form + step + "]");
        assertThat(opened).as(form + step).isNotNull();
        Document page = editor.page(form);
        assertThat(editor.submit((FormElement) page.selectFirst("form[data-unsaved-warning]"), null, Map.of())
                .statusCode()).as("saved meanwhile").isEqualTo(302);
        editor.page(form); // the save's own banner, shown once
        editor.submit(opened, null, Map.of());
        assertThat(editor.page(form).select(".banner-warning").text()).as(form + ": refused").isNotBlank();
        HttpResponse<String> done = editor.submit(
                (FormElement) editor.page(form + step).selectFirst("main form[action=" + form + step + "]"), null, Map.of());
        assertThat(done.statusCode()).isEqualTo(302);
        assertThat(Jsoup.parse(editor.get(form).body()).select(".banner-success").text()).as(form).isNotBlank();
    }

    @Test
    void noEditorsPageHasAOneClickStepThatTakesSomethingOff() {
        AdminPages pages = AdminPages.prepare(editor);
        List<String> oneClick = new ArrayList<>();
        for (AdminPages.Page page : pages.pages()) {
            HttpResponse<String> response = editor.get(page.path());
            Document document = Jsoup.parse(response.body(), editor.base() + page.path());
            boolean confirmation = document.select("ul.consequences").size() == 1;
            for (Element form : document.select("form[method=post]")) {
                String action = form.attr("action");
                if (action.matches(".*/(unpublish|delete|remove)$") && !confirmation) {
                    oneClick.add(page.name() + ": " + action);
                }
            }
            for (Element button : document.select("button[formaction]")) {
                if (button.attr("formaction").matches(".*/(unpublish|delete|remove)(#.*)?$")) {
                    oneClick.add(page.name() + ": " + button.attr("formaction"));
                }
            }
        }
        assertThat(oneClick).isEmpty();
        assertThat(pages.pages().stream().map(AdminPages.Page::path).filter(p -> p.matches(".*/(unpublish|delete|remove)$")))
                .as("the confirmation pages themselves are checked").hasSizeGreaterThanOrEqualTo(4);
    }
}
