package dk.aarhus.sistercities.city;

import java.util.stream.Collectors;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A city as the first release wrote it (revisions and documents of format {@code aarhus-sistercities/1}):
 * its sources were free text. That text was an editor's research note, so it becomes the note for
 * editors, never a public source.
 */
public final class LegacyContent {

    private LegacyContent() {
    }

    /** Upgrades a city's JSON in place; a city already in this release's shape is left as it is. */
    public static void upgradeCity(JsonNode city) {
        if (!(city instanceof ObjectNode fields) || !(fields.has("sinceSource") || fields.has("statusSource"))) {
            return;
        }
        String note = Stream.of(fields.remove("sinceSource"), fields.remove("statusSource"))
                .filter(n -> n != null && n.isString() && !n.asString().isBlank())
                .map(JsonNode::asString)
                .collect(Collectors.joining(" "));
        if (!note.isEmpty() && !fields.hasNonNull("editorNote")) {
            fields.put("editorNote", note);
        }
    }
}
