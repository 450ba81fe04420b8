package dk.aarhus.sistercities.account;

import dk.aarhus.sistercities.content.Language;
import dk.aarhus.sistercities.content.TypedText;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.regex.Pattern;

/** Someone who may log in to the editor's area. Never deleted, only disabled, so the audit log stays readable. */
@Entity
@Table(name = "account")
class Account {

    static final int USERNAME_MIN = 3;
    static final int USERNAME_MAX = 50;
    static final String USERNAME_CHARACTERS = "[a-z0-9._-]*";
    static final int DISPLAY_NAME_MAX = 100;
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{" + USERNAME_MIN + "," + USERNAME_MAX + "}");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = USERNAME_MAX)
    private String username;

    @Column(name = "display_name", nullable = false, length = DISPLAY_NAME_MAX)
    private String displayName;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Role role;

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "password_changed_at", nullable = false)
    private Instant passwordChangedAt;

    /** The language the admin is shown in for this editor: Danish unless they choose English. */
    @Column(name = "admin_language", nullable = false, length = 2)
    private String adminLanguage = Language.DEFAULT.code();

    /** The authenticator app's secret (Base32) while the second factor is on, else null. */
    @Column(name = "totp_secret", length = 64)
    private String totpSecret;

    @Column(name = "totp_enabled_at")
    private Instant totpEnabledAt;

    /** The newest time step whose code was taken: no code is taken twice. */
    @Column(name = "totp_last_step")
    private Long totpLastStep;

    @Version
    private long version;

    protected Account() {
    }

    Account(String username, String displayName, Role role, String passwordHash, Instant now) {
        if (!isValidUsername(username)) {
            throw new IllegalArgumentException("Not a valid user name: " + username);
        }
        this.username = username;
        this.displayName = displayName.strip();
        this.role = role;
        this.passwordHash = passwordHash;
        this.enabled = true;
        this.createdAt = stored(now);
        this.passwordChangedAt = stored(now);
    }

    static boolean isValidUsername(String username) {
        return username != null && USERNAME.matcher(username).matches();
    }

    /**
     * The user name a login form's input stands for: user names are lower case, so "Anna " is anna.
     * Also the key login throttling counts failures by, so it is cut to what the audit log keeps.
     */
    static String normalizeUsername(String typed) {
        String name = typed == null ? "" : TypedText.clean(typed).strip().toLowerCase(Locale.ROOT);
        return name.length() > AuditEntry.ACTOR_MAX ? name.substring(0, AuditEntry.ACTOR_MAX) : name;
    }

    void disable() {
        enabled = false;
    }

    void enable() {
        enabled = true;
    }

    void changeRole(Role role) {
        this.role = role;
    }

    void changePassword(String passwordHash, Instant now) {
        this.passwordHash = passwordHash;
        this.passwordChangedAt = stored(now);
    }

    boolean hasSecondFactor() {
        return totpSecret != null;
    }

    String totpSecret() {
        return totpSecret;
    }

    Instant totpEnabledAt() {
        return totpEnabledAt;
    }

    long totpLastStep() {
        return totpLastStep == null ? Long.MIN_VALUE : totpLastStep;
    }

    void turnOnSecondFactor(String secret, long usedStep, Instant now) {
        this.totpSecret = secret;
        this.totpEnabledAt = stored(now);
        this.totpLastStep = usedStep;
    }

    void turnOffSecondFactor() {
        this.totpSecret = null;
        this.totpEnabledAt = null;
        this.totpLastStep = null;
    }

    Language adminLanguage() {
        return Language.fromCode(adminLanguage).orElse(Language.DEFAULT);
    }

    void chooseAdminLanguage(Language language) {
        this.adminLanguage = language.code();
    }

    /** As precise as the database keeps it, so a session's copy of the moment equals the stored one. */
    private static Instant stored(Instant moment) {
        return moment.truncatedTo(ChronoUnit.MICROS);
    }

    boolean isAdmin() {
        return role == Role.ADMIN;
    }

    Long getId() {
        return id;
    }

    String getUsername() {
        return username;
    }

    String getDisplayName() {
        return displayName;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    Role getRole() {
        return role;
    }

    boolean isEnabled() {
        return enabled;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getPasswordChangedAt() {
        return passwordChangedAt;
    }

    long getVersion() {
        return version;
    }
}
