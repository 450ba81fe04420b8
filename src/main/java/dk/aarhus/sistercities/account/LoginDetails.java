package dk.aarhus.sistercities.account;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.authentication.AuthenticationDetailsSource;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * What a login form's POST brings besides user name and password: the client's address (for the throttle),
 * the code of an authenticator app if one was typed (the throttled login page asks for it), and the token of
 * a browser that has logged in before ({@link KnownDevices}).
 */
final class LoginDetails extends WebAuthenticationDetails {

    private static final long serialVersionUID = 1L;
    static final int CODE_MAX = 20;

    /** Not kept with the login in the session: both are needed only while the login form's POST is checked. */
    private final transient String code;
    private final transient String deviceToken;

    private LoginDetails(HttpServletRequest request) {
        super(request);
        String typed = request.getParameter("code");
        this.code = typed == null || typed.isBlank() || typed.length() > CODE_MAX ? null : typed.strip();
        this.deviceToken = KnownDevices.token(request);
    }

    String code() {
        return code;
    }

    String deviceToken() {
        return deviceToken;
    }

    static AuthenticationDetailsSource<HttpServletRequest, LoginDetails> source() {
        return LoginDetails::new;
    }
}
