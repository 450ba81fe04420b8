package dk.aarhus.sistercities.activity;

import dk.aarhus.sistercities.content.Language;
import dk.aarhus.sistercities.content.PartialDate;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * What an activity must keep, checked the same way in the editors' form, on publishing and in an import:
 * a title in every language, a real date (and an end not before it), at least one known partner city, a
 * link that works, and at least one source with a title (nothing goes public without one). Every field
 * has a length limit. Each problem names its form field and a message code of the bundles.
 */
public final class ActivityRules {

    /** A problem with one field, e.g. {@code texts[en][title]}, and its message. */
    public record Problem(String field, String code, Object... args) {
    }

    public static final int KEY = 60;
    public static final int TITLE = 200;
    public static final int PLACE = 200;
    public static final int BODY = 10_000;
    public static final int LINK = 500;
    public static final int MAX_CITIES = 20;
    public static final int MAX_SOURCES = 5;
    public static final int SOURCE_TITLE = 200;
    public static final int SOURCE_PUBLISHER = 100;
    public static final int SOURCE_URL = 300;

    private static final Pattern KEY_SHAPE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}");

    private ActivityRules() {
    }

    /**
     * Every rule the (normalised) content breaks, in the order of the form's fields.
     *
     * @param knownCities the slugs an activity may name; null to check only their shape (an import checks
     *                    them against its own cities)
     */
    /**
     * Whether the problem is only that something is not filled in yet (a title, a date, a city, a source, a
     * source's title): a draft may be saved so, not published.
     */
    public static boolean missing(Problem problem) {
        return problem.code().contains("-required") || "activity.error.source-title".equals(problem.code());
    }

    public static List<Problem> problems(ActivityContent activity, Set<String> knownCities) {
        List<Problem> problems = new ArrayList<>();
        if (activity.key() == null || activity.key().length() > KEY || !KEY_SHAPE.matcher(activity.key()).matches()) {
            problems.add(new Problem("key", "activity.error.key"));
        }
        for (Language language : Language.values()) {
            ActivityContent.Texts text = activity.text(language);
            String prefix = "texts[" + language.code() + "]";
            if (text.title() == null) {
                problems.add(new Problem(prefix + "[title]", "activity.error.title-required." + language.code()));
            }
            length(problems, prefix + "[title]", label("title", language), text.title(), TITLE);
            length(problems, prefix + "[place]", label("place", language), text.place(), PLACE);
            length(problems, prefix + "[body]", label("body", language), text.body(), BODY);
        }
        dates(problems, activity);
        cities(problems, activity.cities(), knownCities);
        if (!length(problems, "link", label("link", null), activity.link(), LINK) && activity.link() != null
                && !webAddress(activity.link())) {
            problems.add(new Problem("link", "activity.error.link"));
        }
        sources(problems, activity.sources());
        return problems;
    }

    private static void dates(List<Problem> problems, ActivityContent activity) {
        if (activity.starts() == null) {
            problems.add(new Problem("starts", "activity.error.starts-required"));
        } else if (!PartialDate.isValid(activity.starts())) {
            problems.add(new Problem("starts", "activity.error.date", label("starts", null)));
        }
        if (activity.ends() != null && !PartialDate.isValid(activity.ends())) {
            problems.add(new Problem("ends", "activity.error.date", label("ends", null)));
        } else if (activity.ends() != null && PartialDate.isValid(activity.starts())
                && ActivityDates.lastDay(activity.ends()).isBefore(ActivityDates.firstDay(activity.starts()))) {
            problems.add(new Problem("ends", "activity.error.ends-before"));
        }
    }

    private static void cities(List<Problem> problems, List<String> cities, Set<String> knownCities) {
        if (cities.isEmpty()) {
            problems.add(new Problem("cities", "activity.error.cities-required"));
        } else if (cities.size() > MAX_CITIES) {
            problems.add(new Problem("cities", "activity.error.too-many-cities", MAX_CITIES));
        } else if (cities.stream().anyMatch(slug -> slug.length() > KEY || !KEY_SHAPE.matcher(slug).matches()
                || (knownCities != null && !knownCities.contains(slug)))) {
            problems.add(new Problem("cities", "activity.error.unknown-city"));
        }
    }

    private static void sources(List<Problem> problems, List<ActivityContent.Source> sources) {
        if (sources.isEmpty()) {
            problems.add(new Problem("sources[0].title", "activity.error.sources-required"));
        }
        if (sources.size() > MAX_SOURCES) {
            problems.add(new Problem("sources[" + MAX_SOURCES + "].title", "activity.error.too-many-sources",
                    MAX_SOURCES));
        }
        for (int i = 0; i < sources.size() && i < MAX_SOURCES; i++) {
            ActivityContent.Source source = sources.get(i);
            String prefix = "sources[" + i + "].";
            if (source.title() == null) {
                problems.add(new Problem(prefix + "title", "activity.error.source-title", i + 1));
            }
            length(problems, prefix + "title", label("source.title", null), source.title(), SOURCE_TITLE);
            if (source.language() != null && !LANGUAGE.matcher(source.language()).matches()) {
                problems.add(new Problem(prefix + "language", "activity.error.source-language"));
            }
            length(problems, prefix + "publisher", label("source.publisher", null), source.publisher(),
                    SOURCE_PUBLISHER);
            if (source.date() != null && !PartialDate.isValid(source.date())) {
                problems.add(new Problem(prefix + "date", "activity.error.date", label("source.date", null)));
            }
            if (!length(problems, prefix + "url", label("source.url", null), source.url(), SOURCE_URL)
                    && source.url() != null && !webAddress(source.url())) {
                problems.add(new Problem(prefix + "url", "activity.error.link"));
            }
        }
    }

    /** Whether the value was too long, and then the problem. */
    private static boolean length(List<Problem> problems, String field, MessageSourceResolvable label, String value,
            int max) {
        if (value != null && value.length() > max) {
            problems.add(new Problem(field, "activity.error.too-long", label, max));
            return true;
        }
        return false;
    }

    /** A field's name as the form labels it, in the reader's language, with the language of a text field. */
    private static MessageSourceResolvable label(String field, Language language) {
        MessageSourceResolvable name = resolvable("field.activity." + field);
        return language == null ? name
                : resolvable("activity.field.in-language", name, resolvable("lang." + language.code()));
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
