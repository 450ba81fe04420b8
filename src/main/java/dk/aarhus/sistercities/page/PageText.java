package dk.aarhus.sistercities.page;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A page's address, title and Markdown text in one language. */
@Embeddable
record PageText(
        @Column(nullable = false, length = 60) String slug,
        @Column(nullable = false, length = 150) String title,
        @Column(nullable = false, length = 20000) String body) {
}
