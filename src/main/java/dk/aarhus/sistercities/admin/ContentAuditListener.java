package dk.aarhus.sistercities.admin;

import dk.aarhus.sistercities.account.AuditEvent;
import dk.aarhus.sistercities.activity.ActivityEditor.ActivityPublished;
import dk.aarhus.sistercities.account.AuditLog;
import dk.aarhus.sistercities.admin.CityEditor.CityDeleted;
import dk.aarhus.sistercities.admin.CityEditor.CityPublished;
import dk.aarhus.sistercities.admin.CityEditor.CityRestored;
import dk.aarhus.sistercities.admin.CityEditor.CityUnpublished;
import dk.aarhus.sistercities.admin.ContentBackup.ContentImported;
import dk.aarhus.sistercities.admin.TextEditor.TextsPublished;
import dk.aarhus.sistercities.contact.ContactEditor.ContactPublished;
import dk.aarhus.sistercities.content.PublishedContentChanged;
import dk.aarhus.sistercities.image.ImageChanged;
import dk.aarhus.sistercities.page.PageEditor.PagePublished;
import dk.aarhus.sistercities.page.PageEditor.PageUnpublished;
import dk.aarhus.sistercities.schedule.Schedules.ScheduleCancelled;
import dk.aarhus.sistercities.schedule.Schedules.ScheduleRefused;
import dk.aarhus.sistercities.schedule.Schedules.ScheduleSet;
import dk.aarhus.sistercities.review.PublishingRights.FourEyesChanged;
import dk.aarhus.sistercities.review.ReviewWorkflow.ReviewApproved;
import dk.aarhus.sistercities.review.ReviewWorkflow.ReviewRejected;
import dk.aarhus.sistercities.review.ReviewWorkflow.ReviewSubmitted;
import dk.aarhus.sistercities.review.ReviewWorkflow.ReviewWithdrawn;
import dk.aarhus.sistercities.seed.ContentSeeder.ContentSeeded;
import dk.aarhus.sistercities.seed.ContentUpdate.ContentUpdated;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Writes every change to what citizens see into the audit log, in the same transaction as the change
 * (a plain, synchronous listener on purpose: an audit entry commits or rolls back with its change).
 */
@Component
class ContentAuditListener {

    private final AuditLog audit;

    ContentAuditListener(AuditLog audit) {
        this.audit = audit;
    }

    @EventListener
    void on(CityPublished change) {
        record(AuditEvent.CITY_PUBLISHED, change);
    }

    @EventListener
    void on(CityUnpublished change) {
        record(AuditEvent.CITY_UNPUBLISHED, change);
    }

    @EventListener
    void on(CityDeleted change) {
        record(AuditEvent.CITY_DELETED, change);
    }

    @EventListener
    void on(CityRestored change) {
        record(AuditEvent.CITY_RESTORED, change);
    }

    @EventListener
    void on(TextsPublished change) {
        record(AuditEvent.CONTENT_PUBLISHED, change);
    }

    @EventListener
    void on(ContactPublished change) {
        record(AuditEvent.CONTENT_PUBLISHED, change);
    }

    @EventListener
    void on(PagePublished change) {
        record(AuditEvent.PAGE_PUBLISHED, change);
    }

    @EventListener
    void on(PageUnpublished change) {
        record(AuditEvent.PAGE_UNPUBLISHED, change);
    }

    @EventListener
    void on(ActivityPublished change) {
        record(AuditEvent.ACTIVITY_PUBLISHED, change);
    }

    /** An image's texts and file go live when saved (images have no drafts yet). */
    @EventListener
    void on(ImageChanged change) {
        record(AuditEvent.CONTENT_PUBLISHED, change);
    }

    @EventListener
    void on(ContentImported change) {
        record(AuditEvent.CONTENT_IMPORTED, change);
    }

    @EventListener
    void on(ContentSeeded change) {
        record(AuditEvent.CONTENT_SEEDED, change);
    }

    @EventListener
    void on(ContentUpdated change) {
        record(AuditEvent.CONTENT_UPDATED, change);
    }

    @EventListener
    void on(ScheduleSet schedule) {
        audit.record(AuditEvent.SCHEDULE_SET, schedule.author(), schedule.subject());
    }

    @EventListener
    void on(ScheduleCancelled schedule) {
        audit.record(AuditEvent.SCHEDULE_CANCELLED, schedule.author(), schedule.subject());
    }

    /** A due step refused (the scheduled revision no longer the draft, …): recorded as the scheduler's. */
    @EventListener
    void on(ScheduleRefused refused) {
        audit.record(AuditEvent.SCHEDULE_REFUSED, refused.author(), refused.subject() + " " + refused.outcome());
    }

    @EventListener
    void on(ReviewSubmitted step) {
        audit.record(AuditEvent.REVIEW_SUBMITTED, step.author(), step.subject());
    }

    @EventListener
    void on(ReviewApproved step) {
        audit.record(AuditEvent.REVIEW_APPROVED, step.author(), step.subject());
    }

    @EventListener
    void on(ReviewRejected step) {
        audit.record(AuditEvent.REVIEW_REJECTED, step.author(), step.subject());
    }

    @EventListener
    void on(ReviewWithdrawn step) {
        audit.record(AuditEvent.REVIEW_WITHDRAWN, step.author(), step.subject());
    }

    @EventListener
    void on(FourEyesChanged change) {
        audit.record(AuditEvent.SETTING_CHANGED, change.author(), change.subject());
    }

    private void record(AuditEvent event, PublishedContentChanged change) {
        audit.record(event, change.author(), change.subject());
    }
}
