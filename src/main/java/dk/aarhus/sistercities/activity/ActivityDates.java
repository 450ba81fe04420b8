package dk.aarhus.sistercities.activity;

import dk.aarhus.sistercities.content.Language;
import dk.aarhus.sistercities.content.PartialDate;
import java.time.LocalDate;
import java.time.YearMonth;

/** An activity's date or range as partial dates ({@link PartialDate}): its bounds, and how people read it. */
final class ActivityDates {

    private ActivityDates() {
    }

    /** Whether a valid date names one day: such an activity is an event, in the calendar. */
    static boolean isDay(String date) {
        return PartialDate.isValid(date) && date.length() == 10;
    }

    /** The first day a valid partial date can mean: 2019 is 1 January 2019. */
    static LocalDate firstDay(String date) {
        return switch (date.length()) {
            case 4 -> LocalDate.of(PartialDate.year(date), 1, 1);
            case 7 -> YearMonth.parse(date).atDay(1);
            default -> LocalDate.parse(date);
        };
    }

    /** The last day a valid partial date can mean: 2022-03 is 31 March 2022. */
    static LocalDate lastDay(String date) {
        return switch (date.length()) {
            case 4 -> LocalDate.of(PartialDate.year(date), 12, 31);
            case 7 -> YearMonth.parse(date).atEndOfMonth();
            default -> LocalDate.parse(date);
        };
    }

    /** "29. maj 2019", or a range "3. maj 2024 – 5. maj 2024"; a range ending on its first date is one date. */
    static String format(String starts, String ends, Language language) {
        String from = PartialDate.format(starts, language);
        if (!PartialDate.isValid(ends) || ends.equals(starts)) {
            return from == null ? "" : capitalised(from);
        }
        return capitalised(from) + " – " + PartialDate.format(ends, language);
    }

    /** Danish month names are lower case, but a date that opens a line starts with a capital. */
    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
