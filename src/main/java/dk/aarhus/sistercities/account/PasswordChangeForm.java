package dk.aarhus.sistercities.account;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

/** Someone changes their own password: the current one, then the new one twice. */
class PasswordChangeForm extends PasswordForm {

    /** Generous: whatever the rules were when it was set, it must be possible to type it. */
    static final int CURRENT_MAX = 100;

    @NotEmpty
    @Size(max = CURRENT_MAX)
    private String currentPassword;

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }
}
