package dk.aarhus.sistercities.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Locale;

/** An administrator creates an account: who, what they may do, and a first password. */
class NewAccountForm extends PasswordForm {

    @NotNull
    @Size(min = Account.USERNAME_MIN, max = Account.USERNAME_MAX)
    @Pattern(regexp = Account.USERNAME_CHARACTERS)
    private String username = "";

    @NotBlank
    @Size(max = Account.DISPLAY_NAME_MAX)
    private String displayName = "";

    @NotNull
    private Role role;

    public String getUsername() {
        return username;
    }

    /** User names are lower case; "Anna " is taken to mean anna rather than refused. */
    public void setUsername(String username) {
        this.username = username == null ? null : username.strip().toLowerCase(Locale.ROOT);
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }
}
