package dk.aarhus.sistercities.support;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.FormElement;

/**
 * Every page of the editors' area, for the accessibility and HTML checks. {@link #prepare} makes the
 * content they need (a city with two revisions to compare, an editor account whose password can be
 * reset) through the forms, as an administrator would, and finds the addresses on the pages themselves.
 */
public final class AdminPages {

    /** The city whose form, history, preview, delete confirmation and conflicts are checked. */
    public static final String CITY = "Bergen";
    /** The contact form of {@link #CITY}'s partnership, saved as a draft by {@link #prepare}. */
    public static final String CONTACT = "/admin/contacts/bergen";
    /** A seeded activity: published, with two sources. */
    public static final String ACTIVITY = "/admin/activities/kiel-cooperation-agreement-2019";
    /** A city saved as a draft with only its address (issue 14), for its form. */
    public static final String INCOMPLETE_CITY = "a11y-draft";
    /** An editor account the checks create: its reset-password form, and its 403 page. */
    public static final String EDITOR_USERNAME = "a11y-editor";
    public static final String EDITOR_PASSWORD = "Quiet harbour lanterns 42";

    /** A page an editor opens by its address. */
    public record Page(String name, String path) {
    }

    private final List<Page> pages;
    private final String cityPath;

    private AdminPages(List<Page> pages, String cityPath) {
        this.pages = pages;
        this.cityPath = cityPath;
    }

    /** Every page opened by address while logged in as an administrator. */
    public List<Page> pages() {
        return pages;
    }

    /** The edit form of {@link #CITY}, e.g. {@code /admin/cities/1}. */
    public String cityPath() {
        return cityPath;
    }

