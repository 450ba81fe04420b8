package dk.aarhus.sistercities.account;

/** What an account may do: editors change all content; administrators also manage accounts. */
public enum Role {
    EDITOR, ADMIN;

    /** The authority Spring Security checks with {@code hasRole}. */
    String authority() {
        return "ROLE_" + name();
    }
}
