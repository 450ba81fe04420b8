package dk.aarhus.sistercities.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.aarhus.sistercities.city.City;
import dk.aarhus.sistercities.city.CityCatalog;
import dk.aarhus.sistercities.city.CityContent;
import dk.aarhus.sistercities.city.CityHistory;
import dk.aarhus.sistercities.city.CityRepository;
import dk.aarhus.sistercities.content.Language;
import dk.aarhus.sistercities.revision.Revision;
import dk.aarhus.sistercities.revision.RevisionAction;
import dk.aarhus.sistercities.support.AlsoOnPostgres;
import dk.aarhus.sistercities.support.CityContentBuilder;
import dk.aarhus.sistercities.support.FullAppTest;
import dk.aarhus.sistercities.support.ResetDataBeforeEachTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** Drafts, publishing, conflicts and history, on the real database with the seeded content. */
@FullAppTest
@ResetDataBeforeEachTest
@AlsoOnPostgres
class CityEditorTest {

    @Autowired
    CityEditor editor;

    @Autowired
    CityCatalog catalog;

    @Autowired
    CityRepository cities;

    @Autowired
    CityHistory history;

    @Autowired
    TransactionTemplate tx;

    private City city(String slug) {
        return cities.findBySlug(slug).orElseThrow();
    }

    private List<Revision> revisions(String slug) {
        return tx.execute(s -> history.revisions(city(slug)));
    }

    private CityContent draft(String slug) {
        return tx.execute(s -> history.draft(city(slug)));
    }

    private static CityContent withSummary(CityContent content, String lang, String summary) {
        return CityContentBuilder.from(content).summary(lang, summary).build();
    }

    private String publicSummary(String slug) {
        return catalog.city(Language.EN, slug).orElseThrow().card().summary();
    }

    @Test
    void savingADraftNeverChangesThePublicSiteUntilItIsPublished() {
        City bergen = city("bergen");
        String before = publicSummary("bergen");
        int base = bergen.getDraftRevision();

        int saved = editor.save(bergen.getId(), base, withSummary(draft("bergen"), "en", "A new summary"), "anna");

        assertThat(saved).isEqualTo(base + 1);
        assertThat(publicSummary("bergen")).isEqualTo(before);
        assertThat(draft("bergen").texts().get("en").summary()).isEqualTo("A new summary");
        assertThat(CityListing.state(city("bergen"))).isEqualTo(CityListing.State.CHANGED);

        editor.publish(bergen.getId(), saved, "anna");

        assertThat(publicSummary("bergen")).isEqualTo("A new summary");
        assertThat(CityListing.state(city("bergen"))).isEqualTo(CityListing.State.PUBLISHED);
        assertThat(revisions("bergen"))
                .extracting(Revision::getAction, Revision::getAuthor)
                .startsWith(org.assertj.core.groups.Tuple.tuple(RevisionAction.PUBLISHED, "anna"),
                        org.assertj.core.groups.Tuple.tuple(RevisionAction.SAVED, "anna"));
    }

    @Test
    void aSaveOnTopOfSomeoneElsesChangeIsRefusedAndSaysWhoChangedWhat() {
        City turku = city("turku");
        int opened = turku.getDraftRevision();
        CityContent original = draft("turku");
        editor.save(turku.getId(), opened, withSummary(original, "da", "Bente's summary"), "bente");

        assertThatThrownBy(() -> editor.save(turku.getId(), opened, withSummary(original, "en", "Anna's"), "anna"))
                .isInstanceOfSatisfying(CityEditor.StaleException.class, stale -> {
                    CityEditor.Conflict conflict = stale.conflict();
                    assertThat(conflict.meanwhile()).extracting(Revision::getAuthor).containsExactly("bente");
                    assertThat(conflict.theirChanges()).singleElement().satisfies(change -> {
                        assertThat(change.field()).isEqualTo("summary");
                        assertThat(change.lang()).isEqualTo("da");
                        assertThat(change.after()).isEqualTo("Bente's summary");
                    });
                    assertThat(conflict.current().texts().get("da").summary()).isEqualTo("Bente's summary");
                });
        assertThat(draft("turku").texts().get("en").summary()).isEqualTo(original.texts().get("en").summary());
    }

