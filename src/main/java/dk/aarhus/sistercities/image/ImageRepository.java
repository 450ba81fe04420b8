package dk.aarhus.sistercities.image;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ImageRepository extends JpaRepository<Image, Long> {

    @EntityGraph(attributePaths = "renditions")
    @Query("select i from Image i where i.id in :ids")
    List<Image> findWithRenditions(Collection<Long> ids);

    @EntityGraph(attributePaths = "renditions")
    @Query("select i from Image i order by i.id desc")
    List<Image> findAllNewestFirst();

    Optional<Image> findByOriginal(String original);
}
