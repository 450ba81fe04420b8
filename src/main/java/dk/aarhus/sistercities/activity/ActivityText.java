package dk.aarhus.sistercities.activity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** An activity's words in one language: title, place and its Markdown text. */
@Embeddable
public record ActivityText(
        @Column(nullable = false, length = 200) String title,
        @Column(length = 200) String place,
        @Column(length = 10_000) String body) {
}