    /** Makes what the pages need and lists them; {@code admin} is logged in as an administrator. */
    public static AdminPages prepare(WebSession admin) {
        Document list = admin.page("/admin");
        Element cityLink = list.selectFirst("main a:containsOwn(" + CITY + ")[href^=/admin/cities/]");
        if (cityLink == null) {
            throw new AssertionError("no link to " + CITY + " on /admin");
        }
        String city = cityLink.attr("href");
        // A second revision, so there is something to compare: words and a status changed, and a main image (its
        // figure in the city's previews).
        String image = uploadImage(admin);
        String summary = admin.page(city).selectFirst("#texts-en-summary").wholeText();
        saveCity(admin, city, Map.of("texts[en].summary", summary + " Checked for accessibility.", "status", "PAUSED",
                "image", image.substring(image.lastIndexOf('/') + 1)));

        // The same image in the drafts of an activity and a page: their previews show it (lazy in the list of
        // activities, first and early on the page), and their forms show it chosen.
        for (String form : List.of(ACTIVITY, "/admin/pages/get-involved")) {
            HttpResponse<String> saved = admin.submit((FormElement) admin.page(form).selectFirst("form[data-unsaved-warning]"),
                    null, Map.of("image", image.substring(image.lastIndexOf('/') + 1)));
            if (saved.statusCode() != 302) {
                throw new AssertionError("saving " + form + " with an image answered " + saved.statusCode());
            }
        }

        // A waiting schedule, so the city list, the city's form and its history show one (with its cancel button).
        Document scheduled = admin.page(city);
        String day = LocalDate.now(ZoneId.of("Europe/Copenhagen")).plusDays(30).toString();
        if (scheduled.select("#schedule tr.scheduled-action[data-state=PENDING]").isEmpty()) {
            HttpResponse<String> schedule = admin.submit(
                    (FormElement) scheduled.selectFirst("form[action=/admin/schedules]"), null,
                    Map.of("publishDate", day, "publishTime", "09:00"));
            if (schedule.statusCode() != 302) {
                throw new AssertionError("scheduling " + city + " answered " + schedule.statusCode());
            }
        }

        Document history = admin.page(city + "/history");
        List<String> revisions = history.select("select#from option").eachAttr("value");
        if (revisions.size() < 2) {
            throw new AssertionError(city + "/history offers fewer than two revisions to compare: " + revisions);
        }

        if (!admin.page("/admin/accounts").text().contains(EDITOR_USERNAME)) {
            createAccount(admin, EDITOR_USERNAME, "EDITOR", EDITOR_PASSWORD);
        }
        Document accounts = admin.page("/admin/accounts");
        String resetPassword = accounts.select("main a[href$=/password][href^=/admin/accounts/]").eachAttr("href")
                .stream().findFirst().orElseThrow(() -> new AssertionError("no reset-password link on /admin/accounts"));

        // A draft contact for the city, every field filled in: its form, history and preview.
        Document contact = admin.page(CONTACT);
        HttpResponse<String> savedContact = admin.submit((FormElement) contact.selectFirst("form[data-unsaved-warning]"),
                null, Map.of("texts[da][unit]", "Enheden", "texts[en][unit]", "The unit", "texts[da][role]", "Rolle",
                        "texts[en][role]", "Role", "texts[da][hours]", "Man–fre", "texts[en][hours]", "Mon–Fri",
                        "person", "A Person", "email", "contact@example.dk", "phone", "+45 12 34 56 78",
                        "address", "Street 1\n8000 Aarhus C"));
        if (savedContact.statusCode() != 302) {
            throw new AssertionError("saving " + CONTACT + " answered " + savedContact.statusCode());
        }

        // A new city saved with nothing but its address, and its form.
        String draft = admin.page("/admin").select("main a[href^=/admin/cities/]:containsOwn(" + INCOMPLETE_CITY + ")")
                .eachAttr("href").stream().findFirst().orElseGet(() -> {
                    Document empty = admin.page("/admin/cities/new");
                    HttpResponse<String> saved = admin.submit(cityForm(empty), saveButton(empty),
                            Map.of("slug", INCOMPLETE_CITY));
                    if (saved.statusCode() != 302) {
                        throw new AssertionError("saving a new city with only its address answered " + saved.statusCode());
                    }
                    return saved.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
                });
        // Another editor opens the city form: the administrator's form names them at its top.
        WebSession other = new WebSession(Integer.parseInt(admin.base().substring(admin.base().lastIndexOf(':') + 1)),
                "da");
        other.logIn(EDITOR_USERNAME, EDITOR_PASSWORD);
        other.page(city);
        // Another city sent for review (once): the queue, the submission's page and a form awaiting approval.
        String waitingCity = list.select("main tbody th a[href^=/admin/cities/]").eachAttr("href").stream()
                .filter(href -> !href.equals(city) && href.matches("/admin/cities/[0-9]+")).findFirst()
                .orElseThrow(() -> new AssertionError("no second city on /admin"));
        FormElement submit = (FormElement) admin.page(waitingCity).selectFirst("form.review-submit");
        if (submit != null) {
            HttpResponse<String> sent = admin.submit(submit, null, Map.of("comment", "Please look at the summary."));
            if (sent.statusCode() != 302) {
                throw new AssertionError("sending " + waitingCity + " for review answered " + sent.statusCode());
            }
        }
        String review = firstLink(admin.page("/admin/reviews"), "/admin/reviews/");

        String type = firstLink(admin.page("/admin/types"), "/admin/types/");
        String text = firstLink(admin.page("/admin/texts"), "/admin/texts/");
        String typePreview = firstLink(admin.page(type), type + "/preview/");
        String textPreview = firstLink(admin.page(text), text + "/preview/");

        List<Page> pages = new ArrayList<>();
        pages.add(new Page("cities", "/admin"));
        pages.add(new Page("cities filtered to none, with an unknown value", "/admin?q=zz&status=bogus&state=draft"));
        pages.add(new Page("pages filtered", "/admin/pages?q=deltag&state=published"));
        pages.add(new Page("new city form", "/admin/cities/new"));
        pages.add(new Page("city form", city));
        pages.add(new Page("city history", city + "/history"));
        pages.add(new Page("compare revisions", city + "/compare?from=" + revisions.get(revisions.size() - 1)
                + "&to=" + revisions.get(0)));
        pages.add(new Page("delete confirmation", city + "/delete"));
        pages.add(new Page("take a city off the site: confirmation", city + "/unpublish"));
        pages.add(new Page("city preview (da)", city + "/preview/da"));
        pages.add(new Page("city preview (en)", city + "/preview/en"));
        pages.add(new Page("city form of an incomplete draft", draft));
        pages.add(new Page("partnership types", "/admin/types"));
        pages.add(new Page("partnership type form", type));
        pages.add(new Page("partnership type preview", typePreview));
        pages.add(new Page("site texts", "/admin/texts"));
        pages.add(new Page("site text form", text));
        pages.add(new Page("site text preview", textPreview));
        pages.add(new Page("accounts", "/admin/accounts"));
        pages.add(new Page("new account form", "/admin/accounts/new"));
        pages.add(new Page("reset password form", resetPassword));
        pages.add(new Page("contacts", "/admin/contacts"));
        pages.add(new Page("general contact form", "/admin/contacts/general"));
        pages.add(new Page("general contact preview", "/admin/contacts/general/preview/en"));
        pages.add(new Page("partnership contact form with a draft", CONTACT));
        pages.add(new Page("partnership contact preview", CONTACT + "/preview/da"));
        pages.add(new Page("pages", "/admin/pages"));
        pages.add(new Page("new page form", "/admin/pages/new"));
        pages.add(new Page("page form", "/admin/pages/get-involved"));
        pages.add(new Page("page preview", "/admin/pages/get-involved/preview/da"));
        pages.add(new Page("take a page off the site: confirmation", "/admin/pages/get-involved/unpublish"));
        pages.add(new Page("activities", "/admin/activities"));
        pages.add(new Page("new activity form", "/admin/activities/new"));
        pages.add(new Page("activity form", ACTIVITY));
        pages.add(new Page("activity preview", ACTIVITY + "/preview/en"));
        pages.add(new Page("link check report", "/admin/links"));
        pages.add(new Page("take an activity off the site: confirmation", ACTIVITY + "/remove"));
        pages.add(new Page("city form awaiting approval", waitingCity));
        pages.add(new Page("review queue", "/admin/reviews"));
        pages.add(new Page("a submission awaiting approval", review));
        pages.add(new Page("settings", "/admin/settings"));
        pages.add(new Page("audit log", "/admin/audit"));
        pages.add(new Page("backup: export and import", "/admin/backup"));
        pages.add(new Page("image library", "/admin/images"));
        pages.add(new Page("image library found by text", "/admin/images?q=havn"));
        pages.add(new Page("new image form", "/admin/images/new"));
        pages.add(new Page("image form", image));
        pages.add(new Page("change password form", "/admin/password"));
        pages.add(new Page("second factor: setting it up", "/admin/second-factor"));
        pages.add(new Page("your sessions", "/admin/sessions"));
        pages.add(new Page("admin language form", "/admin/language"));
        pages.add(new Page("unknown city (404 page)", "/admin/cities/999999"));
        pages.add(new Page("malformed address (error page)", "/admin/cities/not-a-number"));
        return new AdminPages(List.copyOf(pages), city);
    }

