package dk.aarhus.sistercities.content;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface SiteTextRepository extends JpaRepository<SiteText, String> {

    @Query("select distinct t from SiteText t left join fetch t.bodies")
    List<SiteText> findAllWithBodies();
}
