package dk.aarhus.sistercities.city;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.aarhus.sistercities.support.AlsoOnPostgres;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.test.context.TestPropertySource;

/** The mapping against the Flyway schema: texts per language as rows, publishing, unique slugs. */
@DataJpaTest
@TestPropertySource(properties = "sistercities.seed.enabled=false")
@AlsoOnPostgres
class CityRepositoryTest {

    @Autowired
    CityRepository cities;

    @Autowired
    PartnershipTypeRepository types;

    @Autowired
    EntityManager em;

    PartnershipType nordic;

    @BeforeEach
    void type() {
        nordic = new PartnershipType("nordic-sister-city", 1, true);
        nordic.getTexts().put("en", new PartnershipTypeText("Nordic sister cities", "Intro"));
        nordic.getTexts().put("da", new PartnershipTypeText("Nordiske venskabsbyer", "Intro"));
        types.save(nordic);
    }

    private City city(String slug, int order, boolean published) {
        City city = new City(slug, "NO", nordic);
        city.setSortOrder(order);
        city.setPublished(published);
        city.getTexts().put("en", new CityText(slug + " en", "Norway", null, "Summary", "Description", null));
        city.getTexts().put("da", new CityText(slug + " da", "Norge", null, "Resumé", "Beskrivelse", null));
        return city;
    }

    @Test
    void aThirdLanguageIsNewRowsNotNewColumns() {
        City bergen = city("bergen", 1, true);
        bergen.getTexts().put("de", new CityText("Bergen", "Norwegen", "Vestland", "Zusammenfassung", "Text", null));
        Result result = new Result(ResultArea.CULTURE, 1999, null, List.of());
        result.getTexts().put("de", new ResultText("Kultur", "Austausch"));
        bergen.addResult(result);
        cities.saveAndFlush(bergen);
        em.clear();

        City found = cities.findBySlug("bergen").orElseThrow();
        assertThat(found.getTexts()).containsOnlyKeys("da", "en", "de");
        assertThat(found.getTexts().get("de").country()).isEqualTo("Norwegen");
        assertThat(found.getResults()).singleElement()
                .satisfies(r -> assertThat(r.getTexts().get("de").title()).isEqualTo("Kultur"));
    }

    @Test
    void onlyPublishedCitiesAreListedInTheirOrder() {
        cities.save(city("turku", 3, true));
        cities.save(city("bergen", 1, true));
        cities.save(city("draft-city", 2, false));
        cities.flush();
        em.clear();

        assertThat(cities.findAllPublished()).extracting(City::getSlug).containsExactly("bergen", "turku");
        assertThat(cities.findBySlugAndPublishedTrue("draft-city")).isEmpty();
        assertThat(cities.findBySlugAndPublishedTrue("bergen")).isPresent();
    }

    @Test
    void slugsAreUnique() {
        cities.saveAndFlush(city("bergen", 1, true));
        assertThatThrownBy(() -> cities.saveAndFlush(city("bergen", 2, true)))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void everyEditBumpsTheVersionForOptimisticLocking() {
        City bergen = cities.saveAndFlush(city("bergen", 1, true));
        long before = bergen.getVersion();
        bergen.setSortOrder(5);
        cities.saveAndFlush(bergen);
        assertThat(bergen.getVersion()).isGreaterThan(before);
    }
}
