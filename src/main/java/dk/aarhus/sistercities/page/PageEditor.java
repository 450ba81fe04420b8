package dk.aarhus.sistercities.page;

import dk.aarhus.sistercities.content.Language;
import dk.aarhus.sistercities.content.Markdown;
import dk.aarhus.sistercities.content.PublishedContentChanged;
import dk.aarhus.sistercities.revision.Revision;
import dk.aarhus.sistercities.revision.RevisionAction;
import dk.aarhus.sistercities.revision.RevisionSubject;
import dk.aarhus.sistercities.revision.Revisions;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
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
    public record PagePublished(String subject, String author) implements PublishedContentChanged {
    }

    /** A page was taken off the site; its history stays. */
    public record PageUnpublished(String subject, String author) implements PublishedContentChanged {
    }

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

    /** A draft as its public page would show it, for the preview; rendered with the same Markdown. */
    public PageView preview(PageContent content, Language language, String path, String otherPath) {
        return PageView.of(content, language, markdown, path, otherPath, null);
    }

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String KEY_LETTERS = "abcdefghijkmnpqrstuvwxyz23456789";

    private final Revisions revisions;
    private final PageRepository pages;
    private final JsonMapper json;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Markdown markdown;

    PageEditor(Revisions revisions, PageRepository pages, JsonMapper json, ApplicationEventPublisher events,
            Clock clock, Markdown markdown) {
        this.markdown = markdown;
        this.revisions = revisions;
        this.pages = pages;
        this.json = json;
        this.events = events;
        this.clock = clock;
    }

    /** Every page that has a revision: those in the navigation first, in its order, then by title. */
    @Transactional(readOnly = true)
    public List<Item> items(Language language) {
        Set<String> live = pages.findAll().stream().map(Page::getKey).collect(Collectors.toSet());
        return revisions.latestOfEvery(KIND).stream().map(latest -> {
            PageContent content = read(latest);
            return new Item(latest.getSubject().key(), content.text(language).title(), content.navPosition(),
                    state(live.contains(latest.getSubject().key()), latest), latest);
        }).sorted(Comparator.comparing((Item i) -> i.navPosition() == null ? Integer.MAX_VALUE : i.navPosition())
                .thenComparing(i -> Objects.toString(i.title(), ""))).toList();
    }

    @Transactional(readOnly = true)
    public State state(String key) {
        Revision latest = revisions.latest(subject(key)).orElseThrow(PageEditor::notFound);
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
        Revision latest = revisions.latest(subject(key)).orElseThrow(PageEditor::notFound);
        return new Draft(read(latest), latest.getNumber());
    }

    /** A new page with a new key, as its first draft; the content must have passed {@link PageRules}. */
    @Transactional
    public String create(PageContent content, String author) {
        String key;
        do {
            key = newKey();
        } while (revisions.latest(subject(key)).isPresent());
        record(key, RevisionAction.CREATED, content.withKey(key).normalised(), author);
        return key;
    }

    /** Saves a draft; the content must have passed {@link PageRules}. */
    @Transactional
    public int save(int baseRevision, PageContent content, String author) {
        checkSeen(content.key(), baseRevision);
        return record(content.key(), RevisionAction.SAVED, content.normalised(), author);
    }

    @Transactional
    public void publish(String key, int seenRevision, String author) {
        Draft draft = checkSeen(key, seenRevision);
        if (!PageRules.problems(draft.content()).isEmpty() || !slugsTaken(draft.content()).isEmpty()
                || navigationFull(draft.content()).isPresent()) {
            throw new ResponseStatusException(HttpStatus.CONFLICT);
        }
        Page page = pages.findByKey(key).orElseGet(() -> new Page(key));
        page.apply(draft.content(), clock.instant());
        pages.saveAndFlush(page);
        record(key, RevisionAction.PUBLISHED, draft.content(), author);
        events.publishEvent(new PagePublished("pages/" + key, author));
    }

    /** Takes a page off the site (its address answers 404 again); its history stays. */
    @Transactional
    public void unpublish(String key, int seenRevision, String author) {
        Draft draft = checkSeen(key, seenRevision);
        Page page = pages.findByKey(key).orElseThrow(PageEditor::notFound);
        pages.delete(page);
        record(key, RevisionAction.UNPUBLISHED, draft.content(), author);
        events.publishEvent(new PageUnpublished("pages/" + key, author));
    }

    /** Makes an older revision the new draft. */
    @Transactional
    public void restore(String key, int number, String author) {
        Revision old = revisions.revision(subject(key), number).orElseThrow(PageEditor::notFound);
        record(key, RevisionAction.RESTORED, read(old), author);
    }

    @Transactional(readOnly = true)
    public List<Revision> history(String key) {
        return revisions.history(subject(key));
    }

    /**
     * The problem of this page's place in the main menu when the menu is full of other published pages:
     * checked on saving and again on publishing (another page may have gone into the menu meanwhile).
     */
    @Transactional(readOnly = true)
    public Optional<PageRules.Problem> navigationFull(PageContent content) {
        long others = pages.findAll().stream()
                .filter(p -> p.getNavPosition() != null && !p.getKey().equals(content.key())).count();
        return PageRules.navigation(content, others);
    }

    /** The newest revisions (all when {@code all}), for the form: a long-lived page's history stays short. */
    @Transactional(readOnly = true)
    public Revisions.Recent recent(String key, boolean all) {
        return revisions.recent(subject(key), all ? Integer.MAX_VALUE : Revisions.SHOWN);
    }

    /**
     * The languages whose address another page has already, published or as its draft: two pages may not
     * share an address, or one of them could never be reached.
     */
    @Transactional(readOnly = true)
    public List<Language> slugsTaken(PageContent content) {
        List<PageContent> others = new ArrayList<>();
        pages.findAllWithTexts().forEach(p -> others.add(p.content()));
        revisions.latestOfEvery(KIND).forEach(r -> others.add(read(r)));
        List<Language> taken = new ArrayList<>();
        for (Language language : Language.values()) {
            String slug = content.text(language).slug();
            if (slug != null && others.stream().anyMatch(o -> !Objects.equals(o.key(), content.key())
                    && slug.equals(o.text(language).slug()))) {
                taken.add(language);
            }
        }
        return taken;
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
        return revisions.latest(subject(key)).isPresent() || pages.findByKey(key).isPresent();
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
            record(page.key(), RevisionAction.PUBLISHED, page, author);
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
            record(page.key(), RevisionAction.CREATED, page, author);
        }
    }

    private Draft checkSeen(String key, int seenRevision) {
        Draft current = draft(key);
        if (current.revision() != seenRevision) {
            throw new StaleException(current, revisions.since(subject(key), seenRevision));
        }
        return current;
    }

    private int record(String key, RevisionAction action, PageContent content, String author) {
        return revisions.record(subject(key), action, json.writeValueAsString(content), author).getNumber();
    }

    PageContent read(Revision revision) {
        return json.readValue(revision.getContent(), PageContent.class);
    }

    private static RevisionSubject subject(String key) {
        return new RevisionSubject(KIND, key);
    }

    private static String newKey() {
        StringBuilder key = new StringBuilder(8);
        for (int i = 0; i < 8; i++) {
            key.append(KEY_LETTERS.charAt(RANDOM.nextInt(KEY_LETTERS.length())));
        }
        return key.toString();
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
