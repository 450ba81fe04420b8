package dk.aarhus.sistercities.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TypedTextTest {

    @Test
    void aTextAreasLineBreaksBecomeTheSeedsAndControlCharactersGo() {
        assertThat(TypedText.clean("Bergen\r\nog Aarhus\r\n")).isEqualTo("Bergen\nog Aarhus\n");
        assertThat(TypedText.clean("gammel\rMac")).isEqualTo("gammel\nMac");
        assertThat(TypedText.clean("a\r\r\nb")).isEqualTo("a\n\nb");
        assertThat(TypedText.clean("tab\there\u0000\u001b[31m")).isEqualTo("tab\there[31m");
        assertThat(TypedText.clean("\ud83c\udf09 \ud800")).isEqualTo("\ud83c\udf09 \ufffd");
        assertThat(TypedText.clean("uændret\n")).isSameAs(TypedText.clean("uændret\n"));
    }
}
