package dk.aarhus.sistercities.account;

import dk.aarhus.sistercities.content.TypedText;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of the audit log. Written once, never changed. */
@Entity
@Table(name = "audit_log")
class AuditEntry {

    static final int ACTOR_MAX = 100;
    static final int REMOTE_ADDRESS_MAX = 100;
    static final int DETAIL_MAX = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private AuditEvent event;

    @Column(nullable = false, length = ACTOR_MAX)
    private String actor;

    @Column(name = "remote_address", length = REMOTE_ADDRESS_MAX)
    private String remoteAddress;

    @Column(length = DETAIL_MAX)
    private String detail;

    protected AuditEntry() {
    }

    AuditEntry(Instant occurredAt, AuditEvent event, String actor, String remoteAddress, String detail) {
        this.occurredAt = occurredAt;
        this.event = event;
        this.actor = fit(actor == null ? "" : actor.strip(), ACTOR_MAX);
        this.remoteAddress = fit(remoteAddress, REMOTE_ADDRESS_MAX);
        this.detail = fit(detail, DETAIL_MAX);
    }

    /**
     * Cuts what a client typed to the column's size, without control characters: a log line is never
     * refused for its length or its bytes.
     */
    private static String fit(String typed, int max) {
        String value = TypedText.clean(typed);
        if (value == null || value.length() <= max) {
            return value;
        }
        int end = Character.isHighSurrogate(value.charAt(max - 1)) ? max - 1 : max;
        return value.substring(0, end);
    }

    Long getId() {
        return id;
    }

    Instant getOccurredAt() {
        return occurredAt;
    }

    AuditEvent getEvent() {
        return event;
    }

    String getActor() {
        return actor;
    }

    String getRemoteAddress() {
        return remoteAddress;
    }

    String getDetail() {
        return detail;
    }
}
