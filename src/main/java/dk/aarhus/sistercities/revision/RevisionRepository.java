package dk.aarhus.sistercities.revision;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface RevisionRepository extends JpaRepository<Revision, Long> {

    List<Revision> findBySubjectKindAndSubjectKeyOrderByNumberDesc(String kind, String key);

    List<Revision> findBySubjectKindAndSubjectKeyOrderByNumberDesc(String kind, String key, Limit limit);

    long countBySubjectKindAndSubjectKey(String kind, String key);

    Optional<Revision> findBySubjectKindAndSubjectKeyAndNumber(String kind, String key, int number);

    Optional<Revision> findFirstBySubjectKindAndSubjectKeyOrderByNumberDesc(String kind, String key);

    @Query("select max(r.number) from Revision r where r.subjectKind = ?1 and r.subjectKey = ?2")
    Optional<Integer> lastNumber(String kind, String key);

    /** The newest of the revisions with these actions. */
    Optional<Revision> findFirstBySubjectKindAndSubjectKeyAndActionInOrderByNumberDesc(String kind, String key,
            Collection<RevisionAction> actions);

    List<Revision> findBySubjectKindAndSubjectKeyAndNumberGreaterThanOrderByNumber(String kind, String key,
            int number);

    List<Revision> findTop30BySubjectKindAndActionOrderByCreatedAtDesc(String kind, RevisionAction action);

    @Query("select r from Revision r where r.subjectKind = ?1 and r.number = (select max(x.number) from Revision x"
            + " where x.subjectKind = r.subjectKind and x.subjectKey = r.subjectKey)")
    List<Revision> findLatestOfEvery(String kind);

    /** When the newest of the revisions with these actions was made, if it was one of {@code action}. */
    @Query("select r.createdAt from Revision r where r.subjectKind = ?1 and r.subjectKey = ?2 and r.action = ?3"
            + " and r.number = (select max(x.number) from Revision x where x.subjectKind = ?1"
            + " and x.subjectKey = ?2 and x.action in ?4)")
    Optional<Instant> createdAtIfNewestOf(String kind, String key, RevisionAction action,
            Collection<RevisionAction> actions);
}
