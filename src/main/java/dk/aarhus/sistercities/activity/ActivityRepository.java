package dk.aarhus.sistercities.activity;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ActivityRepository extends JpaRepository<Activity, Long> {

    Optional<Activity> findByKey(String key);

    /** Every published activity with its texts in one statement; their cities follow in batches. */
    @Query("select distinct a from Activity a left join fetch a.texts")
    List<Activity> findAllWithTexts();
}
