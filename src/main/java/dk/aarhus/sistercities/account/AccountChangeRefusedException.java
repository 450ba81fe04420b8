package dk.aarhus.sistercities.account;

/** An account change the rules do not allow, such as disabling oneself; the message key says which rule. */
class AccountChangeRefusedException extends RuntimeException {

    private final String messageKey;

    AccountChangeRefusedException(String messageKey) {
        super(messageKey, null, false, false);
        this.messageKey = messageKey;
    }

    String messageKey() {
        return messageKey;
    }
}
