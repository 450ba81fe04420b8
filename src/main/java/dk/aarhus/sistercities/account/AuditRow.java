package dk.aarhus.sistercities.account;

import java.time.ZonedDateTime;

/** A line of the audit log as the page shows it. */
record AuditRow(ZonedDateTime occurredAt, AuditEvent event, String actor, String remoteAddress, String detail) {

    static AuditRow of(AuditEntry entry) {
        return new AuditRow(entry.getOccurredAt().atZone(AccountRow.AARHUS), entry.getEvent(), entry.getActor(),
                entry.getRemoteAddress(), entry.getDetail());
    }
}
