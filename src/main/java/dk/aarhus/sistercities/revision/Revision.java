package dk.aarhus.sistercities.revision;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One step in a subject's history: who did what, when, and the whole subject as it was then (JSON). */
@Entity
@Table(name = "revision")
public class Revision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "subject_kind", nullable = false, length = 20)
    private String subjectKind;

    @Column(name = "subject_key", nullable = false, length = 100)
    private String subjectKey;

    @Column(nullable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private RevisionAction action;

    @Column(nullable = false, length = 1_000_000)
    private String content;

    @Column(nullable = false, length = 100)
    private String author;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** For a RESTORED revision, the number of the revision it brought back; else null. */
    @Column(name = "restored_from")
    private Integer restoredFrom;

    protected Revision() {
    }

    Revision(RevisionSubject subject, int number, RevisionAction action, String content, String author,
            Instant createdAt) {
        this(subject, number, action, content, author, createdAt, null);
    }

    Revision(RevisionSubject subject, int number, RevisionAction action, String content, String author,
            Instant createdAt, Integer restoredFrom) {
        this.restoredFrom = restoredFrom;
        this.subjectKind = subject.kind();
        this.subjectKey = subject.key();
        this.number = number;
        this.action = action;
        this.content = content;
        this.author = author;
        this.createdAt = createdAt;
    }

    public RevisionSubject getSubject() {
        return new RevisionSubject(subjectKind, subjectKey);
    }

    public int getNumber() {
        return number;
    }

    public RevisionAction getAction() {
        return action;
    }

    /** The subject as it was, as JSON in the shape its module wrote it then. */
    public String getContent() {
        return content;
    }

    public String getAuthor() {
        return author;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    /** The revision a restore brought back, or null (any other action, or a restore older than this record). */
    public Integer getRestoredFrom() {
        return restoredFrom;
    }
}
