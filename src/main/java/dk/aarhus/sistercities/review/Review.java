package dk.aarhus.sistercities.review;

import dk.aarhus.sistercities.revision.RevisionSubject;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * One submission of a draft for review: which revision of which subject, who sent it, when and why, and how it
 * was decided. While it waits, {@code waitingSubject} holds its subject, unique in the table: a subject has at
 * most one waiting submission, even when two editors send it at once.
 */
@Entity
@Table(name = "review")
class Review {

    static final int COMMENT_MAX = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "subject_kind", nullable = false, length = 20)
    private String subjectKind;

    @Column(name = "subject_key", nullable = false, length = 100)
    private String subjectKey;

    @Column(name = "revision_number", nullable = false)
    private int revisionNumber;

    @Column(name = "waiting_subject", length = 121, unique = true)
    private String waitingSubject;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ReviewState state;

    @Column(name = "submitted_by", nullable = false, length = 100)
    private String submittedBy;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @Column(name = "submit_comment", length = COMMENT_MAX)
    private String submitComment;

    @Column(name = "decided_by", length = 100)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decision_comment", length = COMMENT_MAX)
    private String decisionComment;

    @Version
    private long version;

    protected Review() {
    }

    Review(RevisionSubject subject, int revisionNumber, String submittedBy, Instant submittedAt, String comment) {
        this.subjectKind = subject.kind();
        this.subjectKey = subject.key();
        this.revisionNumber = revisionNumber;
        this.waitingSubject = waiting(subject);
        this.state = ReviewState.PENDING;
        this.submittedBy = submittedBy;
        this.submittedAt = submittedAt;
        this.submitComment = comment;
    }

    static String waiting(RevisionSubject subject) {
        return subject.kind() + "/" + subject.key();
    }

    void decide(ReviewState decision, String by, Instant at, String comment) {
        this.state = decision;
        this.decidedBy = by;
        this.decidedAt = at;
        this.decisionComment = comment;
        this.waitingSubject = null;
    }

    Long getId() {
        return id;
    }

    RevisionSubject getSubject() {
        return new RevisionSubject(subjectKind, subjectKey);
    }

    int getRevisionNumber() {
        return revisionNumber;
    }

    ReviewState getState() {
        return state;
    }

    String getSubmittedBy() {
        return submittedBy;
    }

    Instant getSubmittedAt() {
        return submittedAt;
    }

    String getSubmitComment() {
        return submitComment;
    }

    String getDecidedBy() {
        return decidedBy;
    }

    Instant getDecidedAt() {
        return decidedAt;
    }

    String getDecisionComment() {
        return decisionComment;
    }
}
