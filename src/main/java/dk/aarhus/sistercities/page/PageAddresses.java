package dk.aarhus.sistercities.page;

import dk.aarhus.sistercities.content.Language;
import dk.aarhus.sistercities.revision.Revisions;
import dk.aarhus.sistercities.revision.TypedRevisions;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Where a page may go: an address no other page has, and a place in a main menu that has room. Asked by
 * the form, by publishing and by a release's update, so each refuses what the others would.
 */
@Service
public class PageAddresses {

    private final PageRepository pages;
    private final TypedRevisions<PageContent> store;

    PageAddresses(PageRepository pages, Revisions revisions, JsonMapper json) {
        this.pages = pages;
        this.store = new TypedRevisions<>(revisions, json, PageEditor.KIND, PageContent.class);
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

    /**
     * The languages whose address another page has already, published or as its draft: two pages may not
     * share an address, or one of them could never be reached.
     */
    @Transactional(readOnly = true)
    public List<Language> slugsTaken(PageContent content) {
        List<PageContent> others = new ArrayList<>();
        pages.findAllWithTexts().forEach(p -> others.add(p.content()));
        store.latestOfEvery().forEach(r -> others.add(store.read(r)));
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
}
