package dk.aarhus.sistercities.image;

/**
 * A place an image is shown: a {@code kind} of content, {@code what} names it for editors (a city's name),
 * {@code adminPath} is its form; {@code draftOnly} when only an unpublished draft uses it.
 */
public record ImageUse(Kind kind, String what, String adminPath, boolean draftOnly) {

    /** What an image can be shown on; a city and an activity can share a name, so editors are told which. */
    public enum Kind {
        CITY, ACTIVITY, PAGE
    }
}
