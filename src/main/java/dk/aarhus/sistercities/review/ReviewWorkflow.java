package dk.aarhus.sistercities.review;

import dk.aarhus.sistercities.account.CurrentEditor;
import dk.aarhus.sistercities.revision.Revision;
import dk.aarhus.sistercities.revision.RevisionAction;
import dk.aarhus.sistercities.revision.RevisionSubject;
import dk.aarhus.sistercities.revision.Revisions;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * The steps of a review, each in one transaction with its event (which the audit log records): an editor sends
 * the draft they see, with a comment; it waits until the editor withdraws it or someone who may publish approves
 * it (publishing exactly the revision sent, never a draft changed since) or rejects it with a comment.
 */
@Service
public class ReviewWorkflow {

    /** A draft was sent for review. */
    public record ReviewSubmitted(String kind, String key, int revision, String author) {
        public String subject() {
            return kind + " " + key + " #" + revision;
        }
    }

    /** A submission was approved: its revision is published. */
    public record ReviewApproved(String kind, String key, int revision, String author) {
        public String subject() {
            return kind + " " + key + " #" + revision;
        }
    }

    /** A submission was rejected, with the comment its author reads on the form. */
    public record ReviewRejected(String kind, String key, int revision, String author) {
        public String subject() {
            return kind + " " + key + " #" + revision;
        }
    }

    /** A submission was taken back out of the queue, by its author or someone who may publish. */
    public record ReviewWithdrawn(String kind, String key, int revision, String author) {
        public String subject() {
            return kind + " " + key + " #" + revision;
        }
    }

    private final ReviewRepository reviews;
    private final Revisions revisions;
    private final PublishingRights rights;
    private final Map<String, ReviewableKind> kinds;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReviewWorkflow(ReviewRepository reviews, Revisions revisions, PublishingRights rights, List<ReviewableKind> kinds,
            ApplicationEventPublisher events, Clock clock) {
        this.reviews = reviews;
        this.revisions = revisions;
        this.rights = rights;
        this.kinds = kinds.stream().collect(Collectors.toUnmodifiableMap(ReviewableKind::kind, Function.identity()));
        this.events = events;
        this.clock = clock;
    }

    /**
     * Sends the draft the editor saw for review. Refused when the draft moved on since (they must send what they
     * read) or when the subject already waits.
     */
    @Transactional
    public long submit(RevisionSubject subject, int seenRevision, String comment, CurrentEditor by) {
        kind(subject.kind());
        Revision draft = revisions.latest(subject).orElseThrow(ReviewWorkflow::notFound);
        if (draft.getNumber() != seenRevision) {
            throw new ReviewRefusedException("review.refused.stale");
        }
        if (reviews.findByWaitingSubject(Review.waiting(subject)).isPresent()) {
            throw new ReviewRefusedException("review.refused.already-waiting");
        }
        // saveAndFlush: a second submission at the same moment meets the unique waiting_subject here.
        Review review = reviews.saveAndFlush(new Review(subject, seenRevision, by.username(), clock.instant(),
                ReviewComments.optional(comment)));
        events.publishEvent(new ReviewSubmitted(subject.kind(), subject.key(), seenRevision, by.username()));
        return review.getId();
    }

    /** Takes a submission out of the queue: its author may, and so may anyone who may publish. */
    @Transactional
    public RevisionSubject withdraw(long id, CurrentEditor by) {
        Review review = waiting(id);
        if (!review.getSubmittedBy().equals(by.username()) && !rights.mayPublishNow(by)) {
            throw new PublishingRefusedException();
        }
        review.decide(ReviewState.WITHDRAWN, by.username(), clock.instant(), null);
        reviews.flush();
        publish(review, ReviewWithdrawn::new, by);
        return review.getSubject();
    }

    /**
     * Publishes the submitted revision. Refused unless they may publish; under the four-eyes rule for the one who
     * sent it; and whenever the draft changed after it was sent, since one approves what one has read.
     */
    @Transactional
    public RevisionSubject approve(long id, CurrentEditor by) {
        Review review = waiting(id);
        if (!rights.mayPublishNow(by)) {
            throw new PublishingRefusedException();
        }
        if (rights.fourEyes() && review.getSubmittedBy().equals(by.username())) {
            throw new ReviewRefusedException("review.refused.own");
        }
        Optional<Integer> draft = sameDraft(review);
        if (draft.isEmpty()) {
            throw new ReviewRefusedException("review.refused.changed");
        }
        review.decide(ReviewState.APPROVED, by.username(), clock.instant(), null);
        reviews.flush();
        kind(review.getSubject().kind()).publish(review.getSubject().key(), draft.get(), by.username());
        publish(review, ReviewApproved::new, by);
        return review.getSubject();
    }

    /** Sends the draft back to its author with a comment, which is required: they must learn what to change. */
    @Transactional
    public RevisionSubject reject(long id, String comment, CurrentEditor by) {
        Review review = waiting(id);
        if (!rights.mayPublishNow(by)) {
            throw new PublishingRefusedException();
        }
        review.decide(ReviewState.REJECTED, by.username(), clock.instant(), ReviewComments.required(comment));
        reviews.flush();
        publish(review, ReviewRejected::new, by);
        return review.getSubject();
    }

    /** Whether the subject's draft is no longer the content sent. */
    boolean draftChanged(Review review) {
        return sameDraft(review).isEmpty();
    }

    /**
     * The number of the subject's draft while it is still the content sent: the revision sent, or a later one
     * made only by publishing or taking off (which change no content, e.g. a publisher's own publish or a
     * scheduled one meanwhile), so such a step leaves the submission to be decided, not stuck.
     */
    private Optional<Integer> sameDraft(Review review) {
        List<Revision> after = revisions.since(review.getSubject(), review.getRevisionNumber());
        if (after.stream().anyMatch(r -> r.getAction() != RevisionAction.PUBLISHED
                && r.getAction() != RevisionAction.UNPUBLISHED)) {
            return Optional.empty();
        }
        return Optional.of(after.isEmpty() ? review.getRevisionNumber() : after.get(after.size() - 1).getNumber());
    }

    ReviewableKind kind(String kind) {
        ReviewableKind known = kinds.get(kind);
        if (known == null) {
            throw notFound();
        }
        return known;
    }

    boolean knows(String kind) {
        return kinds.containsKey(kind);
    }

    private Review waiting(long id) {
        Review review = reviews.findById(id).orElseThrow(ReviewWorkflow::notFound);
        if (review.getState() != ReviewState.PENDING) {
            throw new ReviewRefusedException("review.refused.decided");
        }
        return review;
    }

    private interface Step {
        Object of(String kind, String key, int revision, String author);
    }

    private void publish(Review review, Step step, CurrentEditor by) {
        RevisionSubject subject = review.getSubject();
        events.publishEvent(step.of(subject.kind(), subject.key(), review.getRevisionNumber(), by.username()));
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