    @Test
    void publishingWhatTheEditorHasNotSeenIsRefused() {
        City rostock = city("rostock");
        int seen = rostock.getDraftRevision();
        editor.save(rostock.getId(), seen, withSummary(draft("rostock"), "en", "Changed meanwhile"), "bente");
        String before = publicSummary("rostock");

        assertThatThrownBy(() -> editor.publish(rostock.getId(), seen, "anna"))
                .isInstanceOf(CityEditor.StaleException.class);
        assertThat(publicSummary("rostock")).isEqualTo(before);
    }

    @Test
    void aNewCityIsADraftThatOnlyThePreviewShows() {
        CityContent hamburg = draft("hamburg");
        CityContent aalborgLike = CityContentBuilder.newCity("new-city", "DE", hamburg.type(), hamburg.status())
                .location(53.0, 10.0).position(99).texts(hamburg.texts()).build();

        long id = editor.create(aalborgLike, "anna");

        assertThat(catalog.city(Language.EN, "new-city")).isEmpty();
        assertThat(catalog.preview(Language.EN, id, draft("new-city")).card().name())
                .isEqualTo(hamburg.texts().get("en").name());
        assertThat(CityListing.state(city("new-city"))).isEqualTo(CityListing.State.DRAFT);
        assertThatThrownBy(() -> editor.create(aalborgLike, "anna")).isInstanceOf(CityEditor.SlugTakenException.class);
    }

    @Test
    void unpublishDeleteAndRestoreAreAllRevisions() {
        City harbin = city("harbin");
        long id = harbin.getId();
        int first = harbin.getDraftRevision();

        editor.unpublish(id, first, "anna");
        assertThat(catalog.city(Language.EN, "harbin")).isEmpty();

        editor.delete(id, city("harbin").getDraftRevision(), "anna");
        assertThat(city("harbin").isDeleted()).isTrue();

        editor.restore(id, first, "bente");
        City restored = city("harbin");
        assertThat(restored.isDeleted()).isFalse();
        assertThat(restored.isPublished()).isFalse();
        assertThat(draft("harbin").texts()).isEqualTo(tx.execute(s -> history.content(
                history.revision(restored, first).orElseThrow())).texts());

        editor.publish(id, restored.getDraftRevision(), "bente");
        assertThat(catalog.city(Language.EN, "harbin")).isPresent();
        assertThat(revisions("harbin")).extracting(Revision::getAction)
                .containsExactly(RevisionAction.PUBLISHED, RevisionAction.RESTORED, RevisionAction.DELETED,
                        RevisionAction.UNPUBLISHED, RevisionAction.PUBLISHED);
    }

    @Test
    void restoringAndRepublishingKeepsEveryResultWithItsTexts() {
        City rostock = city("rostock");
        long id = rostock.getId();
        int first = rostock.getDraftRevision();
        int saved = editor.save(id, first, withSummary(draft("rostock"), "en", "Wrong"), "anna");
        editor.publish(id, saved, "anna");
        editor.restore(id, first, "anna");
        editor.publish(id, city("rostock").getDraftRevision(), "anna");

        var page = catalog.city(Language.EN, "rostock").orElseThrow();
        assertThat(page.results()).hasSize(draft("rostock").results().size())
                .allSatisfy(r -> assertThat(r.title()).isNotBlank());
    }

    @Test
    void comparingTwoRevisionsListsTheChangedFieldsOnly() {
        CityContent before = draft("kujalleq");
        CityContent after = withSummary(before, "en", "Other");
        assertThat(ContentDiff.between(before, after)).singleElement()
                .satisfies(c -> assertThat(c.before()).isEqualTo(before.texts().get("en").summary()));
        assertThat(ContentDiff.between(before, before)).isEmpty();
    }
}
