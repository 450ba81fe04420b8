package dk.aarhus.sistercities.activity;

import dk.aarhus.sistercities.content.Language;
import dk.aarhus.sistercities.content.Localized;
import dk.aarhus.sistercities.content.PublicPaths;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The events (activities with a date to the day) as one iCalendar per language: all-day events, each
 * with a stable UID (its key at the site's host), its place, its text and a link to its entry on the
 * activities page.
 */
@Service
public class ActivityCalendar {

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private final ActivityRepository activities;
    private final PublicPaths paths;
    private final MessageSource messages;

    ActivityCalendar(ActivityRepository activities, PublicPaths paths, MessageSource messages) {
        this.activities = activities;
        this.paths = paths;
        this.messages = messages;
    }

    @Transactional(readOnly = true)
    public String calendar(Language language) {
        String name = messages.getMessage("activities.calendar.name", null, language.locale());
        String host = URI.create(paths.absolute("/")).getHost();
        ICalendarWriter ics = new ICalendarWriter()
                .property("BEGIN", "VCALENDAR")
                .property("VERSION", "2.0")
                .text("PRODID", "-//" + messages.getMessage("site.owner", null, language.locale()) + "//"
                        + name + "//" + language.code().toUpperCase())
                .property("CALSCALE", "GREGORIAN")
                .property("METHOD", "PUBLISH")
                .text("X-WR-CALNAME", name);
        List<Map.Entry<ActivityContent, Instant>> events = activities.findAllWithTexts().stream()
                .map(a -> Map.entry(a.content(), a.getPublishedAt()))
                .filter(e -> ActivityDates.isDay(e.getKey().starts()))
                .sorted((a, b) -> ActivityEditor.newestFirst(a.getKey(), b.getKey()))
                .toList();
        for (Map.Entry<ActivityContent, Instant> event : events) {
            event(ics, event.getKey(), event.getValue(), language, host);
        }
        return ics.property("END", "VCALENDAR").build();
    }

    private void event(ICalendarWriter ics, ActivityContent activity, Instant publishedAt, Language language,
            String host) {
        ActivityContent.Texts text = Localized.pick(activity.texts(), language);
        LocalDate first = ActivityDates.firstDay(activity.starts());
        LocalDate last = activity.ends() == null ? first : ActivityDates.lastDay(activity.ends());
        String url = paths.absolute(paths.activities(language)) + "#activity-" + activity.key();
        ics.property("BEGIN", "VEVENT")
                .text("UID", activity.key() + "@" + host)
                .property("DTSTAMP", STAMP.format(publishedAt))
                .property("DTSTART;VALUE=DATE", DAY.format(first))
                // DTEND of an all-day event is the day after its last (RFC 5545, 3.6.1).
                .property("DTEND;VALUE=DATE", DAY.format(last.plusDays(1)))
                .text("SUMMARY", text.title());
        if (text.place() != null) {
            ics.text("LOCATION", text.place());
        }
        String description = text.body() == null ? url : text.body() + "\n\n" + url;
        ics.text("DESCRIPTION", description)
                .property("URL", url)
                .property("END", "VEVENT");
    }
}
