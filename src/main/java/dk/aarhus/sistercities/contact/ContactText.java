package dk.aarhus.sistercities.contact;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A contact's words in one language: the unit's name, the person's role, the opening hours. */
@Embeddable
public record ContactText(
        @Column(nullable = false, length = 150) String unit,
        @Column(length = 100) String role,
        @Column(name = "opening_hours", length = 300) String hours) {
}
