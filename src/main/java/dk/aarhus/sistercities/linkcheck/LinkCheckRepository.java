package dk.aarhus.sistercities.linkcheck;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface LinkCheckRepository extends JpaRepository<LinkCheck, Long> {

    /** When the latest round ended: its last check. */
    @Query("select max(c.checkedAt) from LinkCheck c")
    Optional<Instant> lastChecked();
}
