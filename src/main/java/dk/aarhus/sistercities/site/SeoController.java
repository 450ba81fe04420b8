package dk.aarhus.sistercities.site;

import dk.aarhus.sistercities.city.CityCard;
import dk.aarhus.sistercities.city.CityCatalog;
import dk.aarhus.sistercities.city.CityContent;
import dk.aarhus.sistercities.city.CityHistory;
import dk.aarhus.sistercities.city.Overview;
import dk.aarhus.sistercities.city.TypeSection;
import dk.aarhus.sistercities.content.Language;
import dk.aarhus.sistercities.content.Localized;
import dk.aarhus.sistercities.content.PublicPaths;
import dk.aarhus.sistercities.page.PageDirectory;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** What search engines and feed readers ask for: robots.txt, sitemap.xml with hreflang, an Atom feed. */
@Controller
class SeoController {

    private static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");
    private static final MediaType XML = MediaType.parseMediaType("application/xml;charset=UTF-8");

    private final CityCatalog catalog;
    private final CityHistory history;
    private final MessageSource messages;
    private final PublicPaths paths;
    private final PageDirectory pageDirectory;

    SeoController(CityCatalog catalog, CityHistory history, MessageSource messages,
            PublicPaths paths, PageDirectory pageDirectory) {
        this.paths = paths;
        this.pageDirectory = pageDirectory;
        this.catalog = catalog;
        this.history = history;
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
                paths::contact, paths::data));
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

    /** The latest publications of city pages, in the feed's language. */
    @GetMapping(Language.ROUTE + "/feed.xml")
    ResponseEntity<String> feed(@PathVariable("lang") Language language) {
        Locale locale = language.locale();
        // Only cities that are public now: a feed never links to a page that is gone.
        Set<String> live = catalog.cards(language).stream().map(CityCard::slug).collect(Collectors.toSet());
        List<CityHistory.Publication> publications = history.latestPublications().stream()
                .filter(p -> live.contains(p.content().slug()))
                .toList();
        Instant updated = publications.isEmpty() ? Instant.EPOCH : publications.get(0).at();
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"").append(language.code()).append("\">\n")
                .append("  <title>").append(xml(messages.getMessage("feed.title", null, locale))).append("</title>\n")
                .append("  <id>").append(xml(paths.absolute(paths.feed(language)))).append("</id>\n")
                .append("  <link rel=\"self\" href=\"").append(xml(paths.absolute(paths.feed(language)))).append("\"/>\n")
                .append("  <link rel=\"alternate\" type=\"text/html\" href=\"").append(xml(paths.absolute(paths.overview(language)))).append("\"/>\n")
                .append("  <updated>").append(DateTimeFormatter.ISO_INSTANT.format(updated)).append("</updated>\n")
                .append("  <author><name>").append(xml(messages.getMessage("site.owner", null, locale)))
                .append("</name></author>\n");
        for (CityHistory.Publication publication : publications) {
            CityContent city = publication.content();
            CityContent.Texts texts = Localized.pick(city.texts(), language);
            String link = paths.absolute(paths.city(language, city.slug()));
            String at = DateTimeFormatter.ISO_INSTANT.format(publication.at());
            xml.append("  <entry>\n")
                    .append("    <title>").append(xml(messages.getMessage("feed.entry", new Object[] {texts.name()}, locale)))
                    .append("</title>\n")
                    .append("    <id>").append(xml(link + "#" + at)).append("</id>\n")
                    .append("    <link href=\"").append(xml(link)).append("\"/>\n")
                    .append("    <updated>").append(at).append("</updated>\n")
                    .append("    <summary>").append(xml(texts.summary())).append("</summary>\n")
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
