package dk.aarhus.sistercities.page;

import dk.aarhus.sistercities.content.Language;
import dk.aarhus.sistercities.image.ImageUse;
import dk.aarhus.sistercities.image.ImageUseMap;
import dk.aarhus.sistercities.image.ImageUses;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The pages' images, published and in drafts, for the image library. */
@Component
class PageImageUses implements ImageUses {

    private final PageEditor editor;
    private final PageRepository pages;

    PageImageUses(PageEditor editor, PageRepository pages) {
        this.editor = editor;
        this.pages = pages;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, List<ImageUse>> all() {
        Map<String, Long> published = new HashMap<>();
        pages.findAllWithTexts().forEach(p -> published.put(p.getKey(), p.content().image()));
        ImageUseMap uses = new ImageUseMap();
        for (PageEditor.Item item : editor.items(Language.DA)) {
            uses.add(ImageUse.Kind.PAGE, item.title(), "/admin/pages/" + item.key(), published.get(item.key()),
                    editor.draft(item.key()).content().image());
        }
        return uses.byImage();
    }
}
