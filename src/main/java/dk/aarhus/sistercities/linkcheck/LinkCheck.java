package dk.aarhus.sistercities.linkcheck;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The latest round's outcome for one address (table {@code link_check}, migration V15). */
@Entity
@Table(name = "link_check")
class LinkCheck {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 2000)
    private String url;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private LinkStatus status;

    private Integer code;

    @Column(length = 2000)
    private String location;

    @Column(name = "checked_at", nullable = false)
    private Instant checkedAt;

    @Column(length = 500)
    private String error;

    protected LinkCheck() {
    }

    LinkCheck(LinkChecker.Outcome outcome) {
        this.url = outcome.url();
        this.status = outcome.status();
        this.code = outcome.code();
        this.location = outcome.location();
        this.checkedAt = outcome.checkedAt();
        this.error = outcome.error();
    }

    String getUrl() { return url; }
    LinkStatus getStatus() { return status; }
    Integer getCode() { return code; }
    String getLocation() { return location; }
    Instant getCheckedAt() { return checkedAt; }
    String getError() { return error; }
}
