package dk.aarhus.sistercities.account;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface RecoveryCodeRepository extends JpaRepository<RecoveryCode, Long> {

    List<RecoveryCode> findByAccountIdAndUsedAtIsNull(Long accountId);

    long countByAccountIdAndUsedAtIsNull(Long accountId);

    @Modifying
    @Query("delete from RecoveryCode c where c.accountId = :accountId")
    void deleteByAccount(Long accountId);

    /** Marks a code used, if it was not: 1 when this request used it, 0 when another one did first. */
    @Modifying
    @Query("update RecoveryCode c set c.usedAt = :now where c.id = :id and c.usedAt is null")
    int markUsed(Long id, Instant now);
}
