package dk.aarhus.sistercities.admin;

import dk.aarhus.sistercities.activity.ActivityContent;
import dk.aarhus.sistercities.content.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/** The fields of two states of an activity that differ, for the conflict view; labels {@code field.activity.*}. */
final class ActivityChanges {

    private ActivityChanges() {
    }

    static List<ContentDiff.Change> between(ActivityContent before, ActivityContent after) {
        List<ContentDiff.Change> changes = new ArrayList<>();
        for (Language language : Language.values()) {
            ActivityContent.Texts was = before.text(language);
            ActivityContent.Texts is = after.text(language);
            add(changes, "title", language, was.title(), is.title());
            add(changes, "place", language, was.place(), is.place());
            add(changes, "body", language, was.body(), is.body());
        }
        add(changes, "starts", null, before.starts(), after.starts());
        add(changes, "ends", null, before.ends(), after.ends());
        add(changes, "cities", null, String.join(", ", before.cities()), String.join(", ", after.cities()));
        add(changes, "link", null, before.link(), after.link());
        add(changes, "sources", null, sources(before), sources(after));
        add(changes, "image", null, Objects.toString(before.image(), null), Objects.toString(after.image(), null));
        return changes;
    }

    /** The sources as lines of their filled fields: enough to see which one changed. */
    private static String sources(ActivityContent content) {
        return content.sources().stream()
                .map(s -> java.util.stream.Stream.of(s.title(), s.language(), s.publisher(), s.date(), s.url())
                        .filter(Objects::nonNull).collect(Collectors.joining(" · ")))
                .collect(Collectors.joining("\n"));
    }

    private static void add(List<ContentDiff.Change> changes, String field, Language language, String was, String is) {
        String before = was == null || was.isEmpty() ? null : was;
        String after = is == null || is.isEmpty() ? null : is;
        if (!Objects.equals(before, after)) {
            changes.add(new ContentDiff.Change("activity." + field, language == null ? null : language.code(), null,
                    before, after));
        }
    }
}
