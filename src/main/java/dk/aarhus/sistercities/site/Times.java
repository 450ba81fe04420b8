package dk.aarhus.sistercities.site;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Formats moments for people in Aarhus: Danish time, in the page's language. Templates use {@code @times}. */
@Component("times")
public class Times {

    private static final ZoneId AARHUS = ZoneId.of("Europe/Copenhagen");

    public String format(Instant instant) {
        if (instant == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(LocaleContextHolder.getLocale())
                .withZone(AARHUS)
                .format(instant);
    }
}
