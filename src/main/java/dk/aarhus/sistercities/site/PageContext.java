package dk.aarhus.sistercities.site;

import dk.aarhus.sistercities.content.Language;
import dk.aarhus.sistercities.content.PublicPaths;
import java.util.Optional;

/**
 * What the layout needs to know about the page being shown: its language, the same page in the
 * other language (for the switch and hreflang) and its absolute address.
 *
 * @param error true while an error page is shown: it has no canonical address, and the switch leads
 *              to the other language's overview
 */
public record PageContext(Language language, String path, String alternatePath, String canonicalUrl,
        String alternateUrl, String defaultUrl, boolean error) {

    public Language otherLanguage() {
        return language.other();
    }

    public String lang() {
        return language.code();
    }

    /** The picture shared links show: one image of the site's own, served by the site. */
    public String ogImageUrl() {
        return defaultUrl.replaceAll("/$", "") + "/images/og-image.png";
    }

    /**
     * The main navigation's mark for one of its items ({@code overview}, {@code map}, {@code activities}, {@code contact}):
     * {@code page} on the item's own page, {@code true} on a page inside its section (a city or a
     * partnership type is inside the overview's, a filtered list of activities inside the activities'), null elsewhere and on error pages.
     */
    public String current(String item) {
        if (error) {
            return null;
        }
        String[] parts = path.split("/", 4);
        Optional<PublicPaths.Section> section = parts.length > 2
                ? PublicPaths.Section.of(language, parts[2]) : Optional.empty();
        return switch (item) {
            case "overview" -> parts.length <= 2 ? "page"
                    : section.filter(s -> s == PublicPaths.Section.CITY || s == PublicPaths.Section.TYPE)
                            .map(s -> "true").orElse(null);
            case "map" -> section.filter(s -> s == PublicPaths.Section.MAP).map(s -> "page").orElse(null);
            case "activities" -> section.filter(s -> s == PublicPaths.Section.ACTIVITIES)
                    .map(s -> parts.length > 3 ? "true" : "page").orElse(null);
            case "contact" -> section.filter(s -> s == PublicPaths.Section.CONTACT).map(s -> "page").orElse(null);
            default -> null;
        };
    }

    public String homePath() {
        return "/" + language.code();
    }
}
