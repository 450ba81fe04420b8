package dk.aarhus.sistercities.account;

import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/**
 * Published, like Spring Security's other failure events, when a login is refused by {@link LoginThrottle}.
 * Public, as Spring Security creates it by reflection.
 */
public class LoginThrottledEvent extends AbstractAuthenticationFailureEvent {

    public LoginThrottledEvent(Authentication authentication, AuthenticationException exception) {
        super(authentication, exception);
    }
}
