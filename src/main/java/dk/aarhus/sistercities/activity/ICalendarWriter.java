package dk.aarhus.sistercities.activity;

import java.nio.charset.StandardCharsets;

/**
 * Writes iCalendar (RFC 5545) content lines: CRLF line ends, TEXT values escaped (section 3.3.11), and
 * lines longer than 75 octets folded (section 3.1) with CRLF and a space, never inside a UTF-8 character.
 * Small on purpose: the site writes a handful of all-day events, and no library of its stack does this.
 */
final class ICalendarWriter {

    private static final int MAX_OCTETS = 75;

    private final StringBuilder out = new StringBuilder();

    /** A property whose value is written as given (dates, URIs, fixed words). */
    ICalendarWriter property(String name, String value) {
        return line(name + ":" + value);
    }

    /** A property of type TEXT: backslash, semicolon, comma and line breaks escaped. */
    ICalendarWriter text(String name, String value) {
        return line(name + ":" + escape(value));
    }

    String build() {
        return out.toString();
    }

    static String escape(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\r\n", "\n").replace('\r', '\n').replace("\n", "\\n");
    }

    /** Folds one content line: each physical line at most 75 octets, a continuation's leading space included. */
    static String fold(String line) {
        StringBuilder folded = new StringBuilder();
        int octets = 0;
        for (int i = 0; i < line.length(); ) {
            int codePoint = line.codePointAt(i);
            int width = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + width > MAX_OCTETS) {
                folded.append("\r\n ");
                octets = 1;
            }
            folded.appendCodePoint(codePoint);
            octets += width;
            i += Character.charCount(codePoint);
        }
        return folded.append("\r\n").toString();
    }

    private ICalendarWriter line(String line) {
        out.append(fold(line));
        return this;
    }
}
