package dk.aarhus.sistercities.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A browser that logged in to an account, known by the SHA-256 of the token in its cookie. */
@Entity
@Table(name = "known_device")
class KnownDevice {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false)
    private Long accountId;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_used_at", nullable = false)
    private Instant lastUsedAt;

    /** Failed logins from this browser since its last success. */
    @Column(nullable = false)
    private int failures;

    protected KnownDevice() {
    }

    KnownDevice(Long accountId, String tokenHash, Instant now) {
        this.accountId = accountId;
        this.tokenHash = tokenHash;
        this.createdAt = now;
        this.lastUsedAt = now;
    }

    Long accountId() {
        return accountId;
    }

    Instant createdAt() {
        return createdAt;
    }

    int failures() {
        return failures;
    }

    void failed() {
        failures++;
    }

    void loggedIn(Instant now) {
        failures = 0;
        lastUsedAt = now;
    }
}
