package dk.aarhus.sistercities.activity;

import dk.aarhus.sistercities.content.Language;
import dk.aarhus.sistercities.content.Localized;
import dk.aarhus.sistercities.image.ImageUse;
import dk.aarhus.sistercities.image.ImageUseMap;
import dk.aarhus.sistercities.image.ImageUses;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The activities' images, published and in drafts, for the image library. */
@Component
class ActivityImageUses implements ImageUses {

    private final ActivityEditor editor;
    private final ActivityRepository activities;

    ActivityImageUses(ActivityEditor editor, ActivityRepository activities) {
        this.editor = editor;
        this.activities = activities;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, List<ImageUse>> all() {
        Map<String, Long> published = new HashMap<>();
        activities.findAllWithTexts().forEach(a -> published.put(a.getKey(), a.content().image()));
        ImageUseMap uses = new ImageUseMap();
        for (ActivityEditor.Item item : editor.items()) {
            ActivityContent.Texts text = Localized.pick(item.content().texts(), Language.DA);
            String key = item.content().key();
            uses.add(ImageUse.Kind.ACTIVITY, text == null || text.title() == null ? key : text.title(),
                    "/admin/activities/" + key, published.get(key), item.content().image());
        }
        return uses.byImage();
    }
}
