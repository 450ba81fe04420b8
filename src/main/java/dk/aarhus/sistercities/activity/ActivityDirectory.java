package dk.aarhus.sistercities.activity;

import dk.aarhus.sistercities.content.Language;
import dk.aarhus.sistercities.content.Markdown;
import dk.aarhus.sistercities.image.ImageLibrary;
import dk.aarhus.sistercities.image.ImageView;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The published activities as the public pages show them, newest first. There are tens of them, not
 * thousands: each call reads them all in one statement and filters in memory.
 */
@Service
public class ActivityDirectory {

    private static final Comparator<ActivityCard> NEWEST_FIRST =
            Comparator.comparing(ActivityCard::isoStart).reversed().thenComparing(ActivityCard::key);

    private final ActivityRepository activities;
    private final Markdown markdown;
    private final ImageLibrary images;

    ActivityDirectory(ActivityRepository activities, Markdown markdown, ImageLibrary images) {
        this.activities = activities;
        this.markdown = markdown;
        this.images = images;
    }

    /** Every published activity, newest date first, with their images (read in one query). */
    @Transactional(readOnly = true)
    public List<ActivityCard> all(Language language) {
        List<Activity> published = activities.findAllWithTexts();
        Map<Long, ImageView> pictures = images.views(published.stream().map(a -> a.content().image()).toList(),
                language);
        return published.stream()
                .map(a -> {
                    ActivityContent content = a.content();
                    return ActivityCard.of(content, a.getPublishedAt(), language, markdown,
                            content.image() == null ? null : pictures.get(content.image()));
                })
                .sorted(NEWEST_FIRST)
                .toList();
    }

    /** Every published activity with a draft in place of its published version (or added), for a preview. */
    @Transactional(readOnly = true)
    public List<ActivityCard> withDraft(ActivityContent draft, Language language) {
        List<ActivityCard> cards = new ArrayList<>(all(language).stream()
                .filter(a -> !a.key().equals(draft.key())).toList());
        cards.add(ActivityCard.of(draft.normalised(), null, language, markdown,
                images.view(draft.image(), language).orElse(null)));
        cards.sort(NEWEST_FIRST);
        return cards;
    }

    /** The activities of one partnership, newest first. */
    @Transactional(readOnly = true)
    public List<ActivityCard> forCity(String slug, Language language) {
        return all(language).stream().filter(a -> a.cities().contains(slug)).toList();
    }

    /** The newest few, for the overview. */
    @Transactional(readOnly = true)
    public List<ActivityCard> latest(Language language, int count) {
        return all(language).stream().limit(count).toList();
    }
}
