package dk.aarhus.sistercities.account;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseCookie;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Browsers that have logged in to an account before. Such a browser carries a random token in the cookie
 * {@value #COOKIE} (HttpOnly, SameSite=Strict, only sent to {@code /login}, Secure over HTTPS), set after a
 * whole login and never on a public page; the database keeps its SHA-256, so the token can be taken back.
 * {@link LoginCheck} lets a known browser past the throttle that strangers' guesses cause, until it fails
 * {@value #MAX_FAILURES} times itself: then it is forgotten.
 */
@Service
@Transactional
class KnownDevices {

    static final String COOKIE = "DEVICE";
    static final Duration LIFETIME = Duration.ofDays(180);
    static final int MAX_FAILURES = 5;

    private final KnownDeviceRepository devices;
    private final AccountRepository accounts;
    private final Clock clock;
    private final boolean alwaysSecure;

    KnownDevices(KnownDeviceRepository devices, AccountRepository accounts, Clock clock,
            @Value("${server.servlet.session.cookie.secure:false}") boolean alwaysSecure) {
        this.devices = devices;
        this.accounts = accounts;
        this.clock = clock;
        this.alwaysSecure = alwaysSecure;
    }

    /** Whether the browser with this token has logged in to this user name's account, recently enough. */
    @Transactional(readOnly = true)
    boolean recognises(String username, String token) {
        return known(token).filter(device -> accounts.findById(device.accountId())
                .map(account -> account.getUsername().equals(username)).orElse(false)).isPresent();
    }

    /** A failed login from this browser: after a few it is a stranger again. */
    void failed(String token) {
        known(token).ifPresent(device -> {
            device.failed();
            if (device.failures() >= MAX_FAILURES) {
                devices.delete(device);
            }
        });
    }

    /**
     * Once a night: the rows of browsers past their lifetime, which are never recognised again (a private window
     * adds one at every login). Every instance may run it; the second finds nothing left.
     */
    @Scheduled(cron = "0 17 3 * * *")
    int forgetExpired() {
        return devices.deleteCreatedBefore(clock.instant().minus(LIFETIME));
    }

    /** After a whole login: the browser's cookie names this account from now on. */
    void loggedIn(String username, HttpServletRequest request, HttpServletResponse response) {
        Account account = accounts.findByUsername(username).orElseThrow();
        String token = token(request);
        Optional<KnownDevice> device = known(token).filter(d -> d.accountId().equals(account.getId()));
        if (device.isPresent()) {
            device.get().loggedIn(clock.instant());
            return;
        }
        token = Base64.getUrlEncoder().withoutPadding().encodeToString(Hashes.randomBytes(32));
        devices.save(new KnownDevice(account.getId(), Hashes.sha256(token), clock.instant()));
        response.addHeader("Set-Cookie", ResponseCookie.from(COOKIE, token).path("/login").httpOnly(true)
                .secure(alwaysSecure || request.isSecure()).sameSite("Strict").maxAge(LIFETIME).build().toString());
    }

    private Optional<KnownDevice> known(String token) {
        if (token == null || token.length() > 100) {
            return Optional.empty();
        }
        return devices.findByTokenHash(Hashes.sha256(token))
                .filter(device -> device.createdAt().plus(LIFETIME).isAfter(clock.instant()));
    }

    /** The token of the browser's cookie, if it sent one. */
    static String token(HttpServletRequest request) {
        if (request.getCookies() == null) {
            return null;
        }
        for (Cookie cookie : request.getCookies()) {
            if (COOKIE.equals(cookie.getName())) {
                return cookie.getValue();
            }
        }
        return null;
    }
}
