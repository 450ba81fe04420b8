package dk.aarhus.sistercities.admin;

/**
 * The action bar's "Save and publish": publishes what is on screen, not the draft saved before. After the save,
 * the same request goes on (a server-side forward, no script) to the form's publish address with the revision
 * just saved, so it meets every check a publish meets there: the right to publish now
 * (review/PublishingRightsInterceptor), completeness, and a draft changed meanwhile. Without it, the save
 * answers as always.
 */
final class SaveAndPublish {

    /** The value of the bar's button, {@code name="action"}. */
    static final String ACTION = "save-and-publish";

    private SaveAndPublish() {
    }

    /** Where a successful save of the form at {@code formAddress} goes: its form again, or on to publishing. */
    static String next(String action, String formAddress, int savedRevision) {
        if (ACTION.equals(action)) {
            return "forward:" + formAddress + "/publish?seenRevision=" + savedRevision;
        }
        return "redirect:" + formAddress;
    }
}
