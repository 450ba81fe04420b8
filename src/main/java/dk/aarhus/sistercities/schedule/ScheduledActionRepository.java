package dk.aarhus.sistercities.schedule;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ScheduledActionRepository extends JpaRepository<ScheduledAction, Long> {

    @Query("select a.id from ScheduledAction a where a.doneAt is null and a.cancelledAt is null and a.dueAt <= ?1"
            + " order by a.dueAt, a.id")
    List<Long> dueIds(Instant now, Limit limit);

    /**
     * Claims an action for this instance: only one transaction can move {@code doneAt} from null, the others
     * update nothing (on PostgreSQL they wait for the first to commit, then find it done).
     */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update ScheduledAction a set a.doneAt = ?2, a.outcome = ?3 where a.id = ?1 and a.doneAt is null"
            + " and a.cancelledAt is null")
    int claim(long id, Instant now, ScheduledAction.Outcome outcome);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update ScheduledAction a set a.cancelledAt = ?2, a.cancelledBy = ?3 where a.id = ?1"
            + " and a.doneAt is null and a.cancelledAt is null")
    int cancel(long id, Instant now, String author);

    List<ScheduledAction> findBySubjectKindAndSubjectKeyOrderByDueAtDescIdDesc(String kind, String key, Limit limit);

    List<ScheduledAction> findBySubjectKindAndDoneAtIsNullAndCancelledAtIsNullOrderByDueAt(String kind);

    List<ScheduledAction> findBySubjectKindAndSubjectKeyAndDoneAtIsNullAndCancelledAtIsNull(String kind, String key);
}
