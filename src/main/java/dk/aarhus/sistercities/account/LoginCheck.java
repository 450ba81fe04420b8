package dk.aarhus.sistercities.account;

import java.time.Duration;
import java.util.Optional;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/**
 * A login's first step, before and after the password check:
 * <ol>
 * <li>A browser that has logged in to the account before goes straight to the password. Anyone else is
 * held back while {@link LoginThrottle} says to wait, without any password check, unless they typed a right
 * code of the account's authenticator app: then the password is checked (and nothing is told apart for an
 * unknown name, a wrong code or a wrong password: the same answer, and no password check for any). After a
 * few wrong codes no code is looked at while waiting ({@link LoginThrottle#codesCheckedWhileWaiting}).</li>
 * <li>After a right password: an account with a second factor asks for its code next (or has it already),
 * an account that must have one and has none is sent to set it up ({@link LoginStep}).</li>
 * </ol>
 */
final class LoginCheck implements AuthenticationProvider {

    private final AuthenticationProvider passwordCheck;
    private final LoginThrottle throttle;
    private final KnownDevices devices;
    private final SecondFactor secondFactor;
    private final SecondFactorPolicy policy;

    LoginCheck(AuthenticationProvider passwordCheck, LoginThrottle throttle, KnownDevices devices,
            SecondFactor secondFactor, SecondFactorPolicy policy) {
        this.passwordCheck = passwordCheck;
        this.throttle = throttle;
        this.devices = devices;
        this.secondFactor = secondFactor;
        this.policy = policy;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String username = Account.normalizeUsername(authentication.getName());
        LoginDetails details = authentication.getDetails() instanceof LoginDetails d ? d : null;
        String code = details == null ? null : details.code();
        String token = details == null ? null : details.deviceToken();
        String address = details == null ? null : details.getRemoteAddress();
        boolean knownDevice = token != null && devices.recognises(username, token);
        boolean codeTaken = false;
        if (!knownDevice) {
            Optional<Duration> wait = throttle.waitBeforeNextAttempt(username, address);
            if (wait.isPresent()) {
                // After a few wrong codes no code is looked at either: a guesser with the password gets no further.
                if (code == null || !throttle.codesCheckedWhileWaiting(username, address)) {
                    throw new LoginThrottledException(wait.get());
                }
                if (!secondFactor.takeCode(username, code)) {
                    throw new WrongCodeWhileWaitingException(wait.get());
                }
                codeTaken = true;
            }
        }
        Authentication checked;
        try {
            checked = passwordCheck.authenticate(authentication);
        } catch (AuthenticationException failed) {
            if (knownDevice) {
                devices.failed(token);
            }
            throw failed;
        }
        AccountUser user = (AccountUser) checked.getPrincipal();
        if (user.secondFactor()) {
            if (codeTaken) {
                return whole(user);
            }
            if (code == null || !throttle.codesCheckedAfterPassword(username, address)) {
                // No code, or no more codes looked at for now: the code page asks for one, or says why not.
                return LoginStep.CODE.of(user);
            }
            if (secondFactor.takeCode(username, code)) {
                return whole(user);
            }
            throw new WrongCodeException();
        }
        if (code != null) {
            // A code for an account without a second factor: as wrong as a wrong password.
            throw new BadCredentialsException("No second factor to take a code");
        }
        return policy.requiredFor(user.role()) ? LoginStep.ENROLMENT.of(user) : whole(user);
    }

    static Authentication whole(AccountUser user) {
        return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return passwordCheck.supports(authentication);
    }
}
