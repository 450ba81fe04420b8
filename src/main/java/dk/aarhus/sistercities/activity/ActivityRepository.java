package dk.aarhus.sistercities.activity;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ActivityRepository extends JpaRepository<Activity, Long> {

    Optional<Activity> findByKey(String key);

    /** Every published activity with its texts and cities, in one statement (a few rows each: two languages, a city or two). */
    @Query("select distinct a from Activity a left join fetch a.texts left join fetch a.cities")
    List<Activity> findAllWithTexts();
}
