package dk.aarhus.sistercities.city;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CityRevisionRepository extends JpaRepository<CityRevision, Long> {

    Optional<CityRevision> findByCityIdAndNumber(Long cityId, int number);

    List<CityRevision> findByCityIdOrderByNumberDesc(Long cityId);

    /** The revisions made after a given one, oldest first: what others did meanwhile. */
    List<CityRevision> findByCityIdAndNumberGreaterThanOrderByNumber(Long cityId, int number);

    /** The newest revisions of one kind across all cities, e.g. the latest publications for the feed. */
    List<CityRevision> findTop30ByActionOrderByCreatedAtDesc(RevisionAction action);

    /** When a city's published revision was published (null for a city without one). */
    @Query("select r.createdAt from CityRevision r where r.cityId = ?1 and r.number = ?2")
    Instant publishedAt(Long cityId, Integer number);

    @Query("select r from CityRevision r where r.number = (select max(x.number) from CityRevision x where x.cityId = r.cityId)")
    List<CityRevision> findLatestOfEveryCity();
}
