package dk.aarhus.sistercities.account;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface AccountRepository extends JpaRepository<Account, Long> {

    Optional<Account> findByUsername(String username);

    boolean existsByUsername(String username);

    boolean existsByRole(Role role);

    List<Account> findAllByOrderByUsername();

    /** Locks the enabled administrators, so two of them cannot disable each other at the same moment. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    List<Account> findByRoleAndEnabledTrue(Role role);

    /**
     * Takes an authenticator code's step, if no later or equal one was taken: 1 when it was, 0 when another
     * request took it first (a double-clicked button). Conditional, so the loser is told, not failed.
     */
    @Modifying
    @Query("""
            update Account a set a.totpLastStep = :step
            where a.id = :id and a.totpSecret is not null and (a.totpLastStep is null or a.totpLastStep < :step)""")
    int takeStep(Long id, long step);
}
