package dk.aarhus.sistercities.content;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * A date as precise as its source: {@code 2019}, {@code 2022-03} or {@code 2019-05-29}, shown as
 * "2019", "March 2022" / "marts 2022", "29 May 2019" / "29. maj 2019".
 */
public final class PartialDate {

    /** The three shapes, each a real date (no month 13, no 31 February: checked by {@link #isValid}). */
    public static final String PATTERN = "\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?";
    private static final Pattern SHAPE = Pattern.compile(PATTERN);

    private PartialDate() {
    }

    public static boolean isValid(String date) {
        if (date == null || !SHAPE.matcher(date).matches()) {
            return false;
        }
        try {
            parse(date);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /** The formatted date, or null for a blank or invalid one. */
    public static String format(String date, Language language) {
        if (!isValid(date)) {
            return null;
        }
        return switch (date.length()) {
            case 4 -> date;
            case 7 -> YearMonth.parse(date).format(DateTimeFormatter.ofPattern("MMMM yyyy", language.locale()));
            default -> LocalDate.parse(date).format(DateTimeFormatter.ofPattern(
                    language == Language.DA ? "d. MMMM yyyy" : "d MMMM yyyy", language.locale()));
        };
    }

    /** The year a valid partial date falls in. */
    public static int year(String date) {
        return Integer.parseInt(date.substring(0, 4));
    }

    private static void parse(String date) {
        switch (date.length()) {
            case 4 -> Year.parse(date);
            case 7 -> YearMonth.parse(date);
            default -> LocalDate.parse(date);
        }
    }
}
