package dk.aarhus.sistercities.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dk.aarhus.sistercities.SisterCitiesApplication;
import dk.aarhus.sistercities.activity.ActivityCard;
import dk.aarhus.sistercities.activity.ActivityDirectory;
import dk.aarhus.sistercities.city.City;
import dk.aarhus.sistercities.city.CityCatalog;
import dk.aarhus.sistercities.city.CityContent;
import dk.aarhus.sistercities.city.CityHistory;
import dk.aarhus.sistercities.city.CityRepository;
import dk.aarhus.sistercities.city.CityStatus;
import dk.aarhus.sistercities.content.Language;
import dk.aarhus.sistercities.page.PageContent;
import dk.aarhus.sistercities.page.PageDirectory;
import dk.aarhus.sistercities.page.PageEditor;
import dk.aarhus.sistercities.revision.Revision;
import dk.aarhus.sistercities.revision.RevisionAction;
import dk.aarhus.sistercities.support.AlsoOnPostgres;
import dk.aarhus.sistercities.support.FullAppTest;
import dk.aarhus.sistercities.support.TestDatabase;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * A site seeded by the release before sources existed (test resource {@code seed-v1.json}) gets this
 * release's content: the missing cities, the corrected statuses, the sources; an editor's work is not
 * overwritten but gets the new version as a draft.
 */
@Tag(FullAppTest.TAG)
@AlsoOnPostgres
class ContentUpdateTest {

    private static ConfigurableApplicationContext site;

    @BeforeAll
    static void startASiteSeededByTheEarlierRelease() {
        TestDatabase.Database database = TestDatabase.newDatabase();
        site = new SpringApplicationBuilder(SisterCitiesApplication.class).run("--server.port=0",
                "--spring.datasource.url=" + database.url(), "--spring.datasource.username=" + database.username(),
                "--spring.datasource.password=" + database.password(),
                "--sistercities.seed.location=classpath:seed-v1.json", "--spring.jmx.enabled=false");
    }

    @AfterAll
    static void stop() {
        if (site != null) {
            site.close();
        }
    }

    @Test
    void theUpdateAddsAndCorrectsWhatNoEditorTouchedAndDraftsTheRest() throws IOException {
        CityRepository cities = site.getBean(CityRepository.class);
        CityHistory history = site.getBean(CityHistory.class);
        CityCatalog catalog = site.getBean(CityCatalog.class);
        TransactionTemplate tx = site.getBean(TransactionTemplate.class);
        ContentUpdate update = site.getBean(ContentUpdate.class);
        ReleaseAdditions additions = site.getBean(ReleaseAdditions.class);

        // The earlier release: 13 cities, St Petersburg listed, Harbin paused, no sources.
        assertThat(cities.count()).isEqualTo(13);
        assertThat(cities.findBySlug("lviv")).isEmpty();
        assertThat(cities.findBySlug("harbin").orElseThrow().getStatus()).isEqualTo(CityStatus.PAUSED);
        assertThat(catalog.city(Language.DA, "st-petersburg").orElseThrow().sources()).isEmpty();

        // An editor has rewritten Rostock's summary and published it.
        CityContent rostockDraft = history.draft(cities.findBySlug("rostock").orElseThrow());
        Map<String, CityContent.Texts> texts = new HashMap<>(rostockDraft.texts());
        CityContent.Texts en = texts.get("en");
        texts.put("en", new CityContent.Texts(en.name(), en.country(), en.region(), "Rostock as the editor wrote it",
                en.description(), en.statusReason()));
        // As the earlier release published it (this release refuses to publish facts without sources).
        CityContent edited = rostockDraft.withTexts(texts).withPublished(true);
        tx.executeWithoutResult(s -> {
            City city = cities.findBySlug("rostock").orElseThrow();
            city.apply(edited, city.getType());
            history.record(city, RevisionAction.PUBLISHED, edited, "anna");
        });

        ContentDocument release = thisRelease(site.getBean(JsonMapper.class));
        List<String> changes = tx.execute(s -> update.apply(release));

        assertThat(changes).contains("city lviv added", "city kiel added", "city st-petersburg updated",
                "city harbin updated", "city rostock: new draft for editors");
        assertThat(cities.count()).isEqualTo(15);
        assertThat(catalog.city(Language.EN, "lviv")).isPresent();
        assertThat(catalog.city(Language.DA, "kiel").orElseThrow().sources()).isNotEmpty();
        assertThat(cities.findBySlug("st-petersburg").orElseThrow().getStatus()).isEqualTo(CityStatus.ENDED);
        assertThat(catalog.overview(Language.EN).formerPartnerships()).extracting(c -> c.slug())
                .containsExactly("st-petersburg");
        assertThat(cities.findBySlug("harbin").orElseThrow().getStatus()).isEqualTo(CityStatus.LIMITED);

        // Rostock: citizens still see the editor's text; the release's version waits as a draft.
        assertThat(catalog.city(Language.EN, "rostock").orElseThrow().card().summary())
                .isEqualTo("Rostock as the editor wrote it");
        City rostockNow = cities.findBySlug("rostock").orElseThrow();
        Revision newest = history.revisions(rostockNow).get(0);
        assertThat(newest.getAuthor()).isEqualTo(ContentUpdate.AUTHOR);
        // The draft merges field by field: the editor's texts stay, what the editor never touched
        // (the sources, the history, the year's and status's citations) comes from this release.
        CityContent merged = history.content(newest);
        assertThat(merged.texts().get("en").summary()).isEqualTo("Rostock as the editor wrote it");
        assertThat(merged.sources()).isNotEmpty();
        assertThat(merged.sinceSources()).isNotEmpty();
        assertThat(merged.milestones()).isNotEmpty();
        assertThat(history.revisions(rostockNow)).extracting(Revision::getAuthor).contains("anna");

        // The seed's activities, once each, now that their cities are there; not twice.
        List<String> added = tx.execute(s -> additions.addActivities(release));
        assertThat(added).containsExactlyInAnyOrder(
                "activity kiel-cooperation-agreement-2019 added", "activity lviv-cooperation-agreement-2023 added",
                "activity lviv-sister-city-2023 added", "activity st-petersburg-partnership-ended-2022 added");
        List<String> twice = tx.execute(s -> additions.addActivities(release));
        assertThat(twice).isEmpty();
        assertThat(site.getBean(ActivityDirectory.class).forCity("lviv", Language.EN)).extracting(ActivityCard::title)
                .containsExactly("Lviv and Aarhus sign a cooperation agreement", "Lviv becomes a sister city of Aarhus");

        // Once is enough: the same update again changes nothing.
        List<String> again = tx.execute(s -> update.apply(release));
        assertThat(again).isEmpty();
        assertThat(site.getBean(JdbcTemplate.class).queryForObject(
                "select count(*) from content_update where id = ?", Integer.class, ContentUpdate.ID)).isEqualTo(1);
        assertThat(site.getBean(JdbcTemplate.class).queryForObject(
                "select count(*) from content_update where id = ?", Integer.class, ContentUpdate.ACTIVITIES_ID))
                .as("recorded at the start, so it runs once").isEqualTo(1);
    }

