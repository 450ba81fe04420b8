package dk.aarhus.sistercities.account;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The first administrator, created at start when none exists; ignored once one does. Set as
 * {@code SISTERCITIES_ADMIN_USERNAME} and {@code SISTERCITIES_ADMIN_PASSWORD} in the environment.
 *
 * @param username the administrator's user name; {@code admin} when not set
 * @param password the administrator's password; when not set, a local instance generates one and a
 *                 {@code prod} instance refuses to start
 */
@ConfigurationProperties("sistercities.admin")
record AdminProperties(String username, String password) {

    boolean hasPassword() {
        return password != null && !password.isBlank();
    }

    String usernameOrDefault() {
        return username == null || username.isBlank() ? "admin" : username.strip();
    }

    /** Never shows the password, should the properties end up in a log. */
    @Override
    public String toString() {
        return "AdminProperties[username=" + username + ", password=" + (hasPassword() ? "(set)" : "(not set)") + "]";
    }
}
