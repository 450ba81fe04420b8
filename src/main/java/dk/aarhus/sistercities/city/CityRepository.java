package dk.aarhus.sistercities.city;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CityRepository extends JpaRepository<City, Long> {

    /** Every published city with its texts and type; results load in one batch when touched. */
    @Query("select distinct c from City c join fetch c.texts join fetch c.type where c.published = true order by c.sortOrder, c.slug")
    List<City> findAllPublished();

    /** When each published city's public version was published: pairs of city id and time, in one query. */
    @Query("select c.id, r.createdAt from City c, Revision r where c.published = true"
            + " and r.subjectKind = '" + CityHistory.KIND + "' and r.subjectKey = cast(c.id as String)"
            + " and r.number = c.publishedRevision")
    List<Object[]> publishedTimes();

    @EntityGraph(attributePaths = {"texts", "type"})
    Optional<City> findBySlugAndPublishedTrue(String slug);

    Optional<City> findBySlug(String slug);
}
