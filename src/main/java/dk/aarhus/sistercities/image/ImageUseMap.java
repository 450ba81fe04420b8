package dk.aarhus.sistercities.image;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Where images are used, by image id, as every kind of content ({@link ImageUses}) collects it: a thing's published
 * image, and its draft's image when that is another one ("only in the draft").
 */
public final class ImageUseMap {

    private final Map<Long, List<ImageUse>> uses = new LinkedHashMap<>();

    /**
     * A thing of a {@code kind} named {@code what} (its form at {@code adminPath}) showing {@code published}, and
     * {@code draft} in its draft.
     */
    public ImageUseMap add(ImageUse.Kind kind, String what, String adminPath, Long published, Long draft) {
        if (published != null) {
            uses.computeIfAbsent(published, k -> new ArrayList<>()).add(new ImageUse(kind, what, adminPath, false));
        }
        if (draft != null && !Objects.equals(draft, published)) {
            uses.computeIfAbsent(draft, k -> new ArrayList<>()).add(new ImageUse(kind, what, adminPath, true));
        }
        return this;
    }

    public Map<Long, List<ImageUse>> byImage() {
        return uses;
    }
}
