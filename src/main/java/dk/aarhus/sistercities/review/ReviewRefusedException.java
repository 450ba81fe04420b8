package dk.aarhus.sistercities.review;

/** A review step that may not be taken, with the message that says why (a key of the message bundles). */
public final class ReviewRefusedException extends RuntimeException {

    private final String messageKey;

    /** For a kind whose publish is refused: say why with a key of the message bundles. */
    public static ReviewRefusedException because(String messageKey) {
        return new ReviewRefusedException(messageKey);
    }

    ReviewRefusedException(String messageKey) {
        super(messageKey, null, false, false);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
