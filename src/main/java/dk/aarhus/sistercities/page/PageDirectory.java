package dk.aarhus.sistercities.page;

import dk.aarhus.sistercities.cache.ContentGeneration;
import dk.aarhus.sistercities.content.Language;
import dk.aarhus.sistercities.content.Markdown;
import dk.aarhus.sistercities.content.PublicPaths;
import dk.aarhus.sistercities.image.ImageLibrary;
import dk.aarhus.sistercities.image.ImageView;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The published pages as the public site reads them; {@code site/LayoutAdvice} gives every page the main
 * navigation from it. Pages are few and small, so all of them are read in one statement
 * and kept, rendered, once per content generation (like search): a page or its navigation costs no query
 * until the next publish, on this instance or any other.
 */
@Service
public class PageDirectory {

    private static final Logger log = LoggerFactory.getLogger(PageDirectory.class);

    /** An item of the main navigation: the page's title and address in one language. */
    public record NavLink(String title, String path) {
    }

    /** Every published page, by language and slug, and the navigation, as of one content generation. */
    private record Snapshot(long generation, Map<Language, Map<String, PageView>> bySlug,
            Map<Language, List<NavLink>> navigation, List<Map<Language, String>> addresses) {
    }

    private final PageRepository pages;
    private final ContentGeneration generation;
    private final Markdown markdown;
    private final PublicPaths paths;
    private final ImageLibrary images;
    private final TransactionTemplate readOnly;
    /** Written only under {@link #loading}, and only ever with a newer generation. */
    private volatile Snapshot snapshot;
    private final ReentrantLock loading = new ReentrantLock();

    PageDirectory(PageRepository pages, ContentGeneration generation, Markdown markdown, PublicPaths paths,
            ImageLibrary images, PlatformTransactionManager transactions) {
        this.images = images;
        this.pages = pages;
        this.generation = generation;
        this.markdown = markdown;
        this.paths = paths;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /** The published page at this address, if any. */
    public Optional<PageView> page(Language language, String slug) {
        return Optional.ofNullable(current().bySlug().get(language).get(slug));
    }

    /**
     * The published pages with a place in the navigation, in its order. Every page's header, error pages
     * included: when the database is away, the last known navigation (or none) rather than a failed page.
     */
    public List<NavLink> navigation(Language language) {
        try {
            return current().navigation().get(language);
        } catch (RuntimeException e) {
            log.debug("Navigation without the pages", e);
            Snapshot last = snapshot;
            return last == null ? List.of() : last.navigation().get(language);
        }
    }

    /** The address of the page at {@code path} in another language, if {@code path} is a published page's. */
    public Optional<String> alternate(String path, Language to) {
        String[] parts = path == null ? new String[0] : path.split("/", -1);
        if (parts.length != 4 || !parts[0].isEmpty()) {
            return Optional.empty();
        }
        Optional<Language> from = Language.fromCode(parts[1]);
        if (from.isEmpty() || !PublicPaths.Section.PAGE.segment(from.get()).equals(parts[2])) {
            return Optional.empty();
        }
        return page(from.get(), parts[3]).map(p -> to == from.get() ? p.path() : p.otherPath());
    }

    /** Every published page's address in each language, for the sitemap. */
    public List<Map<Language, String>> addresses() {
        return current().addresses();
    }

    private Snapshot current() {
        Snapshot known = snapshot;
        if (known != null && known.generation() >= generation.current()) {
            return known;
        }
        // One load per generation: the requests that arrive meanwhile wait for it rather than each reading
        // the pages again, and a slow load of an older generation cannot overwrite a newer snapshot.
        loading.lock();
        try {
            long now = generation.current();
            known = snapshot;
            if (known != null && known.generation() >= now) {
                return known;
            }
            // Read after the generation: what is read is at least as new as the generation it is kept for.
            Snapshot fresh = readOnly.execute(status -> load(now));
            snapshot = fresh;
            return fresh;
        } finally {
            loading.unlock();
        }
    }

    private Snapshot load(long at) {
        Map<Language, Map<String, PageView>> bySlug = new EnumMap<>(Language.class);
        Map<Language, List<NavLink>> navigation = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            bySlug.put(language, new HashMap<>());
            navigation.put(language, new ArrayList<>());
        }
        List<Map<Language, String>> addresses = new ArrayList<>();
        List<Page> published = pages.findAllWithTexts().stream()
                .sorted(Comparator.comparing((Page p) -> p.content().navPosition() == null ? Integer.MAX_VALUE
                        : p.content().navPosition()).thenComparing(Page::getKey))
                .toList();
        Map<Language, Map<Long, ImageView>> pictures = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            pictures.put(language, images.views(published.stream().map(p -> p.content().image()).toList(), language));
        }
        for (Page row : published) {
            PageContent page = row.content();
            Map<Language, String> address = new EnumMap<>(Language.class);
            for (Language language : Language.values()) {
                address.put(language, paths.page(language, page.text(language).slug()));
            }
            addresses.add(address);
            for (Language language : Language.values()) {
                PageView view = PageView.of(page, language, markdown, address.get(language),
                        address.get(language.other()), row.getPublishedAt(),
                        page.image() == null ? null : pictures.get(language).get(page.image()));
                bySlug.get(language).put(page.text(language).slug(), view);
                if (page.navPosition() != null) {
                    navigation.get(language).add(new NavLink(view.title(), view.path()));
                }
            }
        }
        navigation.replaceAll((language, links) -> List.copyOf(links));
        return new Snapshot(at, bySlug, navigation, List.copyOf(addresses));
    }
}
