package dk.aarhus.sistercities.account;

import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Records who did what, for administrators to read under {@code /admin/audit}. Inside a
 * transaction the entry is part of it: a change that is rolled back leaves no line behind.
 */
@Service
public class AuditLog {

    private final AuditEntryRepository entries;
    private final Clock clock;

    AuditLog(AuditEntryRepository entries, Clock clock) {
        this.entries = entries;
        this.clock = clock;
    }

    /**
     * @param actor  the user name of whoever acted (as typed, for a failed login); trimmed, at most 100 characters kept
     * @param detail what it was done to, e.g. a city's slug; at most 500 characters kept; may be null
     */
    @Transactional
    public void record(AuditEvent event, String actor, String detail) {
        entries.save(new AuditEntry(clock.instant(), event, actor, currentRemoteAddress(), detail));
    }

    private static String currentRemoteAddress() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest().getRemoteAddr()
                : null;
    }
}
