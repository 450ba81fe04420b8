package dk.aarhus.sistercities.data;

import dk.aarhus.sistercities.city.PublishedCity;
import dk.aarhus.sistercities.content.Language;
import dk.aarhus.sistercities.content.PublicPaths;
import java.util.Locale;
import java.util.function.BiFunction;

/**
 * The CSV's columns, in order: one row per city, its names in both languages side by side. The data page
 * explains each by its name ({@code data.column.<name>} in the message bundles), so the page and the file
 * cannot drift apart.
 */
enum DataColumn {
    SLUG((c, p) -> c.slug()),
    NAME_DA((c, p) -> c.texts(Language.DA).name()),
    NAME_EN((c, p) -> c.texts(Language.EN).name()),
    COUNTRY_DA((c, p) -> c.texts(Language.DA).country()),
    COUNTRY_EN((c, p) -> c.texts(Language.EN).country()),
    COUNTRY_CODE((c, p) -> c.countryCode()),
    REGION_DA((c, p) -> c.texts(Language.DA).region()),
    REGION_EN((c, p) -> c.texts(Language.EN).region()),
    TYPE_CODE((c, p) -> c.typeCode()),
    TYPE_NAME_DA((c, p) -> c.typeName(Language.DA)),
    TYPE_NAME_EN((c, p) -> c.typeName(Language.EN)),
    STATUS((c, p) -> OpenData.status(c.status())),
    STATUS_SINCE((c, p) -> c.statusSince()),
    SINCE_YEAR((c, p) -> c.sinceYear()),
    END_YEAR((c, p) -> c.endYear()),
    LATITUDE((c, p) -> c.latitude()),
    LONGITUDE((c, p) -> c.longitude()),
    WEBSITE((c, p) -> c.website()),
    PAGE_DA((c, p) -> p.absolute(p.city(Language.DA, c.slug()))),
    PAGE_EN((c, p) -> p.absolute(p.city(Language.EN, c.slug()))),
    SOURCE_COUNT((c, p) -> c.sourceCount()),
    LAST_PUBLISHED((c, p) -> OpenData.instant(c.publishedAt()));

    private final BiFunction<PublishedCity, PublicPaths, Object> value;

    DataColumn(BiFunction<PublishedCity, PublicPaths, Object> value) {
        this.value = value;
    }

    /** The column's name in the header row: {@code name_da}. */
    String header() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** For the data page: the column's name as in the file. */
    public String getHeader() {
        return header();
    }

    Object value(PublishedCity city, PublicPaths paths) {
        return value.apply(city, paths);
    }
}
