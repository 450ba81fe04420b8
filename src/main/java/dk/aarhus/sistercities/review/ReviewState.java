package dk.aarhus.sistercities.review;

/** Where a submission stands: waiting in the queue, or decided one of three ways. */
public enum ReviewState {
    PENDING, APPROVED, REJECTED, WITHDRAWN
}
