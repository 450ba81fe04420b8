package dk.aarhus.sistercities.review;

import dk.aarhus.sistercities.content.TypedText;

/** A comment as typed: cleaned of control characters, trimmed, at most {@value Review#COMMENT_MAX} characters. */
final class ReviewComments {

    private ReviewComments() {
    }

    /** The comment sent with a draft; none when nothing was typed. */
    static String optional(String typed) {
        String comment = clean(typed);
        return comment.isEmpty() ? null : bounded(comment);
    }

    /** A rejection's comment, which must say something. */
    static String required(String typed) {
        String comment = clean(typed);
        if (comment.isEmpty()) {
            throw new ReviewRefusedException("review.refused.comment-required");
        }
        return bounded(comment);
    }

    static String clean(String typed) {
        return typed == null ? "" : TypedText.clean(typed).strip();
    }

    private static String bounded(String comment) {
        if (comment.length() > Review.COMMENT_MAX) {
            throw new ReviewRefusedException("review.refused.comment-too-long");
        }
        return comment;
    }
}
