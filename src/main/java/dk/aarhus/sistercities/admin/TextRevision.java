package dk.aarhus.sistercities.admin;

import dk.aarhus.sistercities.city.RevisionAction;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One step in the history of a partnership type's texts or of a site text; texts as JSON. */
@Entity
@Table(name = "text_revision")
public class TextRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "subject_kind", nullable = false, length = 20)
    private TextSubject.Kind kind;

    @Column(name = "subject_key", nullable = false, length = 100)
    private String key;

    @Column(nullable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private RevisionAction action;

    @Column(nullable = false, length = 1_000_000)
    private String texts;

    @Column(nullable = false, length = 100)
    private String author;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected TextRevision() {
    }

    TextRevision(TextSubject subject, int number, RevisionAction action, String texts, String author,
            Instant createdAt) {
        this.kind = subject.kind();
        this.key = subject.key();
        this.number = number;
        this.action = action;
        this.texts = texts;
        this.author = author;
        this.createdAt = createdAt;
    }

    public int getNumber() {
        return number;
    }

    public RevisionAction getAction() {
        return action;
    }

    String getTexts() {
        return texts;
    }

    public String getAuthor() {
        return author;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
