package dk.aarhus.sistercities.site;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Formats moments for people in Aarhus: Danish time, in the page's language. Templates use {@code @times}. */
@Component("times")
public class Times {

    private static final ZoneId AARHUS = ZoneId.of("Europe/Copenhagen");

    /** The day in Aarhus, as its language writes it: "2. december 2026", "2 December 2026". */
    public String date(Instant instant) {
        if (instant == null) {
            return "";
        }
        boolean danish = "da".equals(LocaleContextHolder.getLocale().getLanguage());
        return DateTimeFormatter.ofPattern(danish ? "d. MMMM yyyy" : "d MMMM yyyy", LocaleContextHolder.getLocale())
                .withZone(AARHUS).format(instant);
    }

    /** The day in Aarhus as ISO 8601, for {@code <time datetime>}. */
    public String isoDate(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ISO_LOCAL_DATE.withZone(AARHUS).format(instant);
    }

    /** The time of day in Aarhus as its language writes it: "14.32", "14:32". */
    public String time(Instant instant) {
        if (instant == null) {
            return "";
        }
        boolean danish = "da".equals(LocaleContextHolder.getLocale().getLanguage());
        return DateTimeFormatter.ofPattern(danish ? "HH.mm" : "HH:mm").withZone(AARHUS).format(instant);
    }

    /**
     * The moment in Aarhus, as its language writes it: "2. december 2026 kl. 17.05", "2 December 2026, 17:05".
     * The one format of every date and time on the editors' pages.
     */
    public String format(Instant instant) {
        if (instant == null) {
            return "";
        }
        boolean danish = "da".equals(LocaleContextHolder.getLocale().getLanguage());
        return DateTimeFormatter.ofPattern(danish ? "d. MMMM yyyy 'kl.' HH.mm" : "d MMMM yyyy, HH:mm",
                        LocaleContextHolder.getLocale())
                .withZone(AARHUS).format(instant);
    }
}
