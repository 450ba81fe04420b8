package dk.aarhus.sistercities.admin;

import static org.assertj.core.api.Assertions.assertThat;

import dk.aarhus.sistercities.SisterCitiesApplication;
import dk.aarhus.sistercities.account.TestAccounts;
import dk.aarhus.sistercities.city.CityContent;
import dk.aarhus.sistercities.contact.ContactContent;
import dk.aarhus.sistercities.contact.ContactEditor;
import dk.aarhus.sistercities.city.CityRepository;
import dk.aarhus.sistercities.city.PartnershipTypeRepository;
import dk.aarhus.sistercities.content.SiteTextRepository;
import dk.aarhus.sistercities.image.ImageLibrary;
import dk.aarhus.sistercities.seed.ContentDocument;
import dk.aarhus.sistercities.support.AdminPages;
import dk.aarhus.sistercities.support.AlsoOnPostgres;
import dk.aarhus.sistercities.support.FullAppTest;
import dk.aarhus.sistercities.support.Http;
import dk.aarhus.sistercities.support.SameSite;
import dk.aarhus.sistercities.support.TestDatabase;
import dk.aarhus.sistercities.support.WebSession;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.FormElement;
import dk.aarhus.sistercities.support.TestImages;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ClassPathResource;

/**
 * Backup and restore over real HTTP: this test's site (the seed, plus an editor's unpublished work) is
 * exported; a second instance, started without content, refuses broken and oversized documents without
 * writing anything, then imports the export; its own export is the same document, byte for byte.
 */
@FullAppTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@AlsoOnPostgres
class ContentBackupTest {

    /** {@code sistercities.backup.max-import-size} in application.properties. */
    private static final int LIMIT = 5 * 1024 * 1024;

    private static ConfigurableApplicationContext empty;
    private static String exported;
    /** The same content with its images, as a zip. */
    private static byte[] exportedZip;

    @LocalServerPort
    int port;

    private WebSession admin;

    @BeforeAll
    static void startAnEmptySite() {
        // On the database of the run (H2, or PostgreSQL in the second run).
        TestDatabase.Database database = TestDatabase.newDatabase();
        empty = new SpringApplicationBuilder(SisterCitiesApplication.class).run("--server.port=0",
                "--spring.datasource.url=" + database.url(), "--spring.datasource.username=" + database.username(),
                "--spring.datasource.password=" + database.password(),
                "--sistercities.seed.enabled=false", "--spring.jmx.enabled=false");
    }

    @AfterAll
    static void stop() {
        if (empty != null) {
            empty.close();
        }
    }

    @Autowired
    ContentBackup backup;

    @Autowired
    ContentDocumentRules rules;

    @Autowired
    ContactEditor contacts;

    /** A backup made with the first release (format 1, free-text sources) is read; its notes stay notes. */
    @Test
    void aDocumentOfTheFirstReleaseIsReadWithItsSourceTextsAsNotesForEditors() throws IOException {
        byte[] firstRelease;
        try (InputStream in = new ClassPathResource("seed-v1.json").getInputStream()) {
            firstRelease = in.readAllBytes();
        }
        ContentDocument document = backup.read(firstRelease);
        assertThat(document.format()).isEqualTo(ContentDocument.FORMAT);
        assertThat(rules.problems(document)).isEmpty();
        CityContent stPetersburg = document.cities().stream().filter(c -> c.slug().equals("st-petersburg"))
                .findFirst().orElseThrow();
        assertThat(stPetersburg.editorNote()).contains("Ekstra Bladet");
        assertThat(stPetersburg.sources()).isEmpty();
    }

    @BeforeEach
    void logIn() {
        admin = new WebSession(port, "en");
        admin.logIn(TestAccounts.ADMIN_USERNAME, TestAccounts.ADMIN_PASSWORD);
        AdminPages.chooseLanguage(admin, "en");
    }

    private static WebSession emptySiteAdmin() {
        WebSession session = new WebSession(((WebServerApplicationContext) empty).getWebServer().getPort(), "en");
        session.logIn(TestAccounts.ADMIN_USERNAME, TestAccounts.ADMIN_PASSWORD);
        // This administrator works in English: the account's choice, not the browser's.
        AdminPages.chooseLanguage(session, "en");
        return session;
    }

