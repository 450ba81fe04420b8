package dk.aarhus.sistercities.city;

import static org.assertj.core.api.Assertions.assertThat;

import dk.aarhus.sistercities.admin.TextEditor.TextsPublished;
import dk.aarhus.sistercities.support.CityContentBuilder;
import dk.aarhus.sistercities.support.FullAppTest;
import dk.aarhus.sistercities.support.Http;
import jakarta.persistence.EntityManagerFactory;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every public page costs the same number of SQL statements however many cities there are: real page
 * requests over HTTP, each one rendered (the content generation is moved on before it, as a publish
 * does, so neither the page cache nor the search index answers from memory), counted with the 15
 * seeded cities and again with 150 more, well past Hibernate's batch size (100), so a load per city
 * (or per batch of cities) shows as a larger count.
 *
 * <p>Counted: the statements Hibernate prepares (its statistics, on in the tests' configuration). The
 * public pages read the database only through Hibernate (JdbcTemplate is used by the seed and by the
 * content generation's poll, which runs on its own schedule and is not a page's work).
 *
 * <p>On H2 only: the count is Hibernate's (how many statements it prepares for the same mapping and
 * batch size), not the database's, so PostgreSQL would count the same at twice the time.
 */
@FullAppTest
class QueryCountTest {

    static final int GROWN = 150;
    /** hibernate.default_batch_fetch_size in application.properties. */
    static final int BATCH_SIZE = 100;

    /** Every kind of public page, in both languages where it has one. */
    static final List<String> PAGES = List.of("/da", "/en", "/da/venskabsbyer/bergen", "/en/cities/bergen",
            "/da/samarbejdsformer/nordic-sister-city", "/en/partnerships/nordic-sister-city",
            "/da/soeg?q=aarhus", "/en/search?q=aarhus", "/da/kort", "/en/map", "/da/kontakt", "/en/contact",
            "/da/tidslinje", "/en/timeline",
            // The open data's files (the data page itself reads nothing from the database).
            "/data/partnerships.csv", "/data/partnerships.json",
            "/da/feed.xml", "/en/feed.xml", "/sitemap.xml",
            // A page editors made: its text and the navigation of every page come from one statement per generation.
            "/da/sider/deltag", "/en/pages/get-involved",
            "/da/aktiviteter", "/en/activities/lviv", "/en/activities/2019", "/da/aktiviteter.ics");

    @LocalServerPort
    int port;

    @Autowired
    EntityManagerFactory emf;

    @Autowired
    CityRepository cities;

    @Autowired
    PartnershipTypeRepository types;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    ApplicationEventPublisher events;

    @Test
    void theNumberOfStatementsPerPageDoesNotGrowWithTheNumberOfCities() {
        Http http = new Http(port);
        long citiesBefore = publishedCities();
        long resultsBefore = results();
        Map<String, Long> before = statementsPerPage(http);
        assertThat(http.page("/en").select(".card")).as("cards on the overview before").hasSize(15);

        grow();

        Map<String, Long> after = statementsPerPage(http);
        System.out.printf("%nSQL statements per page, %d cities then %d: %s then %s%n", citiesBefore, publishedCities(),
                before, after);
        assertThat(http.page("/en").select(".card")).as("cards on the overview after").hasSize(15 + GROWN);
        assertThat(http.get("/en/search?q=aarhus").body()).as("a grown city found by search").contains("Grown city 149");
        // Search after a publish folds every city with its results: it reads those two collections in
        // batches of at most 100 (hibernate.default_batch_fetch_size), so it costs one statement more per
        // 100 cities and per 100 results, never one per city. Every other page costs the same.
        long searchGrowth = batches(publishedCities()) - batches(citiesBefore) + batches(results()) - batches(resultsBefore);
        for (String page : PAGES) {
            if (page.contains("?q=")) {
                assertThat(after.get(page)).as("%s with %d cities, against %d with 15 (+%d batches at most)", page,
                        15 + GROWN, before.get(page), searchGrowth).isLessThanOrEqualTo(before.get(page) + searchGrowth);
            } else {
                assertThat(after.get(page)).as("%s with %d cities, against 15", page, 15 + GROWN)
                        .isEqualTo(before.get(page));
            }
        }
        // Rendered, not served from memory (a cached page costs nothing), and a few statements each (a city page
        // the most: the city, its collections, its contact, its activities, the navigation's pages).
        assertThat(before).allSatisfy((page, count) -> assertThat(count).as(page).isBetween(1L, 9L));
    }

