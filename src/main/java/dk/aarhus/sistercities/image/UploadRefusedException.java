package dk.aarhus.sistercities.image;

/** An upload that is not stored, with the message key (and its arguments) that tells the editor why. */
public class UploadRefusedException extends Exception {

    private final String messageKey;
    private final transient Object[] arguments;

    UploadRefusedException(String messageKey, Object... arguments) {
        super(messageKey, null, false, false);
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
