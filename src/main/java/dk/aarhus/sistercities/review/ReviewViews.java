package dk.aarhus.sistercities.review;

import dk.aarhus.sistercities.revision.Revision;
import dk.aarhus.sistercities.revision.RevisionSubject;
import dk.aarhus.sistercities.revision.Revisions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the pages show of reviews, as records made for the templates: the queue, one submission, the panel on a
 * subject's form, its steps in the history, the subjects of a kind that wait. The forms' shared fragment
 * ({@code fragments/review.html}) asks it as {@code @reviews}, so a form joins with one line and no controller
 * change.
 */
@Service("reviews")
@Transactional(readOnly = true)
public class ReviewViews {

    /** A submission as the queue and its own page show it. */
    public record Item(long id, String kind, String key, int revision, String submittedBy, Instant submittedAt,
            String comment, ReviewableKind.Subject subject, Integer publishedRevision, boolean draftChanged) {

        /** The compare page between what citizens see and what was sent; none for a subject never published. */
        public String comparePath() {
            return publishedRevision == null ? null : subject.compare(publishedRevision, revision);
        }
    }

    /** A rejection its author has not answered yet by saving again. */
    public record Rejection(String by, Instant at, String comment) {
    }

    /** What a subject's form shows: what waits (if anything) or the last rejection not yet answered. */
    public record Panel(String kind, String key, Item waiting, Rejection rejection) {
    }

    /** One step in a subject's history. */
    public record Step(ReviewState what, int revision, String by, Instant at, String comment) {
    }

    private final ReviewRepository reviews;
    private final Revisions revisions;
    private final ReviewWorkflow workflow;

    ReviewViews(ReviewRepository reviews, Revisions revisions, ReviewWorkflow workflow) {
        this.reviews = reviews;
        this.revisions = revisions;
        this.workflow = workflow;
    }

    /** Everything that waits, oldest first. */
    public List<Item> queue() {
        return reviews.findByStateOrderBySubmittedAtAscIdAsc(ReviewState.PENDING).stream()
                .map(this::item).flatMap(Optional::stream).toList();
    }

    /** A waiting submission; empty when it is decided or unknown. */
    public Optional<Item> waiting(long id) {
        return reviews.findById(id).filter(r -> r.getState() == ReviewState.PENDING).flatMap(this::item);
    }

    /** The panel of a subject's form; {@code key} may be a number (a city's id). */
    public Panel panel(String kind, Object key) {
        RevisionSubject subject = new RevisionSubject(kind, String.valueOf(key));
        Optional<Review> latest = reviews.findFirstBySubjectKindAndSubjectKeyOrderByIdDesc(kind, subject.key());
        Item waiting = latest.filter(r -> r.getState() == ReviewState.PENDING).flatMap(this::item).orElse(null);
        Rejection rejection = latest.filter(r -> r.getState() == ReviewState.REJECTED)
                .filter(r -> !savedSince(subject, r.getDecidedAt()))
                .map(r -> new Rejection(r.getDecidedBy(), r.getDecidedAt(), r.getDecisionComment())).orElse(null);
        return new Panel(kind, subject.key(), waiting, rejection);
    }

    /** Every step of a subject's reviews, newest first. */
    public List<Step> steps(String kind, Object key) {
        List<Step> steps = new ArrayList<>();
        for (Review review : reviews.findBySubjectKindAndSubjectKeyOrderByIdDesc(kind, String.valueOf(key))) {
            if (review.getState() != ReviewState.PENDING) {
                steps.add(new Step(review.getState(), review.getRevisionNumber(), review.getDecidedBy(),
                        review.getDecidedAt(), review.getDecisionComment()));
            }
            steps.add(new Step(ReviewState.PENDING, review.getRevisionNumber(), review.getSubmittedBy(),
                    review.getSubmittedAt(), review.getSubmitComment()));
        }
        return steps;
    }

    /** The keys of a kind's subjects that wait for review, for a list to mark them. */
    public Set<String> waitingKeys(String kind) {
        return reviews.findBySubjectKindAndState(kind, ReviewState.PENDING).stream()
                .map(r -> r.getSubject().key()).collect(Collectors.toUnmodifiableSet());
    }

    private boolean savedSince(RevisionSubject subject, Instant decidedAt) {
        return revisions.latest(subject).map(Revision::getCreatedAt).filter(at -> at.isAfter(decidedAt)).isPresent();
    }

    private Optional<Item> item(Review review) {
        RevisionSubject subject = review.getSubject();
        if (!workflow.knows(subject.kind())) {
            return Optional.empty();
        }
        return workflow.kind(subject.kind()).describe(subject.key()).map(described -> new Item(review.getId(),
                subject.kind(), subject.key(), review.getRevisionNumber(), review.getSubmittedBy(),
                review.getSubmittedAt(), review.getSubmitComment(), described,
                revisions.published(subject).map(Revision::getNumber).orElse(null), workflow.draftChanged(review)));
    }
}