    private long publishedCities() {
        return transactions.execute(status -> (long) cities.findAllPublished().size());
    }

    private long results() {
        return transactions.execute(status -> cities.findAllPublished().stream()
                .mapToLong(city -> city.getResults().size()).sum());
    }

    private static long batches(long rows) {
        return (rows + BATCH_SIZE - 1) / BATCH_SIZE;
    }

    /** Each page rendered once, after a change of content generation, with the statements it cost. */
    private Map<String, Long> statementsPerPage(Http http) {
        Statistics statistics = emf.unwrap(SessionFactory.class).getStatistics();
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String page : PAGES) {
            newContentGeneration();
            statistics.clear();
            long start = System.nanoTime();
            HttpResponse<String> response = http.get(page);
            long statements = statistics.getPrepareStatementCount();
            System.out.printf("  %s rendered in %d ms with %d statements%n", page, (System.nanoTime() - start) / 1_000_000,
                    statements);
            assertThat(response.statusCode()).as(page).isEqualTo(200);
            counts.put(page, statements);
        }
        return counts;
    }

    /** What a publish does to every cache: the content generation moves on (and an audit entry is written). */
    private void newContentGeneration() {
        // In a transaction, as a publish is: this instance moves on when it commits, not at its next poll, so
        // what is kept per generation (search's documents, the pages of the navigation) is read in the page's turn.
        transactions.executeWithoutResult(status ->
                events.publishEvent(new TextsPublished("pages rendered afresh", "query-count-test")));
    }

    /**
     * 150 published cities of every type, each as full as a real one: texts in both languages, three
     * results with their texts, sources, steps of its history; every tenth a former partnership. Without
     * a place on the map: the map's label placer is made for a few dozen markers (165 take it well over
     * the client's 20 seconds), and the map page still lists every city. Written straight to the tables
     * citizens are served from, in one transaction.
     */
    private void grow() {
        transactions.executeWithoutResult(status -> {
            List<PartnershipType> all = types.findAllWithTexts();
            for (int i = 0; i < GROWN; i++) {
                PartnershipType type = all.get(i % all.size());
                boolean former = i % 10 == 9;
                List<CityContent.ResultContent> results = new ArrayList<>();
                for (int r = 0; r < 3; r++) {
                    results.add(new CityContent.ResultContent(ResultArea.values()[r % ResultArea.values().length],
                            2000 + r, null, List.of(1), Map.of(
                                    "da", new CityContent.ResultTexts("Resultat " + r, "Et resultat med Aarhus."),
                                    "en", new CityContent.ResultTexts("Result " + r, "A result with Aarhus."))));
                }
                CityContent content = CityContentBuilder.newCity("grown-" + i, "NO", type.getCode(),
                                former ? CityStatus.ENDED : CityStatus.ACTIVE)
                        .set("statusSince", former ? "2020" : null)
                        .set("statusSources", former ? List.of(2) : List.of())
                        .set("sinceYear", 1950 + i % 70)
                        .set("sinceSources", List.of(1))
                        .position(1000 + i)
                        .published(true)
                        .texts(Map.of(
                                "da", new CityContent.Texts("Voksen by " + i, "Norge", "Region", "Venskabsby af Aarhus.",
                                        "En **beskrivelse**.", former ? "Ophørt." : null),
                                "en", new CityContent.Texts("Grown city " + i, "Norway", "Region", "Partner of Aarhus.",
                                        "A **description**.", former ? "Ended." : null)))
                        .results(results)
                        .set("milestones", List.of(
                                new Milestone("1950", List.of(1), Map.of("da", new Milestone.Texts(null, "Aftale."),
                                        "en", new Milestone.Texts(null, "Agreement."))),
                                new Milestone("2001-05", List.of(2), Map.of("da", new Milestone.Texts(null, "Besøg."),
                                        "en", new Milestone.Texts(null, "Visit.")))))
                        .set("sources", List.of(
                                new Source("Aftalen", "da", "Aarhus Kommune", "1950", "https://aarhus.example/aftale"),
                                new Source("Besøget", "da", "Aarhus Kommune", "2001-05", null)))
                        .build();
                City city = new City(content.slug(), content.countryCode(), type);
                city.apply(content, type);
                city.setPublished(true);
                cities.save(city);
            }
        });
    }
}
