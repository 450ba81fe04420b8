package dk.aarhus.sistercities.site;

import dk.aarhus.sistercities.content.Language;

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

    public String homePath() {
        return "/" + language.code();
    }
}
