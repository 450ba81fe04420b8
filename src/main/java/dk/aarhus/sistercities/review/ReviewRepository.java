package dk.aarhus.sistercities.review;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReviewRepository extends JpaRepository<Review, Long> {

    /** The queue: what waits, oldest first. */
    List<Review> findByStateOrderBySubmittedAtAscIdAsc(ReviewState state);

    Optional<Review> findByWaitingSubject(String waitingSubject);

    /** A subject's submissions, newest first. */
    List<Review> findBySubjectKindAndSubjectKeyOrderByIdDesc(String kind, String key);

    Optional<Review> findFirstBySubjectKindAndSubjectKeyOrderByIdDesc(String kind, String key);

    List<Review> findBySubjectKindAndState(String kind, ReviewState state);
}
