package dk.aarhus.sistercities.admin;

import static org.assertj.core.api.Assertions.assertThat;

import dk.aarhus.sistercities.account.TestAccounts;
import dk.aarhus.sistercities.support.AdminPages;
import dk.aarhus.sistercities.support.FullAppTest;
import dk.aarhus.sistercities.support.ResetDataBeforeEachTest;
import dk.aarhus.sistercities.support.WebSession;
import java.net.http.HttpResponse;
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
 * The editors' lists filtered from the address (a GET form), and the history's compare view: values by the
 * names the form gives them, the words that changed marked so a screen reader says so, and a restore that
 * says which revision it brought back.
 */
@FullAppTest
@ResetDataBeforeEachTest
class ListsAndCompareTest {

    @LocalServerPort
    int port;

    WebSession editor;

    @BeforeEach
    void session() {
        editor = new WebSession(port, "da");
        editor.logIn(TestAccounts.ADMIN_USERNAME, TestAccounts.ADMIN_PASSWORD);
    }

    private List<String> cities(Document list) {
        return list.select("#cities-caption ~ tbody th a, table:has(#cities-caption) tbody th a").eachText();
    }

    private String count(Document list) {
        return list.selectFirst(".filter-count strong").text();
    }

    @Test
    void theCityListIsFilteredByNameTypeStatusAndState() {
        Document all = editor.page("/admin");
        assertThat(count(all)).isEqualTo("Viser 15 af 15");
        assertThat(all.select("form[role=search][method=get] select[name=type] option").eachAttr("value"))
                .contains("", "nordic-sister-city", "other-collaboration");
        assertThat(all.select(".filter-count a")).as("nothing to clear").isEmpty();

        Document berg = editor.page("/admin?q=BERG");
        assertThat(cities(berg)).containsExactly("Bergen");
        assertThat(count(berg)).isEqualTo("Viser 1 af 15");
        assertThat(berg.selectFirst("input[name=q]").val()).as("the filter kept in the form").isEqualTo("BERG");
        assertThat(berg.selectFirst(".filter-count a").attr("href")).isEqualTo("/admin");

        assertThat(cities(editor.page("/admin?type=other-collaboration"))).hasSize(6).contains("Chicago", "Hamborg");
        assertThat(cities(editor.page("/admin?status=limited"))).containsExactly("Harbin");
        Document nordic = editor.page("/admin?type=nordic-sister-city&status=active&state=published");
        assertThat(cities(nordic)).hasSize(3).contains("Bergen");
        assertThat(nordic.selectFirst("select[name=status] option[selected]").val()).isEqualTo("active");
        assertThat(nordic.selectFirst("select[name=state] option[selected]").val()).isEqualTo("published");

        Document none = editor.page("/admin?type=other-collaboration&status=ended");
        assertThat(count(none)).isEqualTo("Viser 0 af 15");
        assertThat(none.selectFirst(".filter-count").text()).contains("Ingen matcher filtrene.", "Ryd filtrene");
        assertThat(none.select("#cities-caption")).as("no empty table").isEmpty();

        // Deleted cities are found by their state only.
        String bergen = berg.selectFirst("main a:containsOwn(Bergen)[href^=/admin/cities/]").attr("href");
        Document confirm = editor.page(bergen + "/delete");
        editor.submit((FormElement) confirm.selectFirst("main form[action$=/delete]"), null, Map.of());
        Document deleted = editor.page("/admin?state=deleted");
        assertThat(count(deleted)).isEqualTo("Viser 1 af 15");
        assertThat(deleted.select("#deleted-cities-caption")).hasSize(1);
        assertThat(deleted.select("#cities-caption")).isEmpty();
        assertThat(cities(editor.page("/admin?q=bergen&state=published"))).isEmpty();
    }

    @Test
    void unknownOrOversizedFilterValuesAreIgnoredAndSaidSo() {
        HttpResponse<String> hostile = editor.get("/admin?status=bogus&type=%3Cscript%3Ex%3C%2Fscript%3E&state=draft&state=published");
        assertThat(hostile.statusCode()).isEqualTo(200);
        Document page = Jsoup.parse(hostile.body());
        assertThat(page.select(".banner-warning p").eachText()).contains("Ukendt filterværdi ignoreret: bogus",
                "Ukendt filterværdi ignoreret: <script>x</script>", "Ukendt filterværdi ignoreret: draft,published");
        assertThat(hostile.body()).doesNotContain("<script>x");
        assertThat(count(page)).isEqualTo("Viser 15 af 15");

        Document longText = editor.page("/admin?q=" + "x".repeat(1500));
        assertThat(longText.selectFirst("input[name=q]").val()).hasSize(ListFilter.MAX_TEXT);
        assertThat(count(longText)).isEqualTo("Viser 0 af 15");
        assertThat(editor.get("/admin/pages?state=%00&q=%00").statusCode()).isEqualTo(200);
        assertThat(editor.get("/admin/activities?state=" + "y".repeat(500)).statusCode()).isEqualTo(200);
    }

