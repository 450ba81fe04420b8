package dk.aarhus.sistercities.account;

import java.time.Instant;
import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * The signed-in account as Spring Security keeps it in the session: no password once logged in,
 * plus what the editor layout shows and what tells a session from before a password change.
 */
final class AccountUser extends User {

    private static final long serialVersionUID = 1L;

    private final String displayName;
    private final Role role;
    private final Instant passwordChangedAt;
    private final boolean secondFactor;

    AccountUser(Account account) {
        super(account.getUsername(), account.getPasswordHash(), account.isEnabled(), true, true, true,
                List.of(new SimpleGrantedAuthority(account.getRole().authority())));
        this.displayName = account.getDisplayName();
        this.role = account.getRole();
        this.passwordChangedAt = account.getPasswordChangedAt();
        this.secondFactor = account.hasSecondFactor();
    }

    /** Whether the account logs in with an authenticator app's code after its password. */
    boolean secondFactor() {
        return secondFactor;
    }

    String displayName() {
        return displayName;
    }

    Role role() {
        return role;
    }

    Instant passwordChangedAt() {
        return passwordChangedAt;
    }
}