    private static HttpResponse<String> upload(WebSession session, byte[] file) {
        FormElement form = (FormElement) session.page("/admin/backup").selectFirst("main form[enctype]");
        return session.upload(form, "file", "content.json", file);
    }

    /** The import form answered again, with its error summary; returns the summary's lines. */
    private static List<String> refused(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        Document page = Jsoup.parse(response.body());
        assertThat(page.select("#error-summary li")).isNotEmpty();
        assertThat(page.select("#error-summary a[href=#file]")).isNotEmpty();
        assertThat(page.select("#file[aria-invalid=true]")).hasSize(1);
        return page.select("#error-summary li").eachText();
    }

    private static void assertEmpty() {
        assertThat(empty.getBean(CityRepository.class).count()).isZero();
        assertThat(empty.getBean(PartnershipTypeRepository.class).count()).isZero();
        assertThat(empty.getBean(SiteTextRepository.class).count()).isZero();
    }

    @Test
    @Order(1)
    void anAdministratorDownloadsAllContentAsOneDocument() {
        // An editor's saved but unpublished change: the export carries what citizens see.
        String bergen = admin.page("/admin").selectFirst("main a:containsOwn(Bergen)[href^=/admin/cities/]").attr("href");
        AdminPages.saveCity(admin, bergen, Map.of("texts[en].summary", "Draft summary, not published"));
        // A partnership's contact, published: contacts are content too.
        contacts.save(0, new ContactContent("bergen", null, "bergen@example.dk", "+45 12 34 56 78", null,
                "Rådhuspladsen 2\n8000 Aarhus C", Map.of("da", new ContactContent.Texts("Enheden", "Rolle", null),
                        "en", new ContactContent.Texts("The unit", "Role", "Mon–Fri"))), "test");
        contacts.publish("bergen", 1, "test");
        // An image uploaded and deleted first, so the images this site exports have other ids than an empty site gives
        // them on import: the import must rename every reference.
        HttpResponse<String> spare = admin.upload((FormElement) admin.page("/admin/images/new")
                .selectFirst("form[enctype]"), Map.of("decorative", "true"), "file", "spare.png", "image/png",
                TestImages.encode(TestImages.picture(300, 200), "png"));
        String spareForm = spare.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
        assertThat(admin.submit((FormElement) admin.page(spareForm + "/delete").selectFirst("main form"), null, Map.of())
                .statusCode()).isEqualTo(302);
        // A published city with a main image from the library: the zip carries the image.
        String turku = admin.page("/admin").selectFirst("main a:containsOwn(Turku)[href^=/admin/cities/]").attr("href");
        HttpResponse<String> uploaded = admin.upload((FormElement) admin.page("/admin/images/new")
                .selectFirst("form[enctype]"), Map.of("altDa", "Domkirken i Turku", "altEn", "Turku Cathedral",
                "credit", "Testfotograf"), "file", "turku.jpg", "image/jpeg", TestImages.photoWithGps(900, 600));
        assertThat(uploaded.statusCode()).isEqualTo(302);
        String image = uploaded.headers().firstValue("Location").orElseThrow().replaceAll(".*/", "");
        AdminPages.saveCity(admin, turku, Map.of("image", image));
        assertThat(admin.submit((FormElement) admin.page(turku).selectFirst("#publish-form"), null, Map.of())
                .statusCode()).isEqualTo(302);
        // An activity with an image uploaded from its own form, and a page with the city's image: published, they
        // name their images in the document, and the zip carries the new one.
        HttpResponse<String> kiel = admin.upload((FormElement) admin.page(AdminPages.ACTIVITY)
                .selectFirst("form[data-unsaved-warning]"), Map.of("newImage.altDa", "Kiels havn",
                "newImage.altEn", "Kiel harbour"), "newImage.file", "kiel.jpg", "image/jpeg",
                TestImages.photoWithGps(700, 500));
        assertThat(kiel.statusCode()).isEqualTo(302);
        String kielImage = admin.page(AdminPages.ACTIVITY).select("#image option[selected]").val();
        assertThat(admin.submit((FormElement) admin.page("/admin/pages/get-involved")
                .selectFirst("form[data-unsaved-warning]"), null, Map.of("image", image)).statusCode()).isEqualTo(302);
        for (String form : List.of(AdminPages.ACTIVITY, "/admin/pages/get-involved")) {
            assertThat(admin.submit((FormElement) admin.page(form).selectFirst("#publish-form"), null, Map.of())
                    .statusCode()).isEqualTo(302);
        }

        HttpResponse<String> response = admin.get("/admin/backup/export");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        assertThat(response.headers().firstValue("Content-Disposition").orElse(""))
                .startsWith("attachment").contains("sistercities-content-").endsWith(".json\"");
        assertThat(response.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
        exported = response.body();
        assertThat(exported).contains("\"format\" : \"aarhus-sistercities/2\"", "\"slug\" : \"bergen\"",
                "\"slug\" : \"st-petersburg\"", "\"nordic-sister-city\"", "\"overview.intro\"", "Venskabsbyer",
                "\"scope\" : \"general\"", "\"scope\" : \"bergen\"", "bergen@example.dk",
                "\"key\" : \"get-involved\"", "\"slug\" : \"om-venskabsbyerne\"",
                "\"key\" : \"kiel-cooperation-agreement-2019\"", "Kieler Nachrichten")
                .doesNotContain("Draft summary, not published");
        assertThat(exported).contains("\"image\" : " + image);
        assertThat(exported).contains("\"image\" : " + kielImage);
        // Exporting again gives the same bytes.
        assertThat(admin.get("/admin/backup/export").body()).isEqualTo(exported);

        HttpResponse<byte[]> zip = admin.download("/admin/backup/export.zip");
        assertThat(zip.headers().firstValue("Content-Disposition").orElse("")).endsWith(".zip\"");
        exportedZip = zip.body();
        Map<String, byte[]> files = unzip(exportedZip);
        assertThat(files.keySet()).hasSize(4).contains("content.json", "images.json")
                .anyMatch(name -> name.matches("images/[0-9a-f]{64}\\.jpeg"));
        assertThat(new String(files.get("content.json"), StandardCharsets.UTF_8)).isEqualTo(exported);
        assertThat(new String(files.get("images.json"), StandardCharsets.UTF_8)).contains("Turku Cathedral", "turku.jpg");
        assertThat(admin.page("/admin/audit").text()).contains("Content exported");
    }

    @Test
    @Order(2)
    void brokenDocumentsAreRefusedWithEveryReasonAndNothingIsImported() {
        WebSession session = emptySiteAdmin();
        assertThat(session.page("/admin/backup").text()).doesNotContain("This site has content");

        assertThat(refused(upload(session, new byte[0]))).containsExactly("Choose a file to import");
        assertThat(refused(upload(session, "not json".getBytes(StandardCharsets.UTF_8)))).singleElement().asString()
                .startsWith("The file is not a content document (line 1");
        assertThat(refused(upload(session, exported.replace("aarhus-sistercities/2", "aarhus-sistercities/9")
                .getBytes(StandardCharsets.UTF_8)))).containsExactly(
                "The file has the format “aarhus-sistercities/9”; this site reads “aarhus-sistercities/2”");
        assertThat(refused(upload(session, exported.replaceFirst("\"slug\" :", "\"unexpected\" : 1, \"slug\" :")
                .getBytes(StandardCharsets.UTF_8))).get(0)).contains("unexpected");

        // Valid JSON, but against the forms' rules: each problem named with where it is, in one go.
        String broken = exported
                .replace("\"name\" : \"Bergen\"", "\"name\" : \"" + "B".repeat(101) + "\"")
                .replace("\"countryCode\" : \"FI\"", "\"countryCode\" : \"XX\"")
                .replace("\"slug\" : \"rostock\"", "\"slug\" : \"bergen\"")
                .replaceFirst("\"type\" : \"business-cooperation\"", "\"type\" : \"no-such-type\"")
                .replaceFirst("\"en\" : \\{\\s*\"name\" : \"Nordic sister cities\"",
                        "\"sv\" : { \"name\" : \"Nordiska vänorter\"")
                .replaceFirst("\"key\" : \"contact\"", "\"key\" : \"Contact!\"")
                .replace("bergen@example.dk", "bergen@example.dk?subject=x")
                .replace("\"scope\" : \"general\"", "\"scope\" : \"nowhere\"");
        List<String> problems = refused(upload(session, broken.getBytes(StandardCharsets.UTF_8)));
        assertThat(problems).contains(
                "City “bergen”: Name in English must be 100 characters or fewer",
                "City “turku”: No country has this code. Use the international country code, e.g. NO for Norway",
                "City “bergen” appears more than once",
                "Partnership type “nordic-sister-city”: “sv” is not one of the site’s languages",
                "Partnership type “nordic-sister-city”: the name in language “en” is missing",
                "Site text “Contact!”: the key must be lower-case letters, digits, dots and hyphens, at most 100 characters",
                "Contact “bergen”: Enter an e-mail address like name@example.dk",
                "Contact “nowhere” belongs to a city that is not in the document");
        assertThat(problems).anyMatch(p -> p.endsWith("Choose a partnership type from the list"));
        assertEmpty();
    }

    /**
     * Zips that are not this page's backups: each refused with the form's calm message before anything is stored
     * (a name that is not UTF-8, an unknown file, a file twice, a file over the limit, a zip bomb of files that
     * inflate far beyond the archive's size, no content.json); the site stays empty, images included.
     */
    @Test
    @Order(2)
    void hostileZipsAreRefusedCalmlyAndNothingIsStored() throws IOException {
        WebSession session = emptySiteAdmin();
        byte[] content = exported.getBytes(StandardCharsets.UTF_8);
        String image = "images/" + "ab".repeat(32) + ".jpeg";
        String notABackup = "The zip file is not a backup from this page: %s is missing, unknown, too large or unreadable";

        java.io.ByteArrayOutputStream latin1 = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(latin1, StandardCharsets.ISO_8859_1)) {
            entry(zip, "content.json", content);
            entry(zip, "images/caf\u00e9.jpeg", new byte[] {1});
        }
        assertThat(refused(uploadZip(session, latin1.toByteArray()))).as("a name that is not UTF-8")
                .containsExactly(notABackup.formatted("zip"));
        assertThat(refused(uploadZip(session, zip(Map.of("content.json", content, "notes.txt", new byte[] {1})))))
                .as("an unknown file").containsExactly(notABackup.formatted("notes.txt"));
        // Zip writers refuse a name twice, so the second name is made the first's in the bytes.
        byte[] twice = zip(new java.util.TreeMap<>(Map.of("content.json", content, "content.jsoo", content)));
        assertThat(refused(uploadZip(session, replaced(twice, "content.jsoo", "content.json")))).as("a file twice")
                .containsExactly(notABackup.formatted("content.json"));
        assertThat(refused(uploadZip(session, zip(Map.of("content.json", content, image,
                new byte[10 * 1024 * 1024 + 1]))))).as("a file over the limit").containsExactly(notABackup.formatted(image));
        Map<String, byte[]> bomb = new java.util.TreeMap<>(Map.of("content.json", content));
        for (int i = 0; i < 5; i++) {
            // Nine MB of zeros each, some nine KB zipped: 45 MB once inflated, from a zip of 50 KB.
            bomb.put("images/" + String.valueOf(i).repeat(64) + ".jpeg", new byte[9 * 1024 * 1024]);
        }
        byte[] bombZip = zip(bomb);
        assertThat(bombZip.length).isLessThan(100_000);
        assertThat(refused(uploadZip(session, bombZip))).as("a zip bomb").singleElement().asString()
                .matches(notABackup.formatted("images/\\d{64}\\.jpeg"));
        assertThat(refused(uploadZip(session, zip(Map.of("images.json", "[]".getBytes(StandardCharsets.UTF_8))))))
                .as("no content.json").containsExactly(notABackup.formatted("content.json"));

        assertEmpty();
        assertThat(empty.getBean(ImageLibrary.class).find("")).as("no image stored").isEmpty();
    }

