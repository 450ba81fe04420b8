package dk.aarhus.sistercities.activity;

import dk.aarhus.sistercities.content.Language;
import dk.aarhus.sistercities.content.Localized;
import dk.aarhus.sistercities.content.Markdown;
import dk.aarhus.sistercities.content.PartialDate;
import dk.aarhus.sistercities.image.ImageView;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An activity as a public page shows it, in one language; {@code bodyHtml} is rendered, sanitised Markdown.
 *
 * @param anchor   the id of its entry on the activities page, e.g. {@code activity-kiel-agreement-2019}
 * @param when     the date or range as people read it, e.g. "29. maj 2019"
 * @param isoStart {@code yyyy}, {@code yyyy-MM} or {@code yyyy-MM-dd}, for {@code <time datetime>}
 * @param cities   the slugs of its partner cities
 * @param image    its image as the page shows it, or null
 */
public record ActivityCard(String key, String anchor, String title, String when, String isoStart, int year,
        boolean event, String place, String bodyHtml, List<String> cities, String link, List<SourceView> sources,
        Instant publishedAt, ImageView image) {

    /** A source with its date as people read it and as ISO for {@code <time>}. */
    public record SourceView(String title, String language, String publisher, String date, String isoDate,
            String url) {
    }

    static ActivityCard of(ActivityContent content, Instant publishedAt, Language language, Markdown markdown,
            ImageView image) {
        ActivityContent.Texts text = Localized.pick(content.texts(), language);
        List<SourceView> sources = new ArrayList<>();
        for (ActivityContent.Source s : content.sources()) {
            sources.add(new SourceView(s.title(), s.language(), s.publisher(), PartialDate.format(s.date(), language),
                    PartialDate.isValid(s.date()) ? s.date() : null, s.url()));
        }
        return new ActivityCard(content.key(), "activity-" + content.key(), text == null ? "" : text.title(),
                ActivityDates.format(content.starts(), content.ends(), language), content.starts(),
                PartialDate.year(content.starts()), ActivityDates.isDay(content.starts()),
                text == null ? null : text.place(), markdown.toHtml(text == null ? null : text.body()),
                content.cities(), content.link(), sources, publishedAt, image);
    }

    /** Its cities that a page can link to: those among the given (published) ones, in the activity's order. */
    public List<String> citiesIn(Map<String, String> names) {
        return cities.stream().filter(names::containsKey).toList();
    }

    /** The link's host as people say it, without "www.". */
    public String linkLabel() {
        if (link == null) {
            return null;
        }
        try {
            String host = URI.create(link).getHost();
            return host == null ? link : host.startsWith("www.") ? host.substring(4) : host;
        } catch (IllegalArgumentException notAnAddress) {
            return link;
        }
    }
}
