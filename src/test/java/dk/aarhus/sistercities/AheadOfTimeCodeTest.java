package dk.aarhus.sistercities;

import static dk.aarhus.sistercities.SisterCitiesApplication.usesAheadOfTimeCode;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The packaged jar uses the ahead-of-time code built into it; classes in a directory never do, and an operator's
 * {@code -Dspring.aot.enabled} decides over both. That the jar really starts with it: the drills' log
 * ({@code KillAndRestartIT}).
 */
class AheadOfTimeCodeTest {

    private static final String FAT_JAR = "jar:nested:/srv/site/sistercities-0.1.0.jar/!BOOT-INF/classes/!/";
    private static final String EXTRACTED_JAR = "file:/srv/site/app/sistercities-0.1.0.jar";
    private static final String DIRECTORY = "file:/home/dev/sistercities/target/classes/";

    @Test
    void aJarWithGeneratedCode_usesIt_asAFatJarAndExtracted() {
        assertThat(usesAheadOfTimeCode(null, FAT_JAR, true)).isTrue();
        assertThat(usesAheadOfTimeCode(null, EXTRACTED_JAR, true)).isTrue();
    }

    @Test
    void classesInADirectory_neverUseGeneratedCode_whichMayBeFromAnOlderBuild() {
        assertThat(usesAheadOfTimeCode(null, DIRECTORY, true)).isFalse();
        assertThat(usesAheadOfTimeCode(null, "", true)).isFalse();
    }

    @Test
    void aJarWithoutGeneratedCode_startsAsUsual() {
        assertThat(usesAheadOfTimeCode(null, FAT_JAR, false)).isFalse();
    }

    @Test
    void theOperatorsSettingDecides() {
        assertThat(usesAheadOfTimeCode("false", FAT_JAR, true)).isFalse();
        // Already on: nothing to set.
        assertThat(usesAheadOfTimeCode("true", DIRECTORY, true)).isFalse();
    }
}
