package dk.aarhus.sistercities.support;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Every public page of the running site, found as a citizen would find them: by following the links
 * of the pages over real HTTP, from {@code /da} and {@code /en}. Whatever the site links to today is
 * checked, also pages added after this was written. Added to what the links reach: search with a
 * hit and without one (when the site has search) and the 404 page in each language.
 */
public final class SitePages {

    /** Enough for every page of this site many times over; a crawl that finds more is looping. */
    private static final int MAX_PAGES = 400;

    private SitePages() {
    }

    /** A page to check: its address and the status it answers with. */
    public record Page(String path, int status) {

        public String lang() {
            return path.startsWith("/da") ? "da" : "en";
        }
    }

    /**
     * The pages, each answering as listed: the crawled ones 200, the search pages 200, the missing ones
     * 404. A link that answers anything but 200 or a redirect (which is followed), or a page that is not
     * HTML, fails the crawl with every such address and what it answered: nothing is left out silently.
     */
    public static List<Page> publicPages(Http http) {
        Deque<String> queue = new ArrayDeque<>(List.of("/da", "/en"));
        Set<String> seen = new LinkedHashSet<>(queue);
        List<Page> pages = new ArrayList<>();
        List<String> broken = new ArrayList<>();
        while (!queue.isEmpty()) {
            String path = queue.poll();
            HttpResponse<String> response = http.get(path);
            int status = response.statusCode();
            List<String> links = new ArrayList<>();
            if (status >= 300 && status < 400) {
                response.headers().firstValue("Location").ifPresentOrElse(links::add,
                        () -> broken.add(path + " answered " + status + " without a Location"));
            } else if (status == 200 && isHtml(response)) {
                pages.add(new Page(path, status));
                Document page = Jsoup.parse(response.body(), http.base() + path);
                page.select("a[href]").forEach(a -> links.add(a.attr("href")));
            } else {
                broken.add(path + " answered " + status + " "
                        + response.headers().firstValue("Content-Type").orElse("(no Content-Type)"));
            }
            for (String link : links) {
                String local = localPage(http.base(), link);
                if (local != null && seen.add(local)) {
                    queue.add(local);
                }
            }
            if (seen.size() > MAX_PAGES) {
                throw new AssertionError("more than " + MAX_PAGES + " pages: the crawl is looping, last " + path);
            }
        }
        if (!broken.isEmpty()) {
            throw new AssertionError("links on the site that do not lead to a page (" + broken.size() + "):\n  "
                    + String.join("\n  ", broken));
        }
        for (String lang : List.of("da", "en")) {
            String search = Addresses.search(lang);
            if (http.get(search).statusCode() == 200) {
                addIfNew(pages, http, search, 200);
                addIfNew(pages, http, search + "?q=bergen", 200);
                addIfNew(pages, http, search + "?q=xyzzyqwerty", 200);
            }
            String missing = "/" + lang + (lang.equals("da") ? "/findes-ikke" : "/no-such-page");
            pages.add(new Page(missing, expect(http, missing, 404)));
        }
        return pages;
    }

    private static void addIfNew(List<Page> pages, Http http, String path, int status) {
        if (pages.stream().noneMatch(p -> p.path().equals(path))) {
            pages.add(new Page(path, expect(http, path, status)));
        }
    }

    private static int expect(Http http, String path, int status) {
        int answered = http.get(path).statusCode();
        if (answered != status) {
            throw new AssertionError(path + " answered " + answered + ", not " + status);
        }
        return answered;
    }

    private static boolean isHtml(HttpResponse<String> response) {
        return response.headers().firstValue("Content-Type").orElse("").startsWith("text/html");
    }

    /**
     * A link's address on this site when it is a page in a language ({@code /da/…}, {@code /en/…}),
     * with its query but without its fragment; null for anything else (another site, files, /was).
     */
    static String localPage(String base, String link) {
        URI uri;
        try {
            uri = URI.create(base + "/").resolve(link.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (!(uri.getScheme() + "://" + uri.getRawAuthority()).equals(base) || uri.getRawPath() == null) {
            return null;
        }
        String path = uri.getRawPath();
        if (!path.matches("/(da|en)(/.*)?") || path.matches(".*\\.(xml|atom|json|svg|png|jpg|css|js|txt|ics)$")) {
            return null;
        }
        return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
    }
}
