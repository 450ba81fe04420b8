package dk.aarhus.sistercities.account;

/**
 * A code typed in a login's second step or to set up or change the second factor: the authenticator app's
 * six digits, or a recovery code. Checked by {@link SecondFactor}; only bounded here.
 */
class CodeForm {

    private String code = "";
    private String recoveryCode = "";

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = bounded(code);
    }

    public String getRecoveryCode() {
        return recoveryCode;
    }

    public void setRecoveryCode(String recoveryCode) {
        this.recoveryCode = bounded(recoveryCode);
    }

    /** Longer than any code: not a code, and not kept. */
    private static String bounded(String typed) {
        return typed == null || typed.length() > LoginDetails.CODE_MAX ? "" : typed.strip();
    }
}
