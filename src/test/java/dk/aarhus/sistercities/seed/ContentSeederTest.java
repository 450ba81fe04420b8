package dk.aarhus.sistercities.seed;

import static org.assertj.core.api.Assertions.assertThat;

import dk.aarhus.sistercities.city.City;
import dk.aarhus.sistercities.city.CityContent;
import dk.aarhus.sistercities.city.CityRepository;
import dk.aarhus.sistercities.city.CityText;
import dk.aarhus.sistercities.city.PartnershipTypeRepository;
import dk.aarhus.sistercities.content.SiteTextRepository;
import dk.aarhus.sistercities.support.AlsoOnPostgres;
import dk.aarhus.sistercities.support.FullAppTest;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

@FullAppTest
@AlsoOnPostgres
class ContentSeederTest {

    @Autowired
    ContentSeeder seeder;

    @Autowired
    CityRepository cities;

    @Autowired
    PartnershipTypeRepository types;

    @Autowired
    SiteTextRepository siteTexts;

    @Autowired
    TransactionTemplate tx;

    @Test
    void theSeedIsCompleteInBothLanguages() {
        ContentDocument seed = seeder.read();
        assertThat(seed.cities()).hasSize(15);
        assertThat(seed.partnershipTypes()).hasSize(6);
        Set<String> countries = Set.of(Locale.getISOCountries());
        for (CityContent city : seed.cities()) {
            assertThat(city.slug()).matches("[a-z0-9-]+");
            assertThat(countries).as(city.slug()).contains(city.countryCode());
            assertThat(city.texts()).as(city.slug()).containsOnlyKeys("da", "en");
            city.texts().values().forEach(t -> assertThat(t.summary()).as(city.slug()).isNotBlank().hasSizeLessThan(300));
            if (city.website() != null) {
                assertThat(city.website()).as(city.slug()).startsWith("https://");
            }
            assertThat(city.latitude()).as(city.slug()).isBetween(-90.0, 90.0);
            assertThat(city.longitude()).as(city.slug()).isBetween(-180.0, 180.0);
            city.results().forEach(r -> assertThat(r.texts()).as(city.slug()).containsOnlyKeys("da", "en"));
        }
        seed.partnershipTypes().forEach(t -> assertThat(t.texts()).containsOnlyKeys("da", "en"));
        seed.siteTexts().forEach(t -> assertThat(t.texts()).containsOnlyKeys("da", "en"));
    }

    @Test
    void theSeedIsLoadedOnceAndNeverOverwritesAnEdit() {
        assertThat(cities.count()).isEqualTo(15);
        assertThat(types.count()).isEqualTo(6);
        assertThat(siteTexts.count()).isEqualTo(3);

        tx.executeWithoutResult(s -> {
            City bergen = cities.findBySlug("bergen").orElseThrow();
            CityText en = bergen.getTexts().get("en");
            bergen.getTexts().put("en", new CityText(en.name(), en.country(), en.region(), "Edited by an editor",
                    en.description(), en.statusReason()));
        });

        seeder.seedIfEmpty();

        assertThat(cities.count()).isEqualTo(15);
        tx.executeWithoutResult(s -> assertThat(cities.findBySlug("bergen").orElseThrow().getTexts().get("en").summary())
                .isEqualTo("Edited by an editor"));
    }
}
