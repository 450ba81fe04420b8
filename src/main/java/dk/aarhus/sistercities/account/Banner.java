package dk.aarhus.sistercities.account;

import java.io.Serializable;

/**
 * A message shown once on the page after a redirect (a flash attribute).
 *
 * @param messageKey the text, from the message bundles
 * @param name       the account it is about, filled into the text
 * @param warning    a refusal rather than a success
 */
record Banner(String messageKey, String name, boolean warning) implements Serializable {

    static Banner success(String messageKey, String name) {
        return new Banner(messageKey, name, false);
    }

    static Banner warning(String messageKey, String name) {
        return new Banner(messageKey, name, true);
    }
}
