package dk.aarhus.sistercities.linkcheck;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.parser.Parser;

/**
 * Collects the uses of web addresses: only absolute http and https addresses (a page's own {@code #source-1}, a
 * {@code mailto:} or a relative address is nothing to check), each place and field once, on the site when any
 * version that has it is.
 */
final class LinkUses {

    /** A city, page, …: its name, its form, and whether this version of it is the published one. */
    record Place(LinkUse.Kind kind, String name, String form, boolean onSite) {
    }

    private static final Parser MARKDOWN = Parser.builder().build();

    private final Map<String, LinkUse> uses = new LinkedHashMap<>();

    /** An address field, e.g. a city's website; {@code id} is the field's id on the form. */
    void address(Place place, String url, String field, String id) {
        add(place, url, field, 0, null, id);
    }

    /** A list of sources: source 1 is {@code sources[0].url} on the form. */
    void sources(Place place, List<String> urls) {
        for (int i = 0; i < urls.size(); i++) {
            add(place, urls.get(i), "source", i + 1, null, "sources-" + i + "-url");
        }
    }

    /** The links and images of a Markdown text in one language. */
    void markdown(Place place, String text, String lang, String field) {
        for (String url : links(text)) {
            add(place, url, field, 0, lang, "texts-" + lang + "-" + field);
        }
    }

    List<LinkUse> list() {
        return List.copyOf(uses.values());
    }

    private void add(Place place, String url, String field, int number, String lang, String id) {
        if (LinkChecker.webAddress(url) == null) {
            return;
        }
        String address = url.strip();
        LinkUse use = new LinkUse(address, place.kind(), place.name(), field, number, lang,
                place.form() + "#" + id, place.onSite());
        uses.merge(use.place(), use, (known, again) -> known.onSite() ? known : again);
    }

    /** The destinations of a Markdown text's links and images, as written. */
    static List<String> links(String markdown) {
        List<String> found = new ArrayList<>();
        if (markdown == null || markdown.isBlank()) {
            return found;
        }
        MARKDOWN.parse(markdown).accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                found.add(link.getDestination());
                visitChildren(link);
            }

            @Override
            public void visit(Image image) {
                found.add(image.getDestination());
                visitChildren(image);
            }
        });
        return found;
    }
}
