package dk.aarhus.sistercities.page;

import dk.aarhus.sistercities.content.PartialDate;
import dk.aarhus.sistercities.city.Source;
import dk.aarhus.sistercities.content.Language;
import dk.aarhus.sistercities.content.Markdown;
import dk.aarhus.sistercities.image.ImageView;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A page as its public template shows it, in one language: the body rendered from Markdown (raw HTML
 * escaped, unsafe links dropped), its numbered sources, and whether the general contact goes below it.
 *
 * @param otherPath   the same page in the other language, for the language switch and hreflang
 * @param publishedAt when it was last published: the page's "last updated"; null for a draft's preview
 * @param image       its image above the text, or null
 */
public record PageView(String key, String title, String bodyHtml, String path, String otherPath, boolean showContact,
        List<SourceView> sources, Instant publishedAt, ImageView image) {

    /** A numbered source, with the property names of the city pages' list (fragments/sources). */
    public record SourceView(int number, String title, String language, String publisher, String date,
            String isoDate, String url) {
    }

    static PageView of(PageContent page, Language language, Markdown markdown, String path, String otherPath,
            Instant publishedAt, ImageView image) {
        List<SourceView> sources = new ArrayList<>();
        for (Source source : page.sources()) {
            sources.add(new SourceView(sources.size() + 1, source.title(), source.language(), source.publisher(),
                    PartialDate.format(source.date(), language),
                    PartialDate.isValid(source.date()) ? source.date() : null, source.url()));
        }
        PageContent.Texts text = page.text(language);
        // The title is the page's one h1: a heading of the text's own starts at h2.
        String html = markdown.toHtml(text.body()).replace("<h1>", "<h2>").replace("</h1>", "</h2>");
        return new PageView(page.key(), text.title(), html, path, otherPath,
                page.showContact(), List.copyOf(sources), publishedAt, image);
    }

    /**
     * The page's description: the text's words without its headings, as plain text, cut at a word before 160
     * characters (with an ellipsis), or the title for a page without words.
     */
    public String description() {
        String text = bodyHtml.replaceAll("(?s)<h[1-6][^>]*>.*?</h[1-6]>", " ").replaceAll("<[^>]+>", " ")
                .replace("&quot;", "\"").replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
                .replaceAll("\\s+", " ").strip();
        if (text.isEmpty()) {
            return title;
        }
        return text.length() <= 160 ? text : text.substring(0, text.lastIndexOf(' ', 157) > 0 ? text.lastIndexOf(' ', 157) : 157) + "…";
    }
}
