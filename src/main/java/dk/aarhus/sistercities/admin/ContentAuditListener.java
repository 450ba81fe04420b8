package dk.aarhus.sistercities.admin;

import dk.aarhus.sistercities.account.AuditEvent;
import dk.aarhus.sistercities.account.AuditLog;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Writes every change to what citizens see into the audit log, in the same transaction as the change. */
@Component
class ContentAuditListener {

    private final AuditLog audit;

    ContentAuditListener(AuditLog audit) {
        this.audit = audit;
    }

    @EventListener
    void on(ContentChanged change) {
        audit.record(AuditEvent.valueOf(change.action()), change.actor(), change.detail());
    }
}
