package dk.aarhus.sistercities.page;

import dk.aarhus.sistercities.content.PartialDate;
import dk.aarhus.sistercities.city.Source;
import dk.aarhus.sistercities.content.Language;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * What a page must keep, checked the same way in the editors' form and in an import: an address, a title
 * and a text in every language, every field within its length, a place in the navigation from 1 to
 * {@value #MAX_NAV_POSITION} with a title short enough for the menu, citations ({@code #source-n}) of
 * sources in the page's list, and sources that citizens can follow. Each problem names its form field and a
 * message code of the bundles. Whether another page has the address already is the editor's to check.
 */
public final class PageRules {

    /** A problem with one field, e.g. {@code texts[en][slug]}, and its message. */
    public record Problem(String field, String code, Object... args) {
    }

    public static final int KEY = 40;
    public static final int SLUG = 60;
    public static final int TITLE = 150;
    public static final int BODY = 20_000;
    public static final int MAX_NAV_POSITION = 99;
    public static final int MAX_SOURCES = 20;
    public static final int SOURCE_TITLE = 200;
    public static final int SOURCE_PUBLISHER = 100;
    public static final int SOURCE_URL = 300;
    /**
     * The main menu stays one tap away on a 320 px phone: at most this many pages in it, each named in at
     * most {@link #MENU_TITLE} characters (the fixed items take the rest of the row).
     */
    public static final int MAX_IN_NAVIGATION = 4;
    public static final int MENU_TITLE = 30;

    /** Lower-case words joined by single hyphens: the address of the page within its section. */
    public static final Pattern SLUG_PATTERN = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern LANGUAGE_CODE = Pattern.compile("[a-z]{2}");
    /** A citation in the text: a link to the n-th source of the page's list. */
    private static final Pattern SOURCE_LINK = Pattern.compile("#source-([0-9]+)");

    private PageRules() {
    }

    /** Every rule the (normalised) content breaks, in the order of the form's fields. */
    public static List<Problem> problems(PageContent page) {
        List<Problem> problems = new ArrayList<>();
        if (page.key() == null || page.key().length() > KEY || !SLUG_PATTERN.matcher(page.key()).matches()
                || "new".equals(page.key())) {
            problems.add(new Problem("key", "page.error.key"));
        }
        for (Language language : Language.values()) {
            PageContent.Texts text = page.text(language);
            String prefix = "texts[" + language.code() + "]";
            String lang = language.code();
            if (text.title() == null) {
                problems.add(new Problem(prefix + "[title]", "page.error.title-required." + lang));
            } else if (!length(problems, prefix + "[title]", label("title", language), text.title(), TITLE)
                    && page.navPosition() != null && text.title().length() > MENU_TITLE) {
                problems.add(new Problem(prefix + "[title]", "page.error.menu-title", label("title", language),
                        MENU_TITLE));
            }
            if (text.slug() == null) {
                problems.add(new Problem(prefix + "[slug]", "page.error.slug-required." + lang));
            } else if (text.slug().length() > SLUG || !SLUG_PATTERN.matcher(text.slug()).matches()) {
                problems.add(new Problem(prefix + "[slug]", "page.error.slug", label("slug", language), SLUG));
            }
            if (text.body() == null) {
                problems.add(new Problem(prefix + "[body]", "page.error.body-required." + lang));
            } else if (!length(problems, prefix + "[body]", label("body", language), text.body(), BODY)) {
                sourceLinks(problems, prefix + "[body]", language, text.body(), page.sources().size());
            }
        }
        if (page.navPosition() != null && (page.navPosition() < 1 || page.navPosition() > MAX_NAV_POSITION)) {
            problems.add(new Problem("navPosition", "page.error.nav-position", MAX_NAV_POSITION));
        }
        if (page.sources().size() > MAX_SOURCES) {
            problems.add(new Problem("sources", "page.error.sources", MAX_SOURCES));
        }
        for (int i = 0; i < page.sources().size() && i < MAX_SOURCES; i++) {
            source(problems, i, page.sources().get(i));
        }
        return problems;
    }

    /**
     * Whether the problem is only that something is not filled in yet (a title, an address, a text, a source's
     * title): a draft may be saved so, not published.
     */
    public static boolean missing(Problem problem) {
        return problem.code().contains("-required.") || "page.error.source-title".equals(problem.code());
    }

    /**
     * The problem of one page more in the main menu when {@code othersInNavigation} published pages are there
     * already, if any: the menu has room for {@value #MAX_IN_NAVIGATION}.
     */
    public static Optional<Problem> navigation(PageContent page, long othersInNavigation) {
        return page.navPosition() != null && othersInNavigation >= MAX_IN_NAVIGATION
                ? Optional.of(new Problem("navPosition", "page.error.nav-full", MAX_IN_NAVIGATION))
                : Optional.empty();
    }

    /** Every {@code #source-n} the text links to must be a source of the list, or the citation leads nowhere. */
    private static void sourceLinks(List<Problem> problems, String field, Language language, String body,
            int sources) {
        Matcher link = SOURCE_LINK.matcher(body);
        while (link.find()) {
            String number = link.group(1);
            if (number.length() > 3 || Integer.parseInt(number) < 1 || Integer.parseInt(number) > sources) {
                problems.add(new Problem(field, "page.error.source-link", label("body", language), number, sources));
                return;
            }
        }
    }

    private static void source(List<Problem> problems, int index, Source source) {
        String prefix = "sources[" + index + "].";
        Object number = index + 1;
        if (source.title() == null) {
            problems.add(new Problem(prefix + "title", "page.error.source-title", number));
        } else {
            length(problems, prefix + "title", sourceLabel("title", number), source.title(), SOURCE_TITLE);
        }
        if (source.language() != null && !LANGUAGE_CODE.matcher(source.language()).matches()) {
            problems.add(new Problem(prefix + "language", "page.error.source-language", number));
        }
        length(problems, prefix + "publisher", sourceLabel("publisher", number), source.publisher(), SOURCE_PUBLISHER);
        if (source.date() != null && !PartialDate.isValid(source.date())) {
            problems.add(new Problem(prefix + "date", "page.error.source-date", number));
        }
        if (!length(problems, prefix + "url", sourceLabel("url", number), source.url(), SOURCE_URL)
                && source.url() != null && !webAddress(source.url())) {
            problems.add(new Problem(prefix + "url", "page.error.source-url", number));
        }
    }

    /** Whether the value was too long, and then the problem. */
    private static boolean length(List<Problem> problems, String field, MessageSourceResolvable label, String value,
            int max) {
        if (value != null && value.length() > max) {
            problems.add(new Problem(field, "page.error.too-long", label, max));
            return true;
        }
        return false;
    }

    /** A field's name as the form labels it, with its language, in the reader's language. */
    private static MessageSourceResolvable label(String field, Language language) {
        return resolvable("page.field.in-language", resolvable("page.field." + field), resolvable("lang." + language.code()));
    }

    private static MessageSourceResolvable sourceLabel(String field, Object number) {
        return resolvable("page.field.of-source", resolvable("page.field.source." + field), number);
    }

    private static MessageSourceResolvable resolvable(String code, Object... args) {
        return new DefaultMessageSourceResolvable(new String[] {code}, args);
    }

    static boolean webAddress(String value) {
        try {
            URI uri = new URI(value);
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
                    && uri.getHost() != null && !uri.getHost().isBlank();
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
