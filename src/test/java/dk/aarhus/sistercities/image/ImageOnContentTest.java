package dk.aarhus.sistercities.image;

import static org.assertj.core.api.Assertions.assertThat;

import dk.aarhus.sistercities.account.TestAccounts;
import dk.aarhus.sistercities.support.AdminPages;
import dk.aarhus.sistercities.support.FullAppTest;
import dk.aarhus.sistercities.support.Http;
import dk.aarhus.sistercities.support.TestImages;
import dk.aarhus.sistercities.support.WebSession;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.FormElement;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Images on activities and pages, and uploads from the city, activity and page forms themselves, over real HTTP:
 * nothing shows before publish, the preview and the public page show it with srcset, sizes, width and height (lazy
 * below the fold, early only as a page's first image), a restore brings back the old choice, the library says where
 * each is used and refuses to delete it, and a refused upload keeps everything typed and stores nothing.
 */
@FullAppTest
class ImageOnContentTest {

    private static final String KIEL = "activity-kiel-cooperation-agreement-2019";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anActivityImageUploadedFromItsFormIsPublishedWithIt_andARestoreBringsBackTheOldChoice() {
        WebSession editor = admin();
        Http citizen = new Http(port);
        // A first save without an image, to restore later.
        Document form = editor.page(AdminPages.ACTIVITY);
        assertThat(editor.submit(form(form), null, Map.of()).statusCode()).isEqualTo(302);
        int withoutImage = Integer.parseInt(editor.page(AdminPages.ACTIVITY).select("#baseRevision").val());

        HttpResponse<String> uploaded = editor.upload(form(editor.page(AdminPages.ACTIVITY)),
                Map.of("newImage.altDa", "Kiels havn", "newImage.altEn", "Kiel harbour",
                        "newImage.credit", "Testfotograf", "newImage.licence", "CC BY 4.0"),
                "newImage.file", "kiel.jpg", "image/jpeg", TestImages.photoWithGps(1000, 700));
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(302);
        Document saved = editor.page(AdminPages.ACTIVITY);
        assertThat(saved.select("[role=status]").text()).contains("Billedet kiel.jpg er lagt i billedbiblioteket");
        String image = saved.select("#image option[selected]").val();
        int withImage = Integer.parseInt(saved.select("#baseRevision").val());
        assertThat(image).isNotEmpty();
        assertThat(saved.select("#newImage-altDa").val()).as("the new image's fields are empty again").isEmpty();
        assertThat(saved.select(".image-chosen img").attr("src")).as("the chosen image beside its choice")
                .startsWith("/media/");
        assertThat(saved.select(".image-chosen a").attr("href")).isEqualTo("/admin/images/" + image);

        // A draft: citizens do not see it, the preview does, the library says "only in the draft".
        assertThat(figure(citizen.get("/da/aktiviteter").body(), KIEL)).isNull();
        assertThat(figure(editor.page(AdminPages.ACTIVITY + "/preview/da").outerHtml(), KIEL)).isNotNull();
        assertThat(editor.page("/admin/images").select("main tbody td li").eachText())
                .as("where it is used: the kind (a city may share an activity's name), the name, only in the draft")
                .anyMatch(use -> use.startsWith("Aktivitet ") && use.contains("Kiel") && use.endsWith("(kun i kladden)"));

        publish(editor, AdminPages.ACTIVITY);
        Element img = figure(citizen.get("/da/aktiviteter").body(), KIEL).selectFirst("img");
        assertThat(img.attr("alt")).isEqualTo("Kiels havn");
        assertThat(img.attr("srcset")).contains(" 480w", " 960w").doesNotContain(" 1600w");
        assertThat(img.attr("sizes")).isNotEmpty();
        assertThat(img.attr("width")).isEqualTo("960");
        assertThat(img.attr("height")).isEqualTo("672");
        assertThat(img.attr("loading")).as("below the page's head").isEqualTo("lazy");
        assertThat(img.hasAttr("fetchpriority")).isFalse();
        assertThat(img.parent().select("figcaption").text()).contains("Foto: Testfotograf", "Licens: CC BY 4.0");
        assertThat(figure(citizen.get("/en/activities").body(), KIEL).selectFirst("img").attr("alt"))
                .isEqualTo("Kiel harbour");

        // In use: deleting it is refused and says where.
        Document refused = editor.page("/admin/images/" + image + "/delete");
        assertThat(refused.select("[aria-labelledby=in-use-title] a").attr("href")).isEqualTo(AdminPages.ACTIVITY);

        // Restoring the revision before the image, then publishing it, takes the image off.
        Document history = editor.page(AdminPages.ACTIVITY);
        FormElement restore = (FormElement) history.select("form[action$=/restore]").stream()
                .filter(f -> f.select("input[name=revision]").val().equals(String.valueOf(withoutImage)))
                .findFirst().orElseThrow();
        assertThat(editor.submit(restore, null, Map.of()).statusCode()).isEqualTo(302);
        assertThat(editor.page(AdminPages.ACTIVITY).select("#image option[selected]").val()).isEmpty();
        publish(editor, AdminPages.ACTIVITY);
        assertThat(figure(citizen.get("/da/aktiviteter").body(), KIEL)).isNull();
        Document confirmation = editor.page("/admin/images/" + image + "/delete");
        assertThat(confirmation.select("h1").text()).as("no longer in use: the confirmation").startsWith("Slet billedet");

        // Deleted, then the revision that showed it restored: the form says the image is gone, not nothing.
        assertThat(editor.submit((FormElement) confirmation.selectFirst("main form"), null, Map.of()).statusCode())
                .isEqualTo(302);
        FormElement back = (FormElement) editor.page(AdminPages.ACTIVITY).select("form[action$=/restore]").stream()
                .filter(f -> f.select("input[name=revision]").val().equals(String.valueOf(withImage)))
                .findFirst().orElseThrow();
        assertThat(editor.submit(back, null, Map.of()).statusCode()).isEqualTo(302);
        Document restored = editor.page(AdminPages.ACTIVITY);
        assertThat(restored.select("#image option[selected]").val()).isEmpty();
        assertThat(restored.select(".banner-warning").text())
                .contains("Kladden viser billede nr. " + image + ", men det er slettet fra billedbiblioteket");
        FormElement none = (FormElement) restored.select("form[action$=/restore]").stream()
                .filter(f -> f.select("input[name=revision]").val().equals(String.valueOf(withoutImage)))
                .findFirst().orElseThrow();
        assertThat(editor.submit(none, null, Map.of()).statusCode()).isEqualTo(302);
        assertThat(editor.page(AdminPages.ACTIVITY).select(".banner-warning").text())
                .as("a draft without an image: no word of one").doesNotContain("slettet fra billedbiblioteket");
    }

    @Test
    void aPageShowsItsDecorativeImageFirstAndEarly_onlyOnceItIsPublished() {
        WebSession editor = admin();
        Http citizen = new Http(port);
        HttpResponse<String> library = editor.upload((FormElement) editor.page("/admin/images/new")
                .selectFirst("form[enctype]"), Map.of("decorative", "true", "credit", "Testfotograf"), "file",
                "moenster.png", "image/png", TestImages.encode(TestImages.picture(640, 400), "png"));
        assertThat(library.statusCode()).isEqualTo(302);
        String image = library.headers().firstValue("Location").orElseThrow().replaceAll(".*/", "");
        String page = "/admin/pages/get-involved";
        assertThat(editor.submit(form(editor.page(page)), null, Map.of("image", image)).statusCode()).isEqualTo(302);

        assertThat(Jsoup.parse(citizen.get("/da/sider/deltag").body()).select("main figure")).isEmpty();
        Element preview = editor.page(page + "/preview/da").selectFirst("main figure img");
        assertThat(preview).isNotNull();
        assertThat(editor.page("/admin/images/" + image).select("main li a").attr("href")).isEqualTo(page);
        assertThat(editor.page("/admin/images/" + image).select("main li a").text()).startsWith("Side ");

        publish(editor, page);
        Element img = Jsoup.parse(citizen.get("/da/sider/deltag").body()).selectFirst("main h1 + figure img");
        assertThat(img).as("the image right below the title").isNotNull();
        assertThat(img.attr("alt")).as("decorative").isEmpty();
        assertThat(img.hasAttr("alt")).isTrue();
        assertThat(img.attr("fetchpriority")).as("the page's first image").isEqualTo("high");
        assertThat(img.hasAttr("loading")).isFalse();
        assertThat(img.attr("width")).isEqualTo("640");
        assertThat(img.attr("height")).isEqualTo("400");
        assertThat(img.attr("srcset")).contains(" 480w", " 640w");
    }

    @Test
    void aRefusedUploadFromTheCityFormSaysWhyKeepsEverythingTypedAndStoresNothing() {
        WebSession editor = admin();
        String city = editor.page("/admin").selectFirst("main a:containsOwn(Rostock)[href^=/admin/cities/]").attr("href");
        long images = count("image");
        long revisions = count("revision");
        Map<String, String> typed = Map.of("action", "save", "website", "https://rostock.example/typed",
                "newImage.altDa", "Havnen i Rostock", "newImage.altEn", "Rostock harbour", "newImage.credit", "Foto A");

        HttpResponse<String> svg = editor.upload(form(editor.page(city)), typed, "newImage.file", "havn.png",
                "image/png", "<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>"
                        .getBytes(StandardCharsets.UTF_8));
        Document refused = refused(svg);
        assertThat(refused.select("#error-summary a[href=#newImage-file]").text())
                .contains("ikke et JPEG-, PNG- eller WebP-billede");
        assertThat(refused.select("#website").val()).isEqualTo("https://rostock.example/typed");
        assertThat(refused.select("#newImage-altDa").val()).isEqualTo("Havnen i Rostock");
        assertThat(refused.select("#newImage-credit").val()).isEqualTo("Foto A");

        // A photo without alt text (and not decorative): refused by the library's rule, the file is not stored.
        HttpResponse<String> noAlt = editor.upload(form(editor.page(city)), Map.of("action", "save",
                "newImage.credit", "Foto B"), "newImage.file", "havn.jpg", "image/jpeg", TestImages.photoWithGps(700, 500));
        assertThat(refused(noAlt).select("#error-summary li").eachText()).contains(
                "Skriv en alternativ tekst på dansk, eller sæt flueben ved, at billedet er dekorativt",
                "Billedet er ikke uploadet. Ret felterne om det nye billede, og vælg filen igen.");

        // Texts for a new image but no file: said on each text, not dropped unseen.
        HttpResponse<String> noFile = editor.submit(form(editor.page(city)), AdminPages.saveButton(editor.page(city)),
                Map.of("newImage.credit", "Foto C"));
        assertThat(refused(noFile).select("#error-summary a[href=#newImage-credit]").text())
                .contains("ikke valgt en billedfil");

        // Beyond the container's limit nothing can be read: back to the form, which says why.
        HttpResponse<String> far = editor.upload(form(editor.page(city)), typed, "newImage.file", "huge.jpg",
                "image/jpeg", new byte[13 * 1024 * 1024]);
        assertThat(far.statusCode()).isEqualTo(302);
        assertThat(far.headers().firstValue("Location").orElse("")).endsWith(city + "?tooLarge");
        assertThat(editor.page(city + "?tooLarge").select("[role=alert]").text()).contains("for stor");
        assertThat(count("image")).as("nothing stored").isEqualTo(images);
        assertThat(count("revision")).isEqualTo(revisions);

        // And a good one: uploaded, chosen and saved with the draft in one step.
        HttpResponse<String> good = editor.upload(form(editor.page(city)), typed, "newImage.file", "havn.jpg",
                "image/jpeg", TestImages.photoWithGps(720, 480));
        assertThat(good.statusCode()).as(good.body()).isEqualTo(302);
        Document saved = editor.page(city);
        assertThat(saved.select("#image option[selected]").text()).startsWith("havn.jpg – Havnen i Rostock");
        assertThat(saved.select("#website").val()).isEqualTo("https://rostock.example/typed");
        assertThat(count("image")).isEqualTo(images + 1);
    }

    @Test
    void anEditOfAnImagesTextsIsInItsHistoryAndCanBeUndone() {
        WebSession editor = admin();
        HttpResponse<String> uploaded = editor.upload((FormElement) editor.page("/admin/images/new")
                .selectFirst("form[enctype]"), Map.of("altDa", "Domkirken", "altEn", "The cathedral", "credit", "Anna"),
                "file", "domkirke.jpg", "image/jpeg", TestImages.photoWithGps(650, 450));
        assertThat(uploaded.statusCode()).isEqualTo(302);
        String image = uploaded.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
        HttpResponse<String> edited = editor.upload((FormElement) editor.page(image).selectFirst("form[enctype]"),
                Map.of("altDa", "Et tårn", "credit", "Bo"), "file", "", "application/octet-stream", new byte[0]);
        assertThat(edited.statusCode()).isEqualTo(302);
        Document form = editor.page(image);
        assertThat(form.select("#credit").val()).isEqualTo("Bo");
        assertThat(form.select("section[aria-labelledby=history] tbody tr")).hasSize(2);

        FormElement undo = (FormElement) form.select("form[action$=/restore]").stream()
                .filter(f -> f.select("input[name=revision]").val().equals("1")).findFirst().orElseThrow();
        assertThat(editor.submit(undo, null, Map.of()).statusCode()).isEqualTo(302);
        Document restored = editor.page(image);
        assertThat(restored.select("[role=status]").text()).contains("version 1 er gendannet");
        assertThat(restored.select("#credit").val()).isEqualTo("Anna");
        assertThat(restored.select("#altDa").val()).isEqualTo("Domkirken");
        assertThat(restored.select("section[aria-labelledby=history] tbody tr").eachText())
                .hasSize(3).first().asString().contains("Gendannet fra version 1");
        assertThat(jdbc.queryForObject("select credit from image where id = ?", String.class,
                Long.valueOf(image.replaceAll(".*/", "")))).isEqualTo("Anna");
    }

    @Test
    void anImageChosenMeanwhileIsNamedByItsFileInTheConflictAndInTheCompare() {
        WebSession anna = admin();
        WebSession bo = admin();
        String harbour = upload(anna, "havn.png", 720, 480);
        String square = upload(anna, "torv.png", 660, 440);
        String page = "/admin/pages/get-involved";
        FormElement annas = form(anna.page(page));
        FormElement bos = form(bo.page(page));
        assertThat(anna.submit(annas, null, Map.of("image", harbour)).statusCode()).isEqualTo(302);

        Document conflict = refusedSave(bo.submit(bos, null, Map.of("image", square)));
        assertThat(conflict.select(".conflict").text()).contains("En anden har gemt en ændring her");
        assertThat(conflict.select("#publish-form")).as("Publish would publish theirs, not what is on screen").isEmpty();
        Element row = row(conflict.select(".conflict table.diff"), "Billede");
        assertThat(shown(row, 0)).isEqualTo("havn.png (nr. " + harbour + " i billedbiblioteket)");
        assertThat(shown(row, 1)).isEqualTo("torv.png (nr. " + square + " i billedbiblioteket)");

        // A city's main image in the compare of two revisions, by file name, not by number.
        String bergen = anna.page("/admin").selectFirst("main a:containsOwn(Bergen)[href^=/admin/cities/]").attr("href");
        AdminPages.saveCity(anna, bergen, Map.of("image", square));
        List<String> numbers = anna.page(bergen + "/history").select("select#from option").eachAttr("value");
        Document compare = anna.page(bergen + "/compare?from=" + numbers.get(1) + "&to=" + numbers.get(0));
        assertThat(compare.select("table.diff thead").text()).as("authors as the history names them")
                .contains("systemet (startindhold)").doesNotContain("– seed");
        assertThat(shown(row(compare.select("table.diff"), "Hovedbillede"), 1))
                .isEqualTo("torv.png (nr. " + square + " i billedbiblioteket)");
    }

    /** A diff cell's value as it reads on screen (without the hidden "fjernet:" and "tilføjet:"). */
    private static String shown(Element row, int cell) {
        Element td = row.select("td").get(cell).clone();
        td.select(".visually-hidden").remove();
        return td.text();
    }

    private static String upload(WebSession editor, String name, int width, int height) {
        HttpResponse<String> uploaded = editor.upload((FormElement) editor.page("/admin/images/new")
                .selectFirst("form[enctype]"), Map.of("decorative", "true"), "file", name, "image/png",
                TestImages.encode(TestImages.picture(width, height), "png"));
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(302);
        return uploaded.headers().firstValue("Location").orElseThrow().replaceAll(".*/", "");
    }

    private static Document refusedSave(HttpResponse<String> answer) {
        assertThat(answer.statusCode()).as(answer.headers().firstValue("Location").orElse("")).isEqualTo(200);
        return Jsoup.parse(answer.body());
    }

    /** The row of a diff table whose heading is {@code field}. */
    private static Element row(Elements table, String field) {
        return table.select("tbody tr").stream().filter(r -> r.selectFirst("th").text().equals(field))
                .findFirst().orElseThrow(() -> new AssertionError("no row " + field + " in " + table.text()));
    }

    private static Document refused(HttpResponse<String> answer) {
        assertThat(answer.statusCode()).as(answer.headers().firstValue("Location").orElse(answer.body())).isEqualTo(200);
        Document page = Jsoup.parse(answer.body());
        assertThat(page.select("#error-summary li")).isNotEmpty();
        return page;
    }

    /** The figure of an activity on a page, or null. */
    private static Element figure(String html, String anchor) {
        Element activity = Jsoup.parse(html).getElementById(anchor);
        assertThat(activity).as(anchor).isNotNull();
        return activity.selectFirst("figure");
    }

    private static void publish(WebSession editor, String form) {
        HttpResponse<String> published = editor.submit((FormElement) editor.page(form).selectFirst("#publish-form"),
                null, Map.of());
        assertThat(published.statusCode()).isEqualTo(302);
        assertThat(editor.page(form).select("#publish-form")).as("nothing left to publish").isEmpty();
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    private WebSession admin() {
        WebSession session = new WebSession(port, "da");
        session.logIn(TestAccounts.ADMIN_USERNAME, TestAccounts.ADMIN_PASSWORD);
        return session;
    }

    private static FormElement form(Document page) {
        return (FormElement) page.selectFirst("form[data-unsaved-warning]");
    }
}
