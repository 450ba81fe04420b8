package dk.aarhus.sistercities.city;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PartnershipTypeRepository extends JpaRepository<PartnershipType, Long> {

    @Query("select distinct t from PartnershipType t left join fetch t.texts order by t.sortOrder, t.code")
    List<PartnershipType> findAllWithTexts();

    @EntityGraph(attributePaths = "texts")
    Optional<PartnershipType> findByCode(String code);
}
