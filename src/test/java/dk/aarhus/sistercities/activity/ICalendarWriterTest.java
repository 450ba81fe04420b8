package dk.aarhus.sistercities.activity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** RFC 5545's line folding and TEXT escaping, at the edges where writers go wrong. */
class ICalendarWriterTest {

    @Test
    void textValuesAreEscaped() {
        assertThat(ICalendarWriter.escape("a\\b;c,d\r\ne\nf")).isEqualTo("a\\\\b\\;c\\,d\\ne\\nf");
        String written = new ICalendarWriter().text("SUMMARY", "Aarhus, Kiel; 2019").build();
        assertThat(written).isEqualTo("SUMMARY:Aarhus\\, Kiel\\; 2019\r\n");
    }

    @Test
    void longLinesAreFoldedAt75OctetsNeverInsideACharacter() {
        // 'æ' is two octets in UTF-8, '€' three: a fold must fall between characters.
        String value = "æ".repeat(50) + "€".repeat(30) + "x".repeat(100);
        String folded = ICalendarWriter.fold("DESCRIPTION:" + value);
        assertThat(folded).endsWith("\r\n");
        List<String> lines = List.of(folded.substring(0, folded.length() - 2).split("\r\n", -1));
        assertThat(lines).hasSizeGreaterThan(3);
        for (int i = 0; i < lines.size(); i++) {
            assertThat(lines.get(i).getBytes(StandardCharsets.UTF_8).length).as("line " + i).isLessThanOrEqualTo(75);
            if (i > 0) {
                assertThat(lines.get(i)).as("a continuation starts with one space").startsWith(" ");
            }
        }
        assertThat(lines.get(0).getBytes(StandardCharsets.UTF_8).length).as("the first line is used up")
                .isGreaterThanOrEqualTo(74);
        // Unfolding (RFC 5545, 3.1: remove CRLF followed by one space) gives the line back.
        assertThat(folded.replace("\r\n ", "")).isEqualTo("DESCRIPTION:" + value + "\r\n");
    }

    @Test
    void aLineOf75OctetsStaysWholeAndOneMoreFolds() {
        String exactly = "X:" + "a".repeat(73);
        assertThat(ICalendarWriter.fold(exactly)).isEqualTo(exactly + "\r\n");
        assertThat(ICalendarWriter.fold(exactly + "b")).isEqualTo(exactly + "\r\n b\r\n");
    }
}
