package dk.aarhus.sistercities.account;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;

interface AccountRepository extends JpaRepository<Account, Long> {

    Optional<Account> findByUsername(String username);

    boolean existsByUsername(String username);

    boolean existsByRole(Role role);

    List<Account> findAllByOrderByUsername();

    /** Locks the enabled administrators, so two of them cannot disable each other at the same moment. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    List<Account> findByRoleAndEnabledTrue(Role role);
}
