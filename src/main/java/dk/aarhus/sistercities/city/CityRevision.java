package dk.aarhus.sistercities.city;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One step in a city's history: who did what, when, and the whole city as it was then (JSON). */
@Entity
@Table(name = "city_revision")
public class CityRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "city_id", nullable = false)
    private Long cityId;

    @Column(nullable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private RevisionAction action;

    @Column(nullable = false, length = 1_000_000)
    private String snapshot;

    @Column(nullable = false, length = 100)
    private String author;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected CityRevision() {
    }

    CityRevision(Long cityId, int number, RevisionAction action, String snapshot, String author, Instant createdAt) {
        this.cityId = cityId;
        this.number = number;
        this.action = action;
        this.snapshot = snapshot;
        this.author = author;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public Long getCityId() {
        return cityId;
    }

    public int getNumber() {
        return number;
    }

    public RevisionAction getAction() {
        return action;
    }

    String getSnapshot() {
        return snapshot;
    }

    public String getAuthor() {
        return author;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
