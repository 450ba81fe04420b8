package dk.aarhus.sistercities.image;

import java.util.List;
import java.util.Map;

/**
 * Offered by every kind of content that can show an image (cities, activities, pages), so the library can say where
 * each image is used and refuse to delete one in use, without knowing the kinds.
 */
public interface ImageUses {

    /** Every use, by image id. */
    Map<Long, List<ImageUse>> all();
}
