package dk.aarhus.sistercities.image;

/**
 * A place an image is shown: {@code what} names it for editors (a city's name), {@code adminPath} is its form;
 * {@code draftOnly} when only an unpublished draft uses it.
 */
public record ImageUse(String what, String adminPath, boolean draftOnly) {
}
