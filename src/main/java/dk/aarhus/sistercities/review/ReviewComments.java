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

    /**
     * What the form shows again after a refusal: the comment as typed, cut where no browser's form (which allows
     * {@value Review#COMMENT_MAX}) would have sent more, so a crafted request cannot fill the session with it.
     */
    static String kept(String typed) {
        String comment = clean(typed);
        int cut = 2 * Review.COMMENT_MAX;
        if (comment.length() <= cut) {
            return comment;
        }
        return comment.substring(0, Character.isHighSurrogate(comment.charAt(cut - 1)) ? cut - 1 : cut);
    }

    private static String bounded(String comment) {
        if (comment.length() > Review.COMMENT_MAX) {
            throw new ReviewRefusedException("review.refused.comment-too-long");
        }
        return comment;
    }
}
