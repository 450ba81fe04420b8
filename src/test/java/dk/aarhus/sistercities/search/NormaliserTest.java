package dk.aarhus.sistercities.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NormaliserTest {

    @ParameterizedTest
    @ValueSource(strings = {"Göteborg", "goteborg", "GÖTEBORG", "gøteborg", "Gøteborg", "GOTEBORG",
            "Go\u0308teborg" /* decomposed, as some keyboards send it */})
    void everySpellingOfGoteborgFoldsAlike(String spelling) {
        assertThat(Normaliser.normalise(spelling)).isEqualTo("goteborg");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Aarhus", "aarhus", "AARHUS", "Århus", "århus", "arhus", "A\u030Arhus"})
    void aaAndAringAndPlainAFoldAlike(String spelling) {
        assertThat(Normaliser.normalise(spelling)).isEqualTo("arhus");
    }

    @ParameterizedTest
    @CsvSource({
            "Ærø, aero",
            "Æbelø, aebelo",
            "Malmö, malmo",
            "München, munchen",
            "Västra Götaland, vastra gotaland",
            "Straße, strasse",
            "Łódź, lodz",
            "Þórshöfn, thorshofn",
            "İstanbul, istanbul",
            "Curaçao, curacao",
            "Besançon, besancon",
            "SANKT PETERSBORG, sankt petersborg"})
    void accentsCaseAndNordicLettersAreFolded(String text, String folded) {
        assertThat(Normaliser.normalise(text)).isEqualTo(folded);
    }

    @Test
    void anythingButLettersAndDigitsSeparatesWords() {
        assertThat(Normaliser.terms("St. Petersburg")).containsExactly("st", "petersburg");
        assertThat(Normaliser.terms("Mecklenburg-Vorpommern")).containsExactly("mecklenburg", "vorpommern");
        assertThat(Normaliser.terms("Aarhus’ venskabsbyer (1946)")).containsExactly("arhus", "venskabsbyer", "1946");
        assertThat(Normaliser.terms("<script>alert(1)</script>")).containsExactly("script", "alert", "1");
    }

    @Test
    void termsAreDistinctAndInOrder() {
        assertThat(Normaliser.terms("Bergen bergen BERGEN norge")).containsExactly("bergen", "norge");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "!!!", "?.,;:-_'\"", "“”»«…–—", "\t\n", "😀🎉", "\u0301"})
    void punctuationAloneHasNoTerms(String query) {
        assertThat(Normaliser.terms(query)).isEmpty();
    }

    @Test
    void nullFoldsToNothing() {
        assertThat(Normaliser.normalise(null)).isEmpty();
        assertThat(Normaliser.fold(null).words()).isEmpty();
    }

    @Test
    void lettersOfOtherScriptsAreKeptAsWords() {
        assertThat(Normaliser.terms("Харбин 哈尔滨")).containsExactly("харбин", "哈尔滨");
    }

    @Test
    void aTermMatchesAWholeWordTheStartOfAWordOrInsideALongWord() {
        FoldedText text = Normaliser.fold("Erhvervssamarbejde med Göteborg");
        assertThat(text.match("goteborg")).isEqualTo(FoldedText.Match.EXACT);
        assertThat(text.match("gote")).isEqualTo(FoldedText.Match.PREFIX);
        assertThat(text.match("samarbejde")).isEqualTo(FoldedText.Match.INNER);
        assertThat(text.match("arb")).as("too short to match inside a word").isEqualTo(FoldedText.Match.NONE);
        assertThat(text.match("oslo")).isEqualTo(FoldedText.Match.NONE);
    }

    @Test
    void matchesAreHighlightedInTheOriginalText() {
        FoldedText text = Normaliser.fold("Göteborg har været venskabsby med Aarhus siden 1946.");
        assertThat(text.segments(List.of("gote", "arhus"))).containsExactly(
                new Segment("Göte", true),
                new Segment("borg har været venskabsby med ", false),
                new Segment("Aarhus", true),
                new Segment(" siden 1946.", false));
    }

    @Test
    void aHighlightCoversEveryOriginalCharacterOfTheMatch() {
        assertThat(Normaliser.fold("Ærø").segments(List.of("aero"))).containsExactly(new Segment("Ærø", true));
        assertThat(Normaliser.fold("Ærø").segments(List.of("ae"))).containsExactly(
                new Segment("Æ", true), new Segment("rø", false));
        assertThat(Normaliser.fold("Go\u0308teborg").segments(List.of("go"))).containsExactly(
                new Segment("Go\u0308", true), new Segment("teborg", false));
        assertThat(Normaliser.fold("Århus").segments(Normaliser.terms("Aarhus"))).containsExactly(new Segment("Århus", true));
    }

    @Test
    void overlappingAndAdjacentMatchesBecomeOneHighlight() {
        assertThat(Normaliser.fold("Nordic sister cities").segments(List.of("nord", "nordic", "sister")))
                .containsExactly(new Segment("Nordic", true), new Segment(" ", false), new Segment("sister", true),
                        new Segment(" cities", false));
    }

    @Test
    void aLongTextIsCutToAnExcerptAroundTheFirstMatch() {
        String text = "Lorem ipsum dolor sit amet. ".repeat(20) + "Here is Bergen in the middle. " + "Consectetur adipiscing elit. ".repeat(20);
        List<Segment> excerpt = Normaliser.fold(text).segments(List.of("bergen"), 200);
        String shown = excerpt.stream().map(Segment::text).reduce("", String::concat);
        assertThat(shown).startsWith("…").endsWith("…").contains("Here is Bergen in the middle.");
        assertThat(shown.length()).isLessThanOrEqualTo(202);
        assertThat(excerpt).contains(new Segment("Bergen", true));
        assertThat(shown.substring(1, 2)).as("cut at a word boundary").isNotBlank();
        assertThat(excerpt.get(1).text()).doesNotStartWith(" ");
    }

    @Test
    void aShortTextIsShownWhole() {
        List<Segment> whole = Normaliser.fold("Bergen in Norway.").segments(List.of("norway"), 200);
        assertThat(whole).containsExactly(new Segment("Bergen in ", false), new Segment("Norway", true),
                new Segment(".", false));
    }

    @Test
    void aQueryIsCutToItsFirstHundredCharactersAndSaysSo() {
        Query query = Query.of("bergen ".repeat(200));
        assertThat(query.truncated()).isTrue();
        assertThat(query.text()).hasSizeLessThanOrEqualTo(Query.MAX_LENGTH);
        assertThat(query.terms()).first().isEqualTo("bergen");

        Query emoji = Query.of("😀".repeat(150));
        assertThat(emoji.truncated()).isTrue();
        assertThat(emoji.text().codePointCount(0, emoji.text().length())).isEqualTo(Query.MAX_LENGTH);
        assertThat(emoji.isEmpty()).isTrue();

        assertThat(Query.of("a".repeat(100)).truncated()).isFalse();
    }

    @Test
    void aQueryLosesControlAndInvisibleFormattingCharacters() {
        Query query = Query.of("  ber\u0000gen\u202E\n ");
        assertThat(query.text()).isEqualTo("ber gen");
        assertThat(query.terms()).containsExactly("ber", "gen");
        assertThat(Query.of(null).isEmpty()).isTrue();
        assertThat(Query.of("?!").isEmpty()).isTrue();
        assertThat(Query.of("?!").text()).isEqualTo("?!");
    }
}
