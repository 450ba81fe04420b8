package dk.aarhus.sistercities.city;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A city's texts in one language. Description is Markdown. */
@Embeddable
public record CityText(
        @Column(nullable = false, length = 100) String name,
        @Column(nullable = false, length = 100) String country,
        @Column(length = 150) String region,
        @Column(nullable = false, length = 300) String summary,
        @Column(nullable = false, length = 20000) String description,
        @Column(name = "status_reason", length = 500) String statusReason) {
}
