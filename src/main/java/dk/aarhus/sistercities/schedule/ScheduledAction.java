package dk.aarhus.sistercities.schedule;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One scheduled step for a subject of the revision store: publish the revision the editor saw, or take the
 * subject off the site, at a moment. Done (with its outcome) or cancelled once; never both.
 */
@Entity
@Table(name = "scheduled_action")
public class ScheduledAction {

    /** What is to happen at the due time. */
    public enum Kind { PUBLISH, UNPUBLISH }

    /**
     * What happened: done, or refused because the scheduled revision was no longer the draft, the subject was
     * not on the site (to take off) or not publishable (a missing source, a taken address), was gone, or
     * anything else went wrong.
     */
    public enum Outcome { DONE, STALE, NOT_LIVE, NOT_PUBLISHABLE, NOT_ALLOWED, GONE, FAILED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "subject_kind", nullable = false, length = 20)
    private String subjectKind;

    @Column(name = "subject_key", nullable = false, length = 100)
    private String subjectKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Kind action;

    @Column(nullable = false)
    private int revision;

    @Column(name = "due_at", nullable = false)
    private Instant dueAt;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "done_at")
    private Instant doneAt;

    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private Outcome outcome;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @Column(name = "cancelled_by", length = 100)
    private String cancelledBy;

    protected ScheduledAction() {
    }

    ScheduledAction(String subjectKind, String subjectKey, Kind action, int revision, Instant dueAt,
            String createdBy, Instant createdAt) {
        this.subjectKind = subjectKind;
        this.subjectKey = subjectKey;
        this.action = action;
        this.revision = revision;
        this.dueAt = dueAt;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public String getSubjectKind() {
        return subjectKind;
    }

    public String getSubjectKey() {
        return subjectKey;
    }

    public Kind getAction() {
        return action;
    }

    /** For a publish: the revision that is published. For a take-off: the draft when it was scheduled. */
    public int getRevision() {
        return revision;
    }

    public Instant getDueAt() {
        return dueAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getDoneAt() {
        return doneAt;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public Instant getCancelledAt() {
        return cancelledAt;
    }

    public String getCancelledBy() {
        return cancelledBy;
    }

    /** Neither carried out nor cancelled yet. */
    public boolean isPending() {
        return doneAt == null && cancelledAt == null;
    }
}
