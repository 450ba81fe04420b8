package dk.aarhus.sistercities.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A setting administrators change while the site runs, kept in the database so every instance reads the same.
 * No row is the default: a fresh site (and the migration) needs none.
 */
@Entity
@Table(name = "site_setting")
class SiteSetting {

    @Id
    @Column(length = 50)
    private String name;

    @Column(name = "setting_value", nullable = false, length = 200)
    private String value;

    @Column(name = "changed_by", nullable = false, length = 100)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Version
    private long version;

    protected SiteSetting() {
    }

    SiteSetting(String name) {
        this.name = name;
    }

    void change(String value, String by, Instant at) {
        this.value = value;
        this.changedBy = by;
        this.changedAt = at;
    }

    String getValue() {
        return value;
    }

    String getChangedBy() {
        return changedBy;
    }

    Instant getChangedAt() {
        return changedAt;
    }
}
