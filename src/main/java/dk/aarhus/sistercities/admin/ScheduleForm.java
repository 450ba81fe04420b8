package dk.aarhus.sistercities.admin;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.validation.Errors;

/**
 * The schedule form: publish on a day at a time, and optionally take off on another, in Danish time, as
 * typed (plain date and time fields, kept as text so a wrong value is shown back as it was typed).
 */
public class ScheduleForm {

    static final ZoneId AARHUS = ZoneId.of("Europe/Copenhagen");
    /** How far ahead a step may be scheduled. */
    static final Duration HORIZON = Duration.ofDays(731);
    private static final DateTimeFormatter DANISH_DATE = DateTimeFormatter.ofPattern("d.M.uuuu");
    private static final Pattern TIME = Pattern.compile("(\\d{1,2})[:.](\\d{2})(?:[:.](\\d{2}))?");

    /** The moments typed, either may be null (not both, once checked). */
    record Moments(Instant publishAt, Instant unpublishAt) {
    }

    private String kind;
    private String key;
    private Integer seenRevision;
    private String publishDate;
    private String publishTime;
    private String unpublishDate;
    private String unpublishTime;

    /**
     * Checks the four fields against {@code now}: each day with its time, a real day and time, in the future,
     * within {@link #HORIZON}, the take-off after the publish; one of the two at least.
     */
    Moments check(Errors errors, Instant now) {
        Instant publishAt = moment(errors, "publishDate", publishDate, "publishTime", publishTime, now);
        Instant unpublishAt = moment(errors, "unpublishDate", unpublishDate, "unpublishTime", unpublishTime, now);
        if (!errors.hasErrors() && publishAt == null && unpublishAt == null) {
            errors.rejectValue("publishDate", "schedule.error.nothing");
        }
        if (publishAt != null && unpublishAt != null && !unpublishAt.isAfter(publishAt)) {
            errors.rejectValue("unpublishDate", "schedule.error.order");
        }
        return new Moments(publishAt, unpublishAt);
    }

    private static Instant moment(Errors errors, String dateField, String date, String timeField, String time,
            Instant now) {
        boolean noDate = date == null || date.isBlank();
        boolean noTime = time == null || time.isBlank();
        if (noDate && noTime) {
            return null;
        }
        if (noDate) {
            errors.rejectValue(dateField, "schedule.error.date-missing");
            return null;
        }
        LocalDate day = day(date.strip());
        LocalTime at = noTime ? null : time(time.strip());
        if (day == null) {
            errors.rejectValue(dateField, "schedule.error.date");
        }
        if (noTime) {
            errors.rejectValue(timeField, "schedule.error.time-missing");
        } else if (at == null) {
            errors.rejectValue(timeField, "schedule.error.time");
        }
        if (day == null || at == null) {
            return null;
        }
        // A time the clocks skip in spring is moved on by the gap; one they repeat in autumn is its first.
        Instant moment = day.atTime(at).atZone(AARHUS).toInstant();
        if (!moment.isAfter(now)) {
            errors.rejectValue(dateField, "schedule.error.past");
            return null;
        }
        if (moment.isAfter(now.plus(HORIZON))) {
            errors.rejectValue(dateField, "schedule.error.too-far");
            return null;
        }
        return moment;
    }

    /** 2026-12-03 (what a date field sends) or 3.12.2026 (what a person types where there is no date picker). */
    private static LocalDate day(String text) {
        if (text.length() > 10) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException iso) {
            try {
                return LocalDate.parse(text, DANISH_DATE);
            } catch (DateTimeParseException danish) {
                return null;
            }
        }
    }

    /** 09:00 (what a time field sends, perhaps with seconds) or 9.00 (as Danes write it). */
    private static LocalTime time(String text) {
        Matcher m = TIME.matcher(text);
        if (text.length() > 8 || !m.matches()) {
            return null;
        }
        int hour = Integer.parseInt(m.group(1));
        int minute = Integer.parseInt(m.group(2));
        return hour < 24 && minute < 60 ? LocalTime.of(hour, minute) : null;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }

    public Integer getSeenRevision() {
        return seenRevision;
    }

    public void setSeenRevision(Integer seenRevision) {
        this.seenRevision = seenRevision;
    }

    public String getPublishDate() {
        return publishDate;
    }

    public void setPublishDate(String publishDate) {
        this.publishDate = publishDate;
    }

    public String getPublishTime() {
        return publishTime;
    }

    public void setPublishTime(String publishTime) {
        this.publishTime = publishTime;
    }

    public String getUnpublishDate() {
        return unpublishDate;
    }

    public void setUnpublishDate(String unpublishDate) {
        this.unpublishDate = unpublishDate;
    }

    public String getUnpublishTime() {
        return unpublishTime;
    }

    public void setUnpublishTime(String unpublishTime) {
        this.unpublishTime = unpublishTime;
    }
}
