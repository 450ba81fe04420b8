package dk.aarhus.sistercities.content;

import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Builds every public address, relative or absolute (on the configured {@code sistercities.site-url}), in the words of its language ({@code /da/venskabsbyer/bergen},
 * {@code /en/cities/bergen}), and finds the same page in the other language. Templates use it as
 * the model attribute {@code paths} (see the layout advice). The routes below are the controllers' mappings, so
 * the two cannot drift apart.
 */
@Component
public class PublicPaths {

    private static final String SLUG = ":[a-z0-9-]{1,60}}";

    public static final String CITY_DA = "/{lang:da}/venskabsbyer/{slug" + SLUG;
    public static final String CITY_EN = "/{lang:en}/cities/{slug" + SLUG;
    public static final String TYPE_DA = "/{lang:da}/samarbejdsformer/{code" + SLUG;
    public static final String TYPE_EN = "/{lang:en}/partnerships/{code" + SLUG;
    public static final String SEARCH_DA = "/{lang:da}/soeg";
    public static final String SEARCH_EN = "/{lang:en}/search";
    public static final String MAP_DA = "/{lang:da}/kort";
    public static final String MAP_EN = "/{lang:en}/map";
    public static final String CONTACT_DA = "/{lang:da}/kontakt";
    public static final String CONTACT_EN = "/{lang:en}/contact";
    public static final String TIMELINE_DA = "/{lang:da}/tidslinje";
    public static final String TIMELINE_EN = "/{lang:en}/timeline";
    public static final String ACTIVITIES_DA = "/{lang:da}/aktiviteter";
    public static final String ACTIVITIES_EN = "/{lang:en}/activities";
    /** The activities of one partnership: a slug has a letter, so it is never a year. */
    public static final String ACTIVITIES_CITY_DA = ACTIVITIES_DA + "/{slug:(?=.*[a-z])[a-z0-9-]{1,60}}";
    public static final String ACTIVITIES_CITY_EN = ACTIVITIES_EN + "/{slug:(?=.*[a-z])[a-z0-9-]{1,60}}";
    public static final String ACTIVITIES_YEAR_DA = ACTIVITIES_DA + "/{year:[0-9]{4}}";
    public static final String ACTIVITIES_YEAR_EN = ACTIVITIES_EN + "/{year:[0-9]{4}}";
    /** The events as iCalendar, one calendar per language. */
    public static final String ACTIVITIES_ICS_DA = ACTIVITIES_DA + ".ics";
    public static final String ACTIVITIES_ICS_EN = ACTIVITIES_EN + ".ics";
    public static final String DATA_DA = "/{lang:da}/data";
    public static final String DATA_EN = "/{lang:en}/data";
    /** A page editors made; its slug is its own in each language, so the switch asks the page (see site/LayoutAdvice). */
    public static final String PAGE_DA = "/{lang:da}/sider/{slug" + SLUG;
    public static final String PAGE_EN = "/{lang:en}/pages/{slug" + SLUG;
    /** The open data's files: one of each for both languages, so outside the language tree. */
    public static final String DATA_CSV = "/data/partnerships.csv";
    public static final String DATA_JSON = "/data/partnerships.json";
    public static final String DATA_SCHEMA = "/data/partnerships.schema.json";

    /** A page's section: the second segment of its address, in each language. */
    public enum Section {
        CITY("venskabsbyer", "cities"),
        TYPE("samarbejdsformer", "partnerships"),
        SEARCH("soeg", "search"),
        MAP("kort", "map"),
        CONTACT("kontakt", "contact"),
        TIMELINE("tidslinje", "timeline"),
        ACTIVITIES("aktiviteter", "activities"),
        DATA("data", "data"),
        PAGE("sider", "pages");

        private final String danish;
        private final String english;

        Section(String danish, String english) {
            this.danish = danish;
            this.english = english;
        }

        public String segment(Language language) {
            return language == Language.DA ? danish : english;
        }

        /** The section a segment names in a language, if any. */
        public static Optional<Section> of(Language language, String segment) {
            for (Section section : values()) {
                if (section.segment(language).equals(segment)) {
                    return Optional.of(section);
                }
            }
            return Optional.empty();
        }
    }

    /**
     * Addresses used before the Danish site had Danish words ({@code /da/cities/bergen}); each
     * answers 301 to its Danish address.
     */
    public static final Map<String, Section> FORMER_DANISH_SEGMENTS = Map.of(
            "cities", Section.CITY, "partnerships", Section.TYPE, "search", Section.SEARCH,
            "map", Section.MAP, "contact", Section.CONTACT);

    private final String siteUrl;

    public PublicPaths(SiteProperties site) {
        String base = site.siteUrl().toString();
        this.siteUrl = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    /** The absolute address of a path of this site, for canonical links, sitemaps and feeds. */
    public String absolute(String path) {
        return siteUrl + path;
    }

    public String overview(Language language) {
        return "/" + language.code();
    }

    public String city(Language language, String slug) {
        return section(language, Section.CITY) + "/" + slug;
    }

    public String type(Language language, String code) {
        return section(language, Section.TYPE) + "/" + code;
    }

    public String search(Language language) {
        return section(language, Section.SEARCH);
    }

    public String map(Language language) {
        return section(language, Section.MAP);
    }

    public String contact(Language language) {
        return section(language, Section.CONTACT);
    }

    /** The timeline of every partnership, drawn and as a list. */
    public String timeline(Language language) {
        return section(language, Section.TIMELINE);
    }

    /** The activities of every partnership, newest first. */
    public String activities(Language language) {
        return section(language, Section.ACTIVITIES);
    }

    /** The activities of one partnership. */
    public String activitiesOfCity(Language language, String slug) {
        return activities(language) + "/" + slug;
    }

    /** The activities of one year. */
    public String activitiesInYear(Language language, int year) {
        return activities(language) + "/" + year;
    }

    /** The events as an iCalendar file, in a language. */
    public String activitiesCalendar(Language language) {
        return activities(language) + ".ics";
    }

    /** The open data page: what the data set holds, its formats and licence, and its files. */
    public String data(Language language) {
        return section(language, Section.DATA);
    }

    /** A page editors made, by its slug in that language. */
    public String page(Language language, String slug) {
        return section(language, Section.PAGE) + "/" + slug;
    }

    public String dataCsv() {
        return DATA_CSV;
    }

    public String dataJson() {
        return DATA_JSON;
    }

    public String dataSchema() {
        return DATA_SCHEMA;
    }

    public String feed(Language language) {
        return "/" + language.code() + "/feed.xml";
    }

    public String section(Language language, Section section) {
        return "/" + language.code() + "/" + section.segment(language);
    }

    /**
     * The same page in another language: {@code /da/venskabsbyer/bergen} becomes
     * {@code /en/cities/bergen}. A path outside the language tree leads to the language's overview.
     */
    public String translate(String path, Language to) {
        if (path == null || path.length() < 3 || path.charAt(0) != '/') {
            return overview(to);
        }
        String[] parts = path.substring(1).split("/", 3);
        Optional<Language> from = Language.fromCode(parts[0]);
        if (from.isEmpty()) {
            return overview(to);
        }
        if (parts.length == 1 || parts[1].isEmpty()) {
            return overview(to);
        }
        String segment = Section.of(from.get(), parts[1]).map(s -> s.segment(to)).orElse(parts[1]);
        return "/" + to.code() + "/" + segment + (parts.length == 3 ? "/" + parts[2] : "");
    }
}
