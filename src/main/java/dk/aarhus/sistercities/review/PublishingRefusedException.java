package dk.aarhus.sistercities.review;

/** Someone without the right to publish now tried to (see {@link PublishingRights}): answered with 403. */
public final class PublishingRefusedException extends RuntimeException {

    PublishingRefusedException() {
        super("May not publish now", null, false, false);
    }
}
