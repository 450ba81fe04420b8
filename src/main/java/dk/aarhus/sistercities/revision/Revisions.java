package dk.aarhus.sistercities.revision;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The history of everything editors publish, one rule for all: every change is a new revision numbered
 * 1, 2, 3… per subject; the newest revision is the draft; the published one is the newest PUBLISHED
 * revision not followed by an UNPUBLISHED or DELETED one. What a revision's JSON means, and how a
 * published revision reaches citizens, is up to the module that owns the subject.
 */
@Service
public class Revisions {

    /** The actions that put a subject on the site or take it off; the newest of them decides. */
    private static final Set<RevisionAction> PUBLICATION =
            EnumSet.of(RevisionAction.PUBLISHED, RevisionAction.UNPUBLISHED, RevisionAction.DELETED);

    /** How many revisions a form lists before it offers to show all. */
    public static final int SHOWN = 20;

    private final RevisionRepository revisions;
    private final Clock clock;

    Revisions(RevisionRepository revisions, Clock clock) {
        this.revisions = revisions;
        this.clock = clock;
    }

    /**
     * Stores the next revision. Two editors recording at once both compute the same number: the unique
     * key on (kind, key, number) refuses the second.
     */
    @Transactional
    public Revision record(RevisionSubject subject, RevisionAction action, String contentJson, String author) {
        return store(subject, action, contentJson, author, null);
    }

    /** Stores a RESTORED revision that names the revision it brought back. */
    @Transactional
    public Revision restored(RevisionSubject subject, int from, String contentJson, String author) {
        return store(subject, RevisionAction.RESTORED, contentJson, author, from);
    }

    private Revision store(RevisionSubject subject, RevisionAction action, String contentJson, String author,
            Integer restoredFrom) {
        int number = revisions.lastNumber(subject.kind(), subject.key()).orElse(0) + 1;
        return revisions.saveAndFlush(
                new Revision(subject, number, action, contentJson, author, clock.instant(), restoredFrom));
    }

    /** The draft: the newest revision, if there is any. */
    @Transactional(readOnly = true)
    public Optional<Revision> latest(RevisionSubject subject) {
        return revisions.findFirstBySubjectKindAndSubjectKeyOrderByNumberDesc(subject.kind(), subject.key());
    }

    /** What citizens see, if anything: the newest PUBLISHED revision, unless unpublished or deleted since. */
    @Transactional(readOnly = true)
    public Optional<Revision> published(RevisionSubject subject) {
        return revisions.findFirstBySubjectKindAndSubjectKeyAndActionInOrderByNumberDesc(subject.kind(),
                subject.key(), PUBLICATION).filter(r -> r.getAction() == RevisionAction.PUBLISHED);
    }

    /** When the {@linkplain #published published} revision was made; one small query, for public pages. */
    @Transactional(readOnly = true)
    public Optional<Instant> publishedAt(RevisionSubject subject) {
        return revisions.createdAtIfNewestOf(subject.kind(), subject.key(), RevisionAction.PUBLISHED, PUBLICATION);
    }

    @Transactional(readOnly = true)
    public Optional<Revision> revision(RevisionSubject subject, int number) {
        return revisions.findBySubjectKindAndSubjectKeyAndNumber(subject.kind(), subject.key(), number);
    }

    /** The newest revisions of a subject, at most as many as asked for, and how many it has in all. */
    public record Recent(List<Revision> newest, long total) {

        /** True when {@link #newest} is the whole history. */
        public boolean complete() {
            return newest.size() >= total;
        }
    }

    /**
     * The newest {@code limit} revisions, newest first, and the count of all: what a form shows, so that
     * a subject saved a thousand times still opens as fast as a new one.
     */
    @Transactional(readOnly = true)
    public Recent recent(RevisionSubject subject, int limit) {
        return new Recent(revisions.findBySubjectKindAndSubjectKeyOrderByNumberDesc(subject.kind(), subject.key(),
                Limit.of(limit)), revisions.countBySubjectKindAndSubjectKey(subject.kind(), subject.key()));
    }

    /** Every revision, newest first. */
    @Transactional(readOnly = true)
    public List<Revision> history(RevisionSubject subject) {
        return revisions.findBySubjectKindAndSubjectKeyOrderByNumberDesc(subject.kind(), subject.key());
    }

    /** The revisions made after {@code number}, oldest first: what others did meanwhile. */
    @Transactional(readOnly = true)
    public List<Revision> since(RevisionSubject subject, int number) {
        return revisions.findBySubjectKindAndSubjectKeyAndNumberGreaterThanOrderByNumber(subject.kind(),
                subject.key(), number);
    }

    /** The draft of every subject of a kind that has revisions. */
    @Transactional(readOnly = true)
    public List<Revision> latestOfEvery(String kind) {
        return revisions.findLatestOfEvery(kind);
    }

    /** The 30 newest revisions with this action across all subjects of a kind, newest first. */
    @Transactional(readOnly = true)
    public List<Revision> newest(String kind, RevisionAction action) {
        return revisions.findTop30BySubjectKindAndActionOrderByCreatedAtDesc(kind, action);
    }
}
