package dk.aarhus.sistercities.admin;

import dk.aarhus.sistercities.city.CityContent;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.BeanWrapper;
import org.springframework.beans.PropertyAccessorFactory;

/**
 * After a refused save, the editor keeps, field by field, their version or the other one: a pair of radio
 * buttons for every field that differs ({@code choice-texts-da-name} = {@code mine} or {@code theirs}),
 * "mine" by default where the editor changed the field, "theirs" where only the other person did (kept as sent,
 * it would put back the old text over their change without anyone choosing so). The next save takes the other
 * version of each field chosen so. Which fields may be taken is computed here from the versions, never read from
 * the request: a request names only mine or theirs.
 */
final class ConflictChoices {

    static final String MINE = "mine";
    static final String THEIRS = "theirs";
    private static final String PREFIX = "choice-";

    /** A field that differs, with the name of its pair of radio buttons; {@code yours} when the editor changed it. */
    record Choice(ContentDiff.Change change, String name, boolean yours) {
    }

    private ConflictChoices() {
    }

    /** The fields where {@code theirs} and {@code yours} differ, in the form's order. */
    static List<Choice> between(CityContent theirs, CityContent yours) {
        return of(ContentDiff.between(theirs, yours), Set.of());
    }

    /**
     * A pair of radio buttons for each change (its values may be labelled for reading: the names come from paths);
     * {@code yourPaths} are the form paths the editor changed since the version they started from.
     */
    static List<Choice> of(List<ContentDiff.Change> changes, Set<String> yourPaths) {
        return changes.stream().map(c -> new Choice(c, name(c.path()), yourPaths.contains(c.path()))).toList();
    }

    /** The form paths that differ between the version the editor started from and what they sent. */
    static Set<String> changed(CityContent started, CityContent yours) {
        return ContentDiff.between(started, yours).stream().map(ContentDiff.Change::path).collect(Collectors.toSet());
    }

    static boolean anyTheirs(Map<String, String> parameters) {
        return parameters.entrySet().stream().anyMatch(p -> p.getKey().startsWith(PREFIX) && THEIRS.equals(p.getValue()));
    }

    /** Puts the other version into the form for every field the editor chose it for. */
    static void apply(CityForm yours, CityContent theirs, Map<String, String> parameters) {
        BeanWrapper mine = PropertyAccessorFactory.forBeanPropertyAccess(yours);
        mine.setAutoGrowNestedPaths(true);
        BeanWrapper other = PropertyAccessorFactory.forBeanPropertyAccess(CityForm.of(null, theirs, null));
        for (Choice choice : between(theirs, yours.toContent(false))) {
            String path = choice.change().path();
            if (THEIRS.equals(parameters.get(choice.name()))) {
                // A row only the editor has gets the other version's nothing; one only they have is added.
                mine.setPropertyValue(path, other.isReadableProperty(path) ? other.getPropertyValue(path) : null);
            }
        }
    }

    /** A radio group's name from a form path: {@code texts[da].name} gives {@code choice-texts-da-name}. */
    static String name(String path) {
        return PREFIX + path.replace("[", "-").replace("]", "").replace('.', '-');
    }
}
