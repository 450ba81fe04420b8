package dk.aarhus.sistercities.seed;

import dk.aarhus.sistercities.activity.ActivityContent;
import dk.aarhus.sistercities.city.CityContent;
import dk.aarhus.sistercities.city.LegacyContent;
import dk.aarhus.sistercities.contact.ContactContent;
import dk.aarhus.sistercities.page.PageContent;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * All content of the site as one document: the seed shipped with the site has this shape.
 * Texts are keyed by language code; cities are {@link CityContent}, contacts {@link ContactContent},
 * pages {@link PageContent}, activities {@link ActivityContent} (a document made before there were
 * contacts, pages or activities has none of them, {@code null}, and still reads).
 */
public record ContentDocument(
        String format,
        List<SiteTextEntry> siteTexts,
        List<TypeEntry> partnershipTypes,
        List<CityContent> cities,
        List<ContactContent> contacts,
        List<PageContent> pages,
        List<ActivityContent> activities) {

    public ContentDocument(String format, List<SiteTextEntry> siteTexts, List<TypeEntry> partnershipTypes,
            List<CityContent> cities) {
        this(format, siteTexts, partnershipTypes, cities, null, null, null);
    }

    public ContentDocument(String format, List<SiteTextEntry> siteTexts, List<TypeEntry> partnershipTypes,
            List<CityContent> cities, List<ContactContent> contacts) {
        this(format, siteTexts, partnershipTypes, cities, contacts, null, null);
    }

    /** This release's format: facts cite structured sources (2); the first release's (1) is read too. */
    public static final String FORMAT = "aarhus-sistercities/2";
    static final String FORMAT_1 = "aarhus-sistercities/1";

    /**
     * Brings a document of the first release's format to this one, in place: each city's free-text
     * sources become its note for editors ({@link LegacyContent}). Other formats are left for the
     * reader to refuse.
     */
    public static void upgrade(JsonNode document) {
        if (document instanceof ObjectNode fields && fields.path("format").isString()
                && FORMAT_1.equals(fields.path("format").asString())) {
            fields.path("cities").forEach(LegacyContent::upgradeCity);
            fields.put("format", FORMAT);
        }
    }

    public record SiteTextEntry(String key, Map<String, String> texts) {
    }

    public record TypeEntry(String code, int position, boolean sisterCity, Map<String, TypeTexts> texts) {
    }

    public record TypeTexts(String name, String introduction) {
    }
}
