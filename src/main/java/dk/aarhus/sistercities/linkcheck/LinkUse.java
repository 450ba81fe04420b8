package dk.aarhus.sistercities.linkcheck;

/**
 * One place an address is used: in a city, page, activity, contact, partnership type or site text, in one of
 * its fields, with the editors' form that changes it.
 *
 * @param name   the city's, page's, … name in the editor's language; null for the general contact
 * @param field  the field, as a message key's last part ({@code website}, {@code source}, {@code text}, …)
 * @param number the source's number (1 first) for {@code source}, else 0
 * @param lang   the language of a text's field, else null
 * @param form   the form's address with the field's id, e.g. {@code /admin/cities/3#sources-0-url}
 * @param onSite whether citizens see it (it is in the published version), not only in a draft
 */
record LinkUse(String url, Kind kind, String name, String field, int number, String lang, String form,
        boolean onSite) {

    enum Kind { CITY, PAGE, ACTIVITY, CONTACT, TYPE, SITE_TEXT }

    /** The same place and field, whatever the version it was found in. */
    String place() {
        return kind + " " + form + " " + url;
    }
}
