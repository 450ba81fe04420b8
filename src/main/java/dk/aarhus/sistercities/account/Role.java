package dk.aarhus.sistercities.account;

/**
 * What an account may do: editors change all content and send drafts for review; publishers also publish,
 * take off the site, approve and reject; administrators may do all that and manage accounts. Whether an
 * editor may publish too depends on the four-eyes setting (module {@code review}).
 */
public enum Role {
    EDITOR, PUBLISHER, ADMIN;

    /** Whether the role may publish whatever the four-eyes setting says. */
    public boolean publishes() {
        return this != EDITOR;
    }

    /** The authority Spring Security checks with {@code hasRole}. */
    String authority() {
        return "ROLE_" + name();
    }
}