    /** Creates an account through the form, as an administrator would; fails unless it is created. */
    public static void createAccount(WebSession admin, String username, String role, String password) {
        Document form = admin.page("/admin/accounts/new");
        HttpResponse<String> created = admin.submit((FormElement) form.selectFirst("main form"), null,
                Map.of("username", username, "displayName", "Test " + username, "role", role,
                        "password", password, "passwordAgain", password));
        if (created.statusCode() != 302) {
            throw new AssertionError("creating " + username + " answered " + created.statusCode());
        }
    }

    /**
     * Chooses the language of the logged-in editor's admin on their own page, as they would; every admin
     * page follows it from the next request on, whatever the browser asks for.
     */
    public static void chooseLanguage(WebSession session, String language) {
        Document page = session.page("/admin/language");
        HttpResponse<String> chosen = session.submit((FormElement) page.selectFirst("main form"), null,
                Map.of("language", language));
        if (chosen.statusCode() != 302) {
            throw new AssertionError("choosing " + language + " for the admin answered " + chosen.statusCode());
        }
    }

    /** The image form of the library's image, uploaded through the form the first time (a photo of 1200 × 800). */
    private static String uploadImage(WebSession admin) {
        Element existing = admin.page("/admin/images").selectFirst("main tbody a[href^=/admin/images/]");
        if (existing != null) {
            return existing.attr("href");
        }
        FormElement form = (FormElement) admin.page("/admin/images/new").selectFirst("form[enctype=multipart/form-data]");
        HttpResponse<String> uploaded = admin.upload(form, Map.of("altDa", "Havnen i Bergen", "altEn", "Bergen harbour",
                "captionDa", "Havnen en sommermorgen", "captionEn", "The harbour on a summer morning",
                "credit", "Testfotograf", "licence", "CC BY 4.0"), "file", "havn.jpg", "image/jpeg",
                TestImages.photoWithGps(1200, 800));
        if (uploaded.statusCode() != 302) {
            throw new AssertionError("uploading an image answered " + uploaded.statusCode());
        }
        return uploaded.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
    }

    /** Saves the city's form as it is, with the given values changed; fails unless it is saved. */
    public static void saveCity(WebSession session, String city, Map<String, String> values) {
        Document form = session.page(city);
        HttpResponse<String> saved = session.submit(cityForm(form), saveButton(form), values);
        if (saved.statusCode() != 302) {
            throw new AssertionError("saving " + city + " answered " + saved.statusCode());
        }
    }

    public static FormElement cityForm(Document page) {
        return (FormElement) page.selectFirst("form[data-unsaved-warning]");
    }

    public static Element saveButton(Document page) {
        return page.selectFirst("form[data-unsaved-warning] button[value=save]");
    }

    private static String firstLink(Document page, String prefix) {
        Element link = page.selectFirst("main a[href^=" + prefix + "]");
        if (link == null) {
            throw new AssertionError("no link starting with " + prefix + " on " + page.location());
        }
        return link.attr("href");
    }
}
