package dk.aarhus.sistercities.admin;

import java.nio.charset.StandardCharsets;
import org.springframework.web.util.UriUtils;

/**
 * The action bar's "Save and publish" and, for whom the four-eyes rule keeps from publishing, "Save and send for
 * approval": each acts on what is on screen, not on the draft saved before (the approval panel's own button sends
 * the saved draft, and typed changes were left behind). After the save, the same request goes on (a server-side
 * forward, no script) to the form's publish address, or to the approval's, with the revision just saved, so it
 * meets every check it meets there: for a publish the right to publish now (review/PublishingRightsInterceptor),
 * completeness and a draft changed meanwhile; for approval a draft changed meanwhile and a review already waiting.
 * Without either, the save answers as always.
 */
final class SaveAndPublish {

    /** The values of the bar's buttons, {@code name="action"}. */
    static final String ACTION = "save-and-publish";
    static final String SUBMIT = "save-and-submit";

    private SaveAndPublish() {
    }

    /**
     * Where a successful save of the form at {@code formAddress} goes: its form again, on to publishing, or on to
     * approval as the review subject {@code kind} and {@code key}.
     */
    static String next(String action, String formAddress, int savedRevision, String kind, String key) {
        if (ACTION.equals(action)) {
            return "forward:" + formAddress + "/publish?seenRevision=" + savedRevision;
        }
        if (SUBMIT.equals(action)) {
            return "forward:/admin/reviews?kind=" + kind + "&key="
                    + UriUtils.encodeQueryParam(key, StandardCharsets.UTF_8) + "&seenRevision=" + savedRevision;
        }
        return "redirect:" + formAddress;
    }
}
