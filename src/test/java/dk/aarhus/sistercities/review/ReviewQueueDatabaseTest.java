package dk.aarhus.sistercities.review;

import static org.assertj.core.api.Assertions.assertThat;

import dk.aarhus.sistercities.account.CurrentEditor;
import dk.aarhus.sistercities.account.Role;
import dk.aarhus.sistercities.city.CityRepository;
import dk.aarhus.sistercities.revision.Revision;
import dk.aarhus.sistercities.revision.RevisionSubject;
import dk.aarhus.sistercities.revision.Revisions;
import dk.aarhus.sistercities.support.AlsoOnPostgres;
import dk.aarhus.sistercities.support.FullAppTest;
import dk.aarhus.sistercities.support.ResetDataBeforeEachTest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * The review store on the database itself: the queue's, panel's and history's queries, one waiting submission per
 * subject however many editors send it at the same moment (the unique key does it), and one decision per
 * submission however many publishers decide at once (the row's version does it).
 */
@FullAppTest
@AlsoOnPostgres
@ResetDataBeforeEachTest
class ReviewQueueDatabaseTest {

    private static final CurrentEditor EVA = new CurrentEditor("eva", "Eva", Role.EDITOR);
    private static final CurrentEditor PIA = new CurrentEditor("pia", "Pia", Role.PUBLISHER);
    private static final CurrentEditor PER = new CurrentEditor("per", "Per", Role.PUBLISHER);

    @Autowired
    ReviewWorkflow workflow;

    @Autowired
    ReviewViews views;

    @Autowired
    PublishingRights rights;

    @Autowired
    Revisions revisions;

    @Autowired
    CityRepository cities;

    @Autowired
    JdbcTemplate jdbc;

    RevisionSubject bergen;
    int draft;

    @BeforeEach
    void bergen() {
        bergen = new RevisionSubject("CITY", cities.findBySlug("bergen").orElseThrow().getId().toString());
        draft = revisions.latest(bergen).map(Revision::getNumber).orElseThrow();
        rights.setFourEyes(true, "admin");
    }

    /** Runs the same step in several threads released at once; answers what each did or threw. */
    private static List<Object> atOnce(int threads, Callable<Object> step) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Object>> outcomes = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            outcomes.add(pool.submit(() -> {
                start.await();
                try {
                    return step.call();
                } catch (RuntimeException refused) {
                    return refused;
                }
            }));
        }
        start.countDown();
        List<Object> results = new ArrayList<>();
        for (Future<Object> outcome : outcomes) {
            results.add(outcome.get(30, TimeUnit.SECONDS));
        }
        pool.shutdown();
        return results;
    }

    @Test
    void aSubjectWaitsOnceHoweverManySendItAtTheSameMoment() throws Exception {
        List<Object> outcomes = atOnce(4, () -> workflow.submit(bergen, draft, "Samtidig", EVA));

        assertThat(outcomes).filteredOn(Long.class::isInstance).hasSize(1);
        assertThat(outcomes).filteredOn(RuntimeException.class::isInstance).hasSize(3)
                .allMatch(refused -> refused instanceof ReviewRefusedException
                        || refused instanceof DataIntegrityViolationException);
        assertThat(jdbc.queryForObject("select count(*) from review where state = 'PENDING'", Integer.class))
                .isEqualTo(1);

        ReviewViews.Item item = views.queue().get(0);
        assertThat(item.submittedBy()).isEqualTo("eva");
        assertThat(item.comment()).isEqualTo("Samtidig");
        assertThat(item.revision()).isEqualTo(draft);
        assertThat(item.draftChanged()).isFalse();
        assertThat(item.comparePath()).isEqualTo(item.subject().formPath() + "/compare?from="
                + revisions.published(bergen).orElseThrow().getNumber() + "&to=" + draft);
        assertThat(views.waitingKeys("CITY")).containsExactly(bergen.key());
        assertThat(views.panel("CITY", bergen.key()).waiting().id()).isEqualTo(item.id());
    }

    @Test
    void aSubmissionIsDecidedOnceWhenTwoPublishersDecideAtOnce() throws Exception {
        long id = workflow.submit(bergen, draft, null, EVA);
        Integer publishedBefore = revisions.published(bergen).map(Revision::getNumber).orElse(null);
        AtomicInteger turn = new AtomicInteger();

        List<Object> outcomes = atOnce(2, () -> turn.getAndIncrement() == 0
                ? workflow.approve(id, PIA) : workflow.reject(id, "Nej tak", PER));

        assertThat(outcomes).filteredOn(RevisionSubject.class::isInstance).hasSize(1);
        assertThat(outcomes).filteredOn(RuntimeException.class::isInstance).singleElement()
                .matches(refused -> refused instanceof ObjectOptimisticLockingFailureException
                        || refused instanceof ReviewRefusedException, "refused as decided meanwhile");
        assertThat(jdbc.queryForList("select state from review", String.class)).singleElement()
                .isIn("APPROVED", "REJECTED");
        assertThat(views.queue()).isEmpty();
        assertThat(views.steps("CITY", bergen.key())).hasSize(2);
        boolean approved = "APPROVED".equals(jdbc.queryForObject("select state from review", String.class));
        assertThat(revisions.published(bergen).map(Revision::getNumber).orElse(null)).as("published only when approved")
                .isEqualTo(approved ? Integer.valueOf(draft + 1) : publishedBefore);
        assertThat(views.panel("CITY", bergen.key()).rejection() != null).isEqualTo(!approved);
    }
}
