package dk.aarhus.sistercities.image;

import static org.assertj.core.api.Assertions.assertThat;

import dk.aarhus.sistercities.account.TestAccounts;
import dk.aarhus.sistercities.support.AdminPages;
import dk.aarhus.sistercities.support.FullAppTest;
import dk.aarhus.sistercities.support.ResetDataBeforeEachTest;
import dk.aarhus.sistercities.support.TestImages;
import dk.aarhus.sistercities.support.WebSession;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.FormElement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Uploads over real HTTP as an editor's browser sends them: every hostile file gets a clear message in the error
 * summary with the rest of the form kept, stores nothing and never a 500; a PNG named .jpg is taken as the PNG it
 * is. Two editors saving the same image at once: the second is told. An image in use is not deleted.
 */
@FullAppTest
@ResetDataBeforeEachTest
class ImageUploadTest {

    private static final String CREDIT = "Foto: Testfotograf";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    static Stream<Arguments> uploads() {
        byte[] photo = TestImages.photoWithGps(800, 600);
        byte[] png = TestImages.encode(TestImages.picture(300, 200), "png");
        byte[] eleven = new byte[11 * 1024 * 1024];
        System.arraycopy(photo, 0, eleven, 0, photo.length);
        return Stream.of(
                Arguments.of("truncated JPEG", "harbour.jpg", Arrays.copyOf(photo, photo.length / 2), Map.of(),
                        "beskadiget eller ufuldstændig"),
                Arguments.of("PNG named .jpg", "harbour.jpg", png, Map.of(), null),
                Arguments.of("1 × 50,000 px", "strip.png", TestImages.encode(TestImages.picture(1, 50_000), "png"),
                        Map.of(), "1 × 50.000 pixel"),
                Arguments.of("SVG named .png", "logo.png", "<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>"
                        .getBytes(StandardCharsets.UTF_8), Map.of(), "ikke et JPEG-, PNG- eller WebP-billede"),
                Arguments.of("HTML named .png", "page.png", "<!DOCTYPE html><html><body>hi</body></html>"
                        .getBytes(StandardCharsets.UTF_8), Map.of(), "ikke et JPEG-, PNG- eller WebP-billede"),
                Arguments.of("decompression bomb", "bomb.png", TestImages.pngClaiming(50_000, 50_000), Map.of(),
                        "40 megapixel"),
                Arguments.of("11 MB file", "huge.jpg", eleven, Map.of(), "10 MB"),
                Arguments.of("alt text of 10,000 characters", "harbour.jpg", photo, Map.of("altDa", "x".repeat(10_000)),
                        "300 tegn"),
                Arguments.of("empty file", "empty.jpg", new byte[0], Map.of(), "Vælg en billedfil"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("uploads")
    void everyUploadGetsAClearAnswerAndARefusalStoresNothing(String kind, String fileName, byte[] bytes,
            Map<String, String> values, String refusal) {
        WebSession editor = admin();
        Document page = editor.page("/admin/images/new");
        Map<String, String> fields = new HashMap<>(Map.of("altDa", "Havnen i Aarhus", "altEn", "Aarhus harbour",
                "credit", CREDIT, "focus", "TOP_RIGHT"));
        fields.putAll(values);
        HttpResponse<String> answer = editor.upload(form(page), fields, "file", fileName, "image/png", bytes);

        if (refusal == null) {
            assertThat(answer.statusCode()).as(kind).isEqualTo(302);
            assertThat(jdbc.queryForObject("select format from image", String.class)).isEqualTo("PNG");
            return;
        }
        assertThat(answer.statusCode()).as(kind).isEqualTo(200);
        Document refused = Jsoup.parse(answer.body());
        assertThat(refused.select("#error-summary li").text()).as(kind).contains(refusal);
        assertThat(refused.select("#credit").val()).as("credit kept").isEqualTo(CREDIT);
        assertThat(refused.select("#focus-TOP_RIGHT").hasAttr("checked")).as("focal point kept").isTrue();
        assertThat(jdbc.queryForObject("select count(*) from image", Integer.class)).as(kind).isZero();
        assertThat(jdbc.queryForObject("select count(*) from image_file", Integer.class)).as(kind).isZero();
        assertThat(jdbc.queryForObject("select count(*) from image_original", Integer.class)).as(kind).isZero();
    }

    @Test
    void twoEditorsSavingOneImageAtOnce_theSecondIsToldAndKeepsWhatTheyTyped() {
        WebSession anna = admin();
        String image = uploaded(anna);
        WebSession bo = admin();
        Document annasForm = anna.page(image);
        Document bosForm = bo.page(image);

        HttpResponse<String> first = anna.upload(form(annasForm), Map.of("credit", "Anna"), "file", "other.png",
                "image/png", TestImages.encode(TestImages.picture(640, 480), "png"));
        assertThat(first.statusCode()).isEqualTo(302);
        HttpResponse<String> second = bo.upload(form(bosForm), Map.of("credit", "Bo"), "file", "third.png",
                "image/png", TestImages.encode(TestImages.picture(700, 500), "png"));

        assertThat(second.statusCode()).isEqualTo(200);
        Document conflict = Jsoup.parse(second.body());
        assertThat(conflict.select("#conflict-title").text()).isEqualTo("Dine ændringer blev ikke gemt");
        assertThat(conflict.select("#credit").val()).isEqualTo("Bo");
        assertThat(jdbc.queryForObject("select credit from image", String.class)).isEqualTo("Anna");
        assertThat(jdbc.queryForObject("select file_name from image", String.class)).isEqualTo("other.png");
    }

    @Test
    void anUnusedImageIsDeletedAfterAConfirmation() {
        WebSession editor = admin();
        String image = uploaded(editor);
        Document confirmation = editor.page(image + "/delete");
        assertThat(confirmation.select("h1").text()).isEqualTo("Slet billedet harbour.jpg?");

        HttpResponse<String> deleted = editor.submit((FormElement) confirmation.selectFirst("main form"), null, Map.of());

        assertThat(deleted.statusCode()).isEqualTo(302);
        assertThat(jdbc.queryForObject("select count(*) from image_file", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from image_original", Integer.class)).isZero();
    }

    @Test
    void anImageInUseIsNotDeleted_theRefusalSaysWhere() {
        WebSession editor = admin();
        String image = uploaded(editor);
        String id = image.substring(image.lastIndexOf('/') + 1);
        Document list = editor.page("/admin");
        String city = list.selectFirst("main a:containsOwn(" + AdminPages.CITY + ")[href^=/admin/cities/]").attr("href");
        AdminPages.saveCity(editor, city, Map.of("image", id));

        // Its page says where it is used and what to do first, with no delete button.
        Document imagePage = editor.page(image);
        assertThat(imagePage.select("a[href=" + image + "/delete]")).as("no delete button while in use").isEmpty();
        assertThat(imagePage.select("main").text()).contains("Billedet kan ikke slettes, så længe det bruges");
        // The credit was typed as "Foto: …" (the old hint said so): the page writes "Foto:" once.
        assertThat(editor.page(city + "/preview/da").select("main figure figcaption").text())
                .contains("Foto: Testfotograf").doesNotContain("Foto: Foto");

        // Its delete link leads to the refusal, not to a confirmation; a delete sent anyway is refused the same way.
        Document refused = editor.page(image + "/delete");
        assertThat(refused.select("[aria-labelledby=in-use-title] a").text()).as("the kind, then the name")
                .isEqualTo("By " + AdminPages.CITY);
        assertThat(refused.select("[aria-labelledby=in-use-title]").text()).contains("kun i kladden");
        assertThat(refused.select("ul.consequences")).isEmpty();
        HttpResponse<String> delete = editor.post(image + "/delete", refused, "seenRevision",
                refused.select("#version").val());
        assertThat(delete.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(delete.body()).select("[aria-labelledby=in-use-title] a").text())
                .isEqualTo("By " + AdminPages.CITY);
        assertThat(jdbc.queryForObject("select count(*) from image", Integer.class)).isEqualTo(1);
        assertThat(editor.page("/admin/images").select("main tbody td a").text()).isEqualTo("By " + AdminPages.CITY);
    }

    private String uploaded(WebSession editor) {
        HttpResponse<String> answer = editor.upload(form(editor.page("/admin/images/new")),
                Map.of("altDa", "Havnen", "altEn", "The harbour", "credit", CREDIT), "file", "harbour.jpg",
                "image/jpeg", TestImages.photoWithGps(800, 600));
        assertThat(answer.statusCode()).isEqualTo(302);
        return answer.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
    }

    private WebSession admin() {
        WebSession session = new WebSession(port, "da");
        session.logIn(TestAccounts.ADMIN_USERNAME, TestAccounts.ADMIN_PASSWORD);
        return session;
    }

    private static FormElement form(Document page) {
        return (FormElement) page.selectFirst("form[enctype=multipart/form-data]");
    }
}
