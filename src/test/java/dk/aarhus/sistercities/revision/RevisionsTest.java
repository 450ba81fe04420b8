package dk.aarhus.sistercities.revision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.aarhus.sistercities.support.AlsoOnPostgres;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.test.context.TestPropertySource;

/** The one rule for every subject: the newest revision is the draft; which one is published. */
@DataJpaTest
@TestPropertySource(properties = "sistercities.seed.enabled=false")
@Import({Revisions.class, RevisionsTest.FixedClock.class})
@AlsoOnPostgres
class RevisionsTest {

    static final Instant NOW = Instant.parse("2026-05-01T12:00:00Z");

    @TestConfiguration
    static class FixedClock {
        @Bean
        @Primary
        Clock fixedClock() {
            return Clock.fixed(NOW, ZoneOffset.UTC);
        }
    }

    @Autowired
    Revisions revisions;

    @Autowired
    RevisionRepository repository;

    final RevisionSubject page = new RevisionSubject("PAGE", "about");
    final RevisionSubject other = new RevisionSubject("TYPE", "about");

    private int record(RevisionSubject subject, RevisionAction action) {
        return revisions.record(subject, action, "{\"n\":" + action.ordinal() + "}", "anna").getNumber();
    }

    private Optional<Integer> published() {
        return revisions.published(page).map(Revision::getNumber);
    }

    @Test
    void theNewestIsTheDraftAndTheNewestPublishedNotTakenOffIsPublic() {
        assertThat(revisions.latest(page)).isEmpty();
        assertThat(record(page, RevisionAction.CREATED)).isEqualTo(1);
        assertThat(published()).isEmpty();
        assertThat(record(page, RevisionAction.PUBLISHED)).isEqualTo(2);
        assertThat(record(page, RevisionAction.SAVED)).isEqualTo(3);
        assertThat(revisions.latest(page).orElseThrow().getNumber()).isEqualTo(3);
        assertThat(published()).contains(2);
        assertThat(revisions.publishedAt(page)).contains(NOW);

        record(page, RevisionAction.UNPUBLISHED);
        assertThat(published()).isEmpty();
        assertThat(revisions.publishedAt(page)).isEmpty();
        record(page, RevisionAction.RESTORED);
        assertThat(published()).isEmpty();
        record(page, RevisionAction.PUBLISHED);
        assertThat(published()).contains(6);
        record(page, RevisionAction.DELETED);
        assertThat(published()).isEmpty();

        assertThat(revisions.history(page)).extracting(Revision::getNumber).containsExactly(7, 6, 5, 4, 3, 2, 1);
        assertThat(revisions.since(page, 5)).extracting(Revision::getNumber).containsExactly(6, 7);
        assertThat(revisions.revision(page, 2).orElseThrow().getContent()).isEqualTo("{\"n\":2}");
    }

    @Test
    void subjectsAreNumberedEachOnTheirOwn() {
        record(page, RevisionAction.CREATED);
        record(page, RevisionAction.PUBLISHED);
        assertThat(record(other, RevisionAction.SAVED)).isEqualTo(1);
        assertThat(revisions.published(other)).isEmpty();
        assertThat(revisions.latestOfEvery("PAGE")).extracting(Revision::getNumber).containsExactly(2);
        assertThat(revisions.newest("PAGE", RevisionAction.PUBLISHED)).extracting(Revision::getSubject)
                .containsExactly(page);
    }

    @Test
    void twoRevisionsOfOneNumberAreRefused() {
        record(page, RevisionAction.CREATED);
        // What a second editor saving at the same moment would write: the same next number.
        assertThatThrownBy(() -> repository.saveAndFlush(
                new Revision(page, 1, RevisionAction.SAVED, "{}", "bente", NOW)))
                .isInstanceOf(DataIntegrityViolationException.class);
    }
}
