package dk.aarhus.sistercities.city;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A partnership type's name and introduction (Markdown) in one language. */
@Embeddable
public record PartnershipTypeText(
        @Column(nullable = false, length = 100) String name,
        @Column(nullable = false, length = 10000) String introduction) {
}