    @Test
    void pagesAndActivitiesAreFilteredByTextAndState() {
        Document deltag = editor.page("/admin/pages?q=get-involved");
        assertThat(deltag.select("main table tbody th a").eachAttr("href")).containsExactly("/admin/pages/get-involved");
        assertThat(count(editor.page("/admin/pages?state=draft"))).startsWith("Viser 0 af");
        assertThat(editor.page("/admin/pages?state=draft").selectFirst(".filter-count a").attr("href"))
                .isEqualTo("/admin/pages");

        Document kiel = editor.page("/admin/activities?q=KIEL&state=published");
        assertThat(kiel.select("main table tbody th a").eachAttr("href")).contains(AdminPages.ACTIVITY);
        assertThat(count(editor.page("/admin/activities?state=changed"))).startsWith("Viser 0 af");
    }

    @Test
    void compareNamesValuesAsTheFormDoesAndMarksTheWordsThatChanged() {
        Document list = editor.page("/admin");
        String bergen = list.selectFirst("main a:containsOwn(Bergen)[href^=/admin/cities/]").attr("href");
        Document form = editor.page(bergen);
        String summary = form.selectFirst("#texts-da-summary").wholeText();
        String firstWord = summary.substring(0, summary.indexOf(' '));
        String changed = "Forandret" + summary.substring(summary.indexOf(' '));
        String typeName = form.selectFirst("select#type option[value=friendly-dialogue]").text();
        AdminPages.saveCity(editor, bergen, Map.of("type", "friendly-dialogue", "status", "PAUSED",
                "results[0].area", "CULTURE", "texts[da].summary", changed));

        Document history = editor.page(bergen + "/history");
        List<String> numbers = history.select("select#from option").eachAttr("value");
        Document compare = editor.page(bergen + "/compare?from=" + numbers.get(1) + "&to=" + numbers.get(0));
        String table = compare.selectFirst("table.diff").text();
        assertThat(compare.selectFirst("table.diff caption").text()).as("the table says what it holds, not the heading again")
                .isEqualTo("Felter ændret fra version " + numbers.get(1) + " til " + numbers.get(0));
        assertThat(table).contains("Aktivt", "Sat på pause", "Videndeling", "Kultur", typeName)
                .doesNotContain("PAUSED", "ACTIVE", "CULTURE", "KNOWLEDGE_EXCHANGE", "friendly-dialogue");

        Element row = compare.select("table.diff tbody tr").stream()
                .filter(r -> r.selectFirst("th").text().equals("Resumé (Dansk)"))
                .findFirst().orElseThrow();
        assertThat(row.select("td").get(0).select("del").eachText()).containsExactly("fjernet: " + firstWord);
        assertThat(row.select("td").get(1).select("ins").eachText()).containsExactly("tilføjet: Forandret");
        assertThat(row.select("td del .visually-hidden, td ins .visually-hidden").eachText())
                .containsExactly("fjernet:", "tilføjet:");
        assertThat(row.select("td").get(1).text()).as("the unchanged words as they were")
                .isEqualTo("tilføjet: " + changed.strip().replaceAll("\\s+", " "));
    }

    @Test
    void aRefusedSaveNamesTheValuesAsTheFormDoes() {
        String bergen = editor.page("/admin").selectFirst("main a:containsOwn(Bergen)[href^=/admin/cities/]").attr("href");
        Document opened = editor.page(bergen);
        AdminPages.saveCity(editor, bergen, Map.of("status", "PAUSED", "results[0].area", "CULTURE"));
        HttpResponse<String> refused = editor.submit(AdminPages.cityForm(opened), AdminPages.saveButton(opened),
                Map.of("texts[da].summary", "Min version."));
        Document conflict = Jsoup.parse(refused.body());
        assertThat(conflict.select("#conflict-title")).hasSize(1);
        String tables = conflict.select("table.diff").text();
        assertThat(tables).contains("Sat på pause", "Kultur", "Aktivt").doesNotContain("PAUSED", "CULTURE");
    }

    @Test
    void aRestoreSaysWhichRevisionItBroughtBack() {
        String bergen = editor.page("/admin").selectFirst("main a:containsOwn(Bergen)[href^=/admin/cities/]").attr("href");
        AdminPages.saveCity(editor, bergen, Map.of());
        Document history = editor.page(bergen + "/history");
        editor.submit((FormElement) history.selectFirst("form[action$=/restore]:has(input[name=revision][value=1])"),
                null, Map.of());
        Document after = editor.page(bergen + "/history");
        assertThat(after.selectFirst("tbody tr td").text()).isEqualTo("Gendannet fra version 1");

        String page = "/admin/pages/get-involved";
        editor.post(page + "/restore", editor.page(page), "revision", "1");
        Document pageForm = editor.page(page);
        assertThat(pageForm.selectFirst("#history ~ .table-wrap tbody tr td").text()).isEqualTo("Gendannet fra version 1");
    }
}
