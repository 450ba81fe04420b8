package dk.aarhus.sistercities.account;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface KnownDeviceRepository extends JpaRepository<KnownDevice, Long> {

    Optional<KnownDevice> findByTokenHash(String tokenHash);

    @Modifying
    @Query("delete from KnownDevice d where d.createdAt < :before")
    int deleteCreatedBefore(Instant before);
}
