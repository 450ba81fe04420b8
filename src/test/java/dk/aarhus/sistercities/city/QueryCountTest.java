package dk.aarhus.sistercities.city;

import static org.assertj.core.api.Assertions.assertThat;

import dk.aarhus.sistercities.content.Language;
import dk.aarhus.sistercities.support.AlsoOnPostgres;
import dk.aarhus.sistercities.support.FullAppTest;
import jakarta.persistence.EntityManagerFactory;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every public page costs the same number of SQL statements, however many cities and results there are. */
@FullAppTest
@AlsoOnPostgres
class QueryCountTest {

    @Autowired
    CityCatalog catalog;

    @Autowired
    CityRepository cities;

    @Autowired
    PartnershipTypeRepository types;

    @Autowired
    EntityManagerFactory emf;

    private long statements(Supplier<?> page) {
        Statistics statistics = emf.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        page.get();
        return statistics.getPrepareStatementCount();
    }

    private Map<String, Long> countsPerPage() {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("overview", statements(() -> catalog.overview(Language.EN)));
        counts.put("city", statements(() -> catalog.city(Language.DA, "bergen")));
        counts.put("type", statements(() -> catalog.type(Language.EN, "nordic-sister-city")));
        counts.put("cards", statements(() -> catalog.cards(Language.EN)));
        return counts;
    }

    @Test
    void theNumberOfQueriesPerPageDoesNotGrowWithTheContent() {
        Map<String, Long> before = countsPerPage();
        PartnershipType nordic = types.findByCode("nordic-sister-city").orElseThrow();
        for (int i = 0; i < 40; i++) {
            City city = new City("extra-" + i, "NO", nordic);
            city.setSortOrder(100 + i);
            city.setPublished(true);
            for (Language language : Language.values()) {
                city.getTexts().put(language.code(), new CityText("Extra " + i, "Norway", null, "Summary",
                        "Description", null));
            }
            for (int r = 0; r < 5; r++) {
                Result result = new Result(ResultArea.CULTURE, null, null, List.of());
                result.getTexts().put("en", new ResultText("Title " + r, "Body"));
                result.getTexts().put("da", new ResultText("Titel " + r, "Tekst"));
                city.addResult(result);
            }
            cities.save(city);
        }

        Map<String, Long> after = countsPerPage();

        assertThat(after).isEqualTo(before);
        assertThat(before.values()).allSatisfy(count -> assertThat(count).isBetween(1L, 8L));
    }
}
