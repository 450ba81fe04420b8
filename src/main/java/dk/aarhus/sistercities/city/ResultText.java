package dk.aarhus.sistercities.city;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A result's title and short text in one language. */
@Embeddable
public record ResultText(
        @Column(nullable = false, length = 150) String title,
        @Column(nullable = false, length = 2000) String body) {
}
