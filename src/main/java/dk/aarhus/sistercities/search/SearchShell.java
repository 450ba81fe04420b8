package dk.aarhus.sistercities.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.unbescape.html.HtmlEscape;

/**
 * The search page of one language and content generation, rendered once for a query no one makes and cut where
 * each search puts its own: the query as text (the title, the field, "no results for …"), the query string in the
 * links to the same search in the other language, and the results. Filled in, it is byte for byte the page the
 * template renders for that query (SearchResponderTest compares them).
 *
 * @param parts   the page's fixed text; a hole after each part but the last
 * @param holes   what goes in each hole
 * @param locale  the page's locale (its Content-Language, which the container keeps apart from the headers)
 * @param headers the headers the page was rendered with, for every search made from it
 */
record SearchShell(long generation, List<String> parts, List<Hole> holes, String contentType, Locale locale,
        Map<String, String> headers) {

    /** One word that folds to itself, URL-encodes and HTML-escapes to itself, and finds nothing. */
    static final String SENTINEL = "zqxjshellqxjz";
    static final Query SENTINEL_QUERY = Query.of(SENTINEL);

    enum Hole {
        /** The query as the visitor typed it (cut and cleaned), HTML-escaped. */
        TEXT,
        /** The request's query string ({@code q=…}, as sent), HTML-escaped, in a link to the other language. */
        QUERY_STRING,
        /** The results, or that there are none. */
        OUTCOME
    }

    /**
     * Cuts a page rendered for {@link #SENTINEL_QUERY}, given that query's outcome as the fragment renders it on
     * its own; null when the outcome is not in the page exactly once.
     */
    static SearchShell cut(long generation, String page, String sentinelOutcome, String contentType, Locale locale,
            Map<String, String> headers) {
        int at = page.indexOf(sentinelOutcome);
        if (sentinelOutcome.isBlank() || at < 0 || page.indexOf(sentinelOutcome, at + 1) >= 0) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        List<Hole> holes = new ArrayList<>();
        cutQuery(page.substring(0, at), parts, holes);
        holes.add(Hole.OUTCOME);
        cutQuery(page.substring(at + sentinelOutcome.length()), parts, holes);
        return new SearchShell(generation, List.copyOf(parts), List.copyOf(holes), contentType, locale,
                Map.copyOf(headers));
    }

    private static void cutQuery(String text, List<String> parts, List<Hole> holes) {
        String queryString = "?q=" + SENTINEL;
        int from = 0;
        int found = text.indexOf(SENTINEL);
        while (found >= 0) {
            boolean inLink = text.startsWith(queryString, found - 3);
            int end = found + SENTINEL.length();
            parts.add(text.substring(from, inLink ? found - 2 : found));
            holes.add(inLink ? Hole.QUERY_STRING : Hole.TEXT);
            from = end;
            found = text.indexOf(SENTINEL, end);
        }
        parts.add(text.substring(from));
    }

    /** The page for a query: its text as shown back, the request's query string, and its outcome. */
    String page(String queryText, String queryString, String outcome) {
        String text = HtmlEscape.escapeHtml4Xml(queryText);
        String link = HtmlEscape.escapeHtml4Xml(queryString);
        StringBuilder page = new StringBuilder(4096 + outcome.length());
        for (int i = 0; i < holes.size(); i++) {
            page.append(parts.get(i));
            page.append(switch (holes.get(i)) {
                case TEXT -> text;
                case QUERY_STRING -> link;
                case OUTCOME -> outcome;
            });
        }
        return page.append(parts.get(parts.size() - 1)).toString();
    }
}
