package dk.aarhus.sistercities.page;

import dk.aarhus.sistercities.content.Language;
import dk.aarhus.sistercities.content.Markdown;
import dk.aarhus.sistercities.content.PublishedContentChanged;
import dk.aarhus.sistercities.image.ImageLibrary;
import dk.aarhus.sistercities.revision.Revision;
import dk.aarhus.sistercities.revision.RevisionAction;
import dk.aarhus.sistercities.revision.Revisions;
import dk.aarhus.sistercities.revision.TypedRevisions;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Drafts, publishing and history of pages, in the one revision store (kind {@code PAGE}, key: the page's
 * key): creating and saving make draft revisions, publishing puts the draft on the site, unpublishing takes
 * it off; a save or publish on top of a revision the editor has not seen is refused.
 */
@Service
public class PageEditor {

    static final String KIND = "PAGE";

    /** A page went public, or changed; the subject is e.g. {@code pages/get-involved}. */
    public record PagePublished(String subject, String author) implements PublishedContentChanged { }

    /** A page was taken off the site; its history stays. */
    public record PageUnpublished(String subject, String author) implements PublishedContentChanged { }

    /** Where a page stands: a draft not on the site, published, or published with a newer draft. */
    public enum State { DRAFT, PUBLISHED, CHANGED }

    /** The newest revision's content and number. */
    public record Draft(PageContent content, int revision) {
    }

    /** A row of the editors' list: the draft's title in the editor's language. */
    public record Item(String key, String title, Integer navPosition, State state, Revision latest) {
    }

    public static final class StaleException extends RuntimeException {
        private final transient Draft current;
        private final transient List<Revision> meanwhile;

        StaleException(Draft current, List<Revision> meanwhile) {
            super("Changed since the editor saw it", null, false, false);
            this.current = current;
            this.meanwhile = meanwhile;
        }

        public Draft current() {
            return current;
        }

        public List<Revision> meanwhile() {
            return meanwhile;
        }
    }

    private final TypedRevisions<PageContent> store;
    private final PageRepository pages;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Markdown markdown;
    private final PageAddresses addresses;
    private final ImageLibrary images;

    PageEditor(Revisions revisions, PageRepository pages, JsonMapper json, ApplicationEventPublisher events,
            Clock clock, Markdown markdown, PageAddresses addresses, ImageLibrary images) {
        this.images = images;
        this.addresses = addresses;
        this.markdown = markdown;
        this.store = new TypedRevisions<>(revisions, json, KIND, PageContent.class);
        this.pages = pages;
        this.events = events;
        this.clock = clock;
    }

    /** A draft as its public page would show it, for the preview; rendered with the same Markdown. */
    public PageView preview(PageContent content, Language language, String path, String otherPath) {
        return PageView.of(content, language, markdown, path, otherPath, null,
                images.view(content.image(), language).orElse(null));
    }

    /** Every page that has a revision: those in the navigation first, in its order, then by title. */
    @Transactional(readOnly = true)
    public List<Item> items(Language language) {
        Set<String> live = pages.findAll().stream().map(Page::getKey).collect(Collectors.toSet());
        return store.latestOfEvery().stream().map(latest -> {
            PageContent content = store.read(latest);
            // A draft may have no title yet: its key stands in.
            String title = Objects.requireNonNullElse(content.text(language).title(), latest.getSubject().key());
            return new Item(latest.getSubject().key(), title, content.navPosition(),
                    state(live.contains(latest.getSubject().key()), latest), latest);
        }).sorted(Comparator.comparing((Item i) -> i.navPosition() == null ? Integer.MAX_VALUE : i.navPosition())
                .thenComparing(i -> Objects.toString(i.title(), ""))).toList();
    }

    @Transactional(readOnly = true)
    public State state(String key) {
        Revision latest = store.latest(key).orElseThrow(PageEditor::notFound);
        return state(pages.findByKey(key).isPresent(), latest);
    }

    private static State state(boolean live, Revision latest) {
        if (!live) {
            return State.DRAFT;
        }
        return latest.getAction() == RevisionAction.PUBLISHED ? State.PUBLISHED : State.CHANGED;
    }

    /** The newest revision; a key without any is no page (404). */
    @Transactional(readOnly = true)
    public Draft draft(String key) {
        Revision latest = store.latest(key).orElseThrow(PageEditor::notFound);
        return new Draft(store.read(latest), latest.getNumber());
    }

