package dk.aarhus.sistercities.site;

import dk.aarhus.sistercities.activity.ActivityCard;
import dk.aarhus.sistercities.activity.ActivityDirectory;
import dk.aarhus.sistercities.city.CityCard;
import dk.aarhus.sistercities.city.CityCatalog;
import dk.aarhus.sistercities.city.TypeSection;
import dk.aarhus.sistercities.content.Language;
import dk.aarhus.sistercities.content.PublicPaths;
import dk.aarhus.sistercities.page.PageDirectory;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** What search engines and feed readers ask for: robots.txt, sitemap.xml with hreflang, an Atom feed of the activities. */
@Controller
class SeoController {

    private static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");
    private static final MediaType XML = MediaType.parseMediaType("application/xml;charset=UTF-8");

    private final CityCatalog catalog;
    private final ActivityDirectory activities;
    private final MessageSource messages;
    private final PublicPaths paths;
    private final PageDirectory pageDirectory;

    SeoController(CityCatalog catalog, ActivityDirectory activities, MessageSource messages, PublicPaths paths,
            PageDirectory pageDirectory) {
        this.paths = paths;
        this.pageDirectory = pageDirectory;
        this.catalog = catalog;
        this.activities = activities;
        this.messages = messages;
    }

    @GetMapping(value = "/robots.txt", produces = "text/plain;charset=UTF-8")
    ResponseEntity<String> robots() {
        return ResponseEntity.ok("User-agent: *\nDisallow: /admin\nDisallow: /login\n\nSitemap: "
                + paths.absolute("/sitemap.xml") + "\n");
    }

    /** Every public page once per language, each with its alternates (hreflang), as Google documents. */
    @GetMapping("/sitemap.xml")
    ResponseEntity<String> sitemap() {
        List<Function<Language, String>> pages = new ArrayList<>(List.of(paths::overview, paths::map, paths::timeline,
                paths::activities, paths::contact, paths::data));
        for (CityCard city : catalog.cards(Language.DEFAULT)) {
            pages.add(language -> paths.city(language, city.slug()));
        }
        for (TypeSection type : catalog.types(Language.DEFAULT)) {
            pages.add(language -> paths.type(language, type.code()));
        }
        for (Map<Language, String> page : pageDirectory.addresses()) {
            pages.add(page::get);
        }
        StringBuilder xml = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">
                """);
        for (Function<Language, String> page : pages) {
            for (Language language : Language.values()) {
                xml.append("  <url>\n    <loc>").append(xml(paths.absolute(page.apply(language)))).append("</loc>\n");
                for (Language alternate : Language.values()) {
                    xml.append("    <xhtml:link rel=\"alternate\" hreflang=\"").append(alternate.code())
                            .append("\" href=\"").append(xml(paths.absolute(page.apply(alternate)))).append("\"/>\n");
                }
                xml.append("    <xhtml:link rel=\"alternate\" hreflang=\"x-default\" href=\"")
                        .append(xml(paths.absolute("/"))).append("\"/>\n  </url>\n");
            }
        }
        xml.append("</urlset>\n");
        return ResponseEntity.ok().contentType(XML).body(xml.toString());
    }

    /**
     * The activities, newest first, in the feed's language: each an entry that links to its place on the
     * activities page, dated when it was last published (a correction shows up in feed readers again).
     */
    @GetMapping(Language.ROUTE + "/feed.xml")
    ResponseEntity<String> feed(@PathVariable("lang") Language language) {
        Locale locale = language.locale();
        List<ActivityCard> entries = activities.all(language);
        Instant updated = entries.stream().map(ActivityCard::publishedAt).max(Comparator.naturalOrder())
                .orElse(Instant.EPOCH);
        String page = paths.absolute(paths.activities(language));
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"").append(language.code()).append("\">\n")
                .append("  <title>").append(xml(messages.getMessage("feed.title", null, locale))).append("</title>\n")
                .append("  <id>").append(xml(paths.absolute(paths.feed(language)))).append("</id>\n")
                .append("  <link rel=\"self\" href=\"").append(xml(paths.absolute(paths.feed(language)))).append("\"/>\n")
                .append("  <link rel=\"alternate\" type=\"text/html\" href=\"").append(xml(page)).append("\"/>\n")
                .append("  <updated>").append(DateTimeFormatter.ISO_INSTANT.format(updated)).append("</updated>\n")
                .append("  <author><name>").append(xml(messages.getMessage("site.owner", null, locale)))
                .append("</name></author>\n");
        for (ActivityCard activity : entries) {
            String link = page + "#" + activity.anchor();
            String summary = activity.place() == null ? activity.when() : activity.when() + " · " + activity.place();
            xml.append("  <entry>\n")
                    .append("    <title>").append(xml(activity.title())).append("</title>\n")
                    // Stable across corrections, as Atom wants; the key never changes.
                    .append("    <id>").append(xml(paths.absolute("/") + "activities/" + activity.key())).append("</id>\n")
                    .append("    <link href=\"").append(xml(link)).append("\"/>\n")
                    .append("    <updated>").append(DateTimeFormatter.ISO_INSTANT.format(activity.publishedAt()))
                    .append("</updated>\n")
                    .append("    <summary>").append(xml(summary)).append("</summary>\n")
                    .append("    <content type=\"html\">").append(xml(activity.bodyHtml())).append("</content>\n")
                    .append("  </entry>\n");
        }
        xml.append("</feed>\n");
        return ResponseEntity.ok().contentType(ATOM).body(xml.toString());
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&apos;");
    }
}