    @Test
    void thePagesComeOnceAndNeverOverAnEditorsPage() throws IOException {
        TransactionTemplate tx = site.getBean(TransactionTemplate.class);
        ContentUpdate update = site.getBean(ContentUpdate.class);
        ReleaseAdditions additions = site.getBean(ReleaseAdditions.class);
        PageEditor pages = site.getBean(PageEditor.class);
        PageDirectory directory = site.getBean(PageDirectory.class);
        JdbcTemplate jdbc = site.getBean(JdbcTemplate.class);
        assertThat(jdbc.queryForObject("select count(*) from content_update where id = ?", Integer.class,
                ContentUpdate.PAGES_ID)).as("recorded at start, with the earlier seed's (no) pages").isEqualTo(1);
        assertThat(pages.published()).isEmpty();

        // An editor made a page of their own at the address the release's "Get involved" would take.
        pages.create(new PageContent(null, 1, false, Map.of(
                "da", new PageContent.Texts("deltag", "Vær med", "Redaktørens tekst."),
                "en", new PageContent.Texts("join-in", "Join in", "The editor's text.")), List.of()), "anna");

        ContentDocument release = thisRelease(site.getBean(JsonMapper.class));
        List<String> added = tx.execute(s -> additions.addPages(release));
        assertThat(added).containsExactly("page about added as a draft");
        // A live site gets nothing public unreviewed: the page is a draft, off the site and out of the menu.
        assertThat(pages.published()).isEmpty();
        assertThat(directory.page(Language.DA, "om-venskabsbyerne")).isEmpty();
        assertThat(directory.navigation(Language.EN)).isEmpty();
        assertThat(pages.history("about")).extracting(Revision::getAction).containsExactly(RevisionAction.CREATED);
        assertThat(pages.items(Language.DA)).as("the editor's page untouched; both drafts in the editors' list")
                .extracting(PageEditor.Item::title, PageEditor.Item::state).containsExactlyInAnyOrder(
                        tuple("Vær med", PageEditor.State.DRAFT),
                        tuple("Om venskabsbyerne", PageEditor.State.DRAFT));

        List<String> again = tx.execute(s -> additions.addPages(release));
        assertThat(again).as("once is enough").isEmpty();
    }

    private static ContentDocument thisRelease(JsonMapper json) throws IOException {
        try (InputStream in = new ClassPathResource("seed/content.json").getInputStream()) {
            return json.readValue(in, ContentDocument.class);
        }
    }
}
