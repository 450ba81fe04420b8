package dk.aarhus.sistercities.admin;

import dk.aarhus.sistercities.schedule.ScheduledAction;
import dk.aarhus.sistercities.schedule.Schedules;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What the editors' pages show of schedules ({@code @scheduleView} in {@code fragments/schedule}): a subject's
 * schedules, the pending ones of every city for the list, and a moment as "3. dec. kl. 09.00".
 */
@Component("scheduleView")
public class ScheduleView {

    private static final Pattern DATE_VALUE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern TIME_VALUE = Pattern.compile("([01]\\d|2[0-3]):[0-5]\\d(:[0-5]\\d)?");

    private final Schedules schedules;
    private final MessageSource messages;
    private final Clock clock;

    ScheduleView(Schedules schedules, MessageSource messages, Clock clock) {
        this.schedules = schedules;
        this.messages = messages;
        this.clock = clock;
    }

    /** A subject's newest schedules, pending, done, refused or cancelled. */
    public List<ScheduledAction> recent(String kind, Object key) {
        return schedules.recent(kind, String.valueOf(key));
    }

    /** The pending schedules of every city, by the city's id. */
    public Map<String, List<ScheduledAction>> pendingCities() {
        return schedules.pendingOf(ScheduledPublishing.CITY);
    }

    /** Danish time, the year only when it is not this year's: "3. dec. kl. 09.00", "3 Dec 2027 at 09:00". */
    public String when(Instant instant) {
        if (instant == null) {
            return "";
        }
        Locale locale = LocaleContextHolder.getLocale();
        ZonedDateTime at = instant.atZone(ScheduleForm.AARHUS);
        boolean thisYear = at.getYear() == clock.instant().atZone(ScheduleForm.AARHUS).getYear();
        String pattern = messages.getMessage(thisYear ? "schedule.pattern" : "schedule.pattern-year", null, locale);
        return DateTimeFormatter.ofPattern(pattern, locale).format(at);
    }

    /**
     * The field's type: {@code date} or {@code time}, unless what was typed is not a value such a field may hold
     * (from a browser without a date picker, say): then {@code text}, so it is shown back as it was typed.
     */
    public String inputType(String type, String value) {
        if (value == null || value.isEmpty()) {
            return type;
        }
        boolean valid = "date".equals(type) ? DATE_VALUE.matcher(value).matches() && parses(value)
                : TIME_VALUE.matcher(value).matches();
        return valid ? type : "text";
    }

    private static boolean parses(String date) {
        try {
            java.time.LocalDate.parse(date);
            return true;
        } catch (java.time.format.DateTimeParseException e) {
            return false;
        }
    }

    /** An empty schedule form on every subject's form (a refused one comes back on its own page). */
    @ControllerAdvice(assignableTypes = {CityAdminController.class, ActivityAdminController.class,
            PageAdminController.class, ContactAdminController.class})
    static class EmptyForm {

        @ModelAttribute(ScheduleController.FORM)
        ScheduleForm scheduleForm() {
            return new ScheduleForm();
        }
    }
}