    private static HttpResponse<String> uploadZip(WebSession session, byte[] zip) {
        return session.upload((FormElement) session.page("/admin/backup").selectFirst("main form[enctype]"),
                Map.of(), "file", "content.zip", "application/zip", zip);
    }

    private static byte[] zip(Map<String, byte[]> files) throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                entry(zip, file.getKey(), file.getValue());
            }
        }
        return out.toByteArray();
    }

    private static void entry(java.util.zip.ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        zip.putNextEntry(new java.util.zip.ZipEntry(name));
        zip.write(bytes);
        zip.closeEntry();
    }

    /** The bytes with every {@code from} (ASCII, as long as {@code to}) made {@code to}. */
    private static byte[] replaced(byte[] bytes, String from, String to) {
        byte[] result = bytes.clone();
        byte[] needle = from.getBytes(StandardCharsets.US_ASCII);
        byte[] replacement = to.getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i + needle.length <= result.length; i++) {
            if (Arrays.equals(result, i, i + needle.length, needle, 0, needle.length)) {
                System.arraycopy(replacement, 0, result, i, replacement.length);
            }
        }
        return result;
    }

    @Test
    @Order(3)
    void aDocumentOneByteOverTheLimitIsRefusedAndOneAtTheLimitIsImported() {
        WebSession session = emptySiteAdmin();
        byte[] document = exported.getBytes(StandardCharsets.UTF_8);

        assertThat(refused(upload(session, padded(document, LIMIT + 1)))).containsExactly("The file must be 5 MB or smaller");
        assertEmpty();

        // At the limit the size is no problem (this one is refused for its format only, so the site stays empty).
        byte[] otherFormat = exported.replace("aarhus-sistercities/2", "aarhus-sistercities/9").getBytes(StandardCharsets.UTF_8);
        assertThat(refused(upload(session, padded(otherFormat, LIMIT)))).singleElement().asString().contains("aarhus-sistercities/9");
        assertEmpty();

        // Beyond the container's multipart limit the request is cut off while it is read: the form says so.
        HttpResponse<String> far = upload(session, padded(document, 13 * 1024 * 1024));
        assertThat(far.statusCode()).isEqualTo(302);
        assertThat(far.headers().firstValue("Location").orElse("")).endsWith("/admin/backup?tooLarge");
        assertThat(refused(session.get("/admin/backup?tooLarge"))).containsExactly("The file must be 5 MB or smaller");
        assertEmpty();

        // The zip with the images: content and images in one transaction.
        HttpResponse<String> imported = session.upload((FormElement) session.page("/admin/backup").selectFirst("main form[enctype]"),
                Map.of(), "file", "content.zip", "application/zip", exportedZip);
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(302);
        assertThat(session.page("/admin/backup").select("[role=status]").text())
                .isEqualTo("Imported 15 cities, 6 partnership types and 3 site texts.");
        assertThat(session.page("/admin/audit").text()).contains("Content imported");
    }

    @Test
    @Order(4)
    void exportImportExportGivesTheSameDocument() {
        WebSession session = emptySiteAdmin();
        // The same document, but for the images' ids: this site gave them its own (1 and 2 for the first site's 2
        // and 3), and every city, page and activity names the image by its new id.
        String again = session.get("/admin/backup/export").body();
        assertThat(again).isNotEqualTo(exported);
        assertThat(withoutImageIds(again)).isEqualTo(withoutImageIds(exported));
        // The images came along, byte for byte, with their texts, and the city shows its main image.
        Map<String, byte[]> before = unzip(exportedZip);
        Map<String, byte[]> after = unzip(session.download("/admin/backup/export.zip").body());
        assertThat(after.keySet()).isEqualTo(before.keySet());
        before.forEach((name, bytes) -> assertThat(name.endsWith(".json")
                ? withoutImageIds(new String(after.get(name), StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8)
                : after.get(name)).as(name).isEqualTo(name.endsWith(".json")
                ? withoutImageIds(new String(bytes, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8) : bytes));
        Element figure = session.page("/en/cities/turku").selectFirst("main figure img");
        assertThat(figure).isNotNull();
        assertThat(figure.attr("alt")).isEqualTo("Turku Cathedral");
        assertThat(session.download(figure.attr("src")).statusCode()).isEqualTo(200);
        // And citizens see it: the published state, not the unpublished draft.
        String bergen = session.page("/en/cities/bergen").text();
        assertThat(bergen).contains("Bergen", "Contact for this partnership", "bergen@example.dk")
                .doesNotContain("Draft summary, not published");
        // The pages too, in the navigation.
        assertThat(session.page("/en/pages/get-involved").select("nav.main-nav a[aria-current]").text())
                .isEqualTo("Get involved");
        assertThat(session.page("/en/activities").select("li.activity")).as("the activities came along").hasSize(4);
        assertThat(session.page("/en/activities").select("#activity-kiel-cooperation-agreement-2019 figure img")
                .attr("alt")).as("the activity's image, by its new id").isEqualTo("Kiel harbour");
        assertThat(session.page("/en/pages/get-involved").select("main figure img").attr("alt"))
                .as("the page's image, by its new id").isEqualTo("Turku Cathedral");
        // Every page, file and feed citizens can reach: the same bytes apart from dates (README, the restore drill).
        Http original = new Http(port);
        Http restored = new Http(((WebServerApplicationContext) empty).getWebServer().getPort());
        assertThat(SameSite.differences(original, restored, SameSite.paths(original)))
                .as("public pages of the restored site that differ apart from dates").isEmpty();
    }

    /** A document or image list with every image id (the references and the images' own) as the same mark. */
    private static String withoutImageIds(String json) {
        return json.replaceAll("\"(image|id)\" ?: ?[0-9]+", "\"$1\" : #");
    }

    @Test
    @Order(5)
    void aSiteWithContentRefusesAnImport() {
        WebSession session = emptySiteAdmin();
        assertThat(session.page("/admin/backup").text()).contains("This site has content");
        assertThat(refused(upload(session, exported.getBytes(StandardCharsets.UTF_8)))).containsExactly(
                "The site already has content: an import goes only into a site without cities, partnership types and site texts");
        assertThat(refused(upload(admin, exported.getBytes(StandardCharsets.UTF_8)))).hasSize(1);
        // The zip too, before any of its images is looked at (this site has the very same image: it is not the
        // image that is refused).
        assertThat(refused(uploadZip(admin, exportedZip))).containsExactly(
                "The site already has content: an import goes only into a site without cities, partnership types and site texts");
    }

    @Test
    @Order(6)
    void onlyAdministratorsMayExportOrImport() {
        String editor = "backup-editor";
        if (!admin.page("/admin/accounts").text().contains(editor)) {
            Document form = admin.page("/admin/accounts/new");
            assertThat(admin.submit((FormElement) form.selectFirst("main form"), null, Map.of("username", editor,
                    "displayName", "Bo Backup", "role", "EDITOR", "password", TestAccounts.GOOD_PASSWORD,
                    "passwordAgain", TestAccounts.GOOD_PASSWORD)).statusCode()).isEqualTo(302);
        }
        WebSession session = new WebSession(port, "en");
        session.logIn(editor, TestAccounts.GOOD_PASSWORD);
        assertThat(session.get("/admin/backup").statusCode()).isEqualTo(403);
        assertThat(session.get("/admin/backup/export").statusCode()).isEqualTo(403);
        // Even with a valid CSRF token of its own, an editor's import is refused before it is read.
        String boundary = "editor-import";
        byte[] body = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"content.json\"\r\n"
                + "Content-Type: application/json\r\n\r\n{}\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        assertThat(session.send("POST", "/admin/backup/import?_csrf=" + session.csrfToken("/admin/cities/new"),
                "multipart/form-data; boundary=" + boundary, body).statusCode()).isEqualTo(403);
        assertThat(session.page("/admin").select("a[href=/admin/backup]")).isEmpty();
        assertThat(admin.page("/admin").select("a[href=/admin/backup]")).hasSize(1);

        WebSession anonymous = new WebSession(port, "en");
        assertThat(anonymous.get("/admin/backup/export").statusCode()).isEqualTo(302);
    }

    /** The document followed by spaces up to exactly {@code size} bytes: still the same JSON. */
    private static Map<String, byte[]> unzip(byte[] zip) {
        Map<String, byte[]> files = new java.util.TreeMap<>();
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            for (java.util.zip.ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), in.readAllBytes());
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return files;
    }

    private static byte[] padded(byte[] document, int size) {
        byte[] file = Arrays.copyOf(document, size);
        Arrays.fill(file, document.length, size, (byte) ' ');
        return file;
    }
}
