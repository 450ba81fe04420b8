package dk.aarhus.sistercities.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpellingTest {

    private static final List<String> WORDS = List.of("bergen", "berlin", "harbin", "goteborg", "turku", "rostock",
            "venskab", "venskabsby", "friendship", "kiel", "aarhus");

    @Test
    void oneLetterAddedLeftOutChangedOrTwoSwapped() {
        assertThat(Spelling.nearest("bergn", WORDS)).contains("bergen");
        assertThat(Spelling.nearest("bergenn", WORDS)).contains("bergen");
        assertThat(Spelling.nearest("harbim", WORDS)).contains("harbin");
        assertThat(Spelling.nearest("bregen", WORDS)).contains("bergen");
        assertThat(Spelling.nearest("venskap", WORDS)).contains("venskab");
    }

    @Test
    void twoEditsOnlyInLongerWords() {
        assertThat(Spelling.nearest("gotebrg", WORDS)).as("one left out").contains("goteborg");
        assertThat(Spelling.nearest("frendshp", WORDS)).as("two left out, eight letters").contains("friendship");
        assertThat(Spelling.nearest("trku", WORDS)).as("four letters: one edit").contains("turku");
        assertThat(Spelling.nearest("brgn", WORDS)).as("two edits in four letters").isEmpty();
    }

    @Test
    void shortOrUnlikeWordsGetNone() {
        assertThat(Spelling.nearest("kil", WORDS)).as("three letters").isEmpty();
        assertThat(Spelling.nearest("xyzzyq", WORDS)).isEmpty();
        assertThat(Spelling.nearest("bergen1", WORDS)).as("a word with a digit").isEmpty();
    }

    @Test
    void aTieGoesToTheShorterWordThenTheAlphabet() {
        assertThat(Spelling.nearest("berln", List.of("berlin", "berlina", "bergn"))).as("one edit from both")
                .contains("bergn");
        assertThat(Spelling.nearest("abcd", List.of("abce", "abcf"))).contains("abce");
        assertThat(Spelling.nearest("abcd", List.of("abcf", "abce"))).as("the same whatever the order").contains("abce");
    }

    @Test
    void theDistanceStopsOnceItExceedsTheLimit() {
        assertThat(Spelling.distance("bergen", "bergen", 2)).isZero();
        assertThat(Spelling.distance("bergen", "begren", 2)).isEqualTo(1);
        assertThat(Spelling.distance("aaaaaa", "zzzzzz", 2)).isEqualTo(3);
    }
}
