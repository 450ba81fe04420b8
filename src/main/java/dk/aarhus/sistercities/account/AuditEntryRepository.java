package dk.aarhus.sistercities.account;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AuditEntryRepository extends JpaRepository<AuditEntry, Long> {

    /** Newest first; a slice, so a page costs no count over the whole log. */
    Slice<AuditEntry> findAllByOrderByIdDesc(Pageable pageable);

    @Query("""
            select e.occurredAt from AuditEntry e
            where e.event = :event and e.actor = :actor and e.occurredAt > :since
            order by e.occurredAt desc""")
    List<Instant> timesByActor(AuditEvent event, String actor, Instant since, Limit limit);

    @Query("""
            select e.occurredAt from AuditEntry e
            where e.event in :events and e.actor = :actor and e.occurredAt > :since
            order by e.occurredAt desc""")
    List<Instant> timesOfAnyByActor(Collection<AuditEvent> events, String actor, Instant since, Limit limit);

    @Query("""
            select e.occurredAt from AuditEntry e
            where e.event in :events and e.remoteAddress = :address and e.occurredAt > :since
            order by e.occurredAt desc""")
    List<Instant> timesOfAnyByAddress(Collection<AuditEvent> events, String address, Instant since, Limit limit);
}
