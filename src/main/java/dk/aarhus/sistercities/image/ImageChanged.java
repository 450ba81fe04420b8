package dk.aarhus.sistercities.image;

import dk.aarhus.sistercities.content.PublishedContentChanged;

/** An image's texts or file changed, or it was deleted: pages that show it are drawn again. */
public record ImageChanged(String subject, String author) implements PublishedContentChanged {
}