    /** A new page with a new key, as its first draft; the content must have passed {@link PageRules}. */
    @Transactional
    public String create(PageContent content, String author) {
        String key;
        do {
            key = TypedRevisions.randomKey("", 8);
        } while (store.latest(key).isPresent());
        store.record(key, RevisionAction.CREATED, content.withKey(key).normalised(), author);
        return key;
    }

    /** Saves a draft; the content must have passed {@link PageRules}. */
    @Transactional
    public int save(int baseRevision, PageContent content, String author) {
        checkSeen(content.key(), baseRevision);
        return store.record(content.key(), RevisionAction.SAVED, content.normalised(), author);
    }

    @Transactional
    public void publish(String key, int seenRevision, String author) {
        Draft draft = checkSeen(key, seenRevision);
        if (!PageRules.problems(draft.content()).isEmpty() || !addresses.slugsTaken(draft.content()).isEmpty()
                || addresses.navigationFull(draft.content()).isPresent()) {
            throw new ResponseStatusException(HttpStatus.CONFLICT);
        }
        Page page = pages.findByKey(key).orElseGet(() -> new Page(key));
        page.apply(draft.content(), clock.instant());
        pages.saveAndFlush(page);
        store.record(key, RevisionAction.PUBLISHED, draft.content(), author);
        events.publishEvent(new PagePublished("pages/" + key, author));
    }

    /** Takes a page off the site (its address answers 404 again); its history stays. */
    @Transactional
    public void unpublish(String key, int seenRevision, String author) {
        Draft draft = checkSeen(key, seenRevision);
        Page page = pages.findByKey(key).orElseThrow(PageEditor::notFound);
        pages.delete(page);
        store.record(key, RevisionAction.UNPUBLISHED, draft.content(), author);
        events.publishEvent(new PageUnpublished("pages/" + key, author));
    }

    /** Makes an older revision the new draft. */
    @Transactional
    public void restore(String key, int number, String author) {
        Revision old = store.revision(key, number).orElseThrow(PageEditor::notFound);
        store.restored(key, number, store.read(old), author);
    }

    @Transactional(readOnly = true)
    public List<Revision> history(String key) {
        return store.history(key);
    }

    /** The newest revisions (all when {@code all}), for the form: a long-lived page's history stays short. */
    @Transactional(readOnly = true)
    public Revisions.Recent recent(String key, boolean all) {
        return store.recent(key, all);
    }

    /** Every published page, in the navigation's order, then by key: what a content document carries. */
    @Transactional(readOnly = true)
    public List<PageContent> published() {
        return pages.findAllWithTexts().stream().map(Page::content)
                .sorted(Comparator.comparing((PageContent p) -> p.navPosition() == null ? Integer.MAX_VALUE : p.navPosition())
                        .thenComparing(PageContent::key))
                .toList();
    }

    /** Whether any page, published or a draft, has this key: the seed adds none over an editor's page. */
    @Transactional(readOnly = true)
    public boolean exists(String key) {
        return store.latest(key).isPresent() || pages.findByKey(key).isPresent();
    }

    /**
     * Puts the pages of the seed or an import on the site, each with one published revision by {@code author};
     * in the caller's transaction. The caller has checked them ({@link PageRules}, no address twice).
     */
    @Transactional
    public void load(List<PageContent> loaded, String author) {
        Map<String, Page> existing = pages.findAll().stream().collect(Collectors.toMap(Page::getKey, Function.identity()));
        for (PageContent content : loaded) {
            PageContent page = content.normalised();
            Page row = existing.getOrDefault(page.key(), new Page(page.key()));
            row.apply(page, clock.instant());
            pages.save(row);
            store.record(page.key(), RevisionAction.PUBLISHED, page, author);
        }
        pages.flush();
    }

    /**
     * Adds pages as drafts only (one {@code CREATED} revision each, not on the site, not in the menu): what a
     * release brings to a site that is already live waits for an editor to review and publish it.
     */
    @Transactional
    public void addDrafts(List<PageContent> added, String author) {
        for (PageContent content : added) {
            PageContent page = content.normalised();
            store.record(page.key(), RevisionAction.CREATED, page, author);
        }
    }

    private Draft checkSeen(String key, int seenRevision) {
        Draft current = draft(key);
        if (current.revision() != seenRevision) {
            throw new StaleException(current, store.since(key, seenRevision));
        }
        return current;
    }





    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
