package dk.aarhus.sistercities.page;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PageRepository extends JpaRepository<Page, Long> {

    /** Every published page with its texts, in one statement: what the public side keeps in memory. */
    @Query("select distinct p from Page p left join fetch p.texts order by p.key")
    List<Page> findAllWithTexts();

    Optional<Page> findByKey(String key);
}
