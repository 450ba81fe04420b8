package dk.aarhus.sistercities.account;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A new password, typed twice: an administrator's reset, and the base of the other password forms.
 * The rules beyond length are {@link PasswordPolicy#check}'s. Passwords are never shown back.
 * Error messages are in i18n/account_*.properties under the constraint and field name, e.g.
 * {@code Size.password}, which come before the site's catch-all {@code Size}.
 */
class PasswordForm {

    @NotNull
    @Size(min = PasswordPolicy.MIN_LENGTH, max = PasswordPolicy.MAX_LENGTH)
    private String password;

    @NotNull
    @Size(max = PasswordPolicy.MAX_LENGTH)
    private String passwordAgain;

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getPasswordAgain() {
        return passwordAgain;
    }

    public void setPasswordAgain(String passwordAgain) {
        this.passwordAgain = passwordAgain;
    }
}
