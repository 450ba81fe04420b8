package dk.aarhus.sistercities.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Two sites that should show citizens the same thing (an original and its restored copy): every page the
 * first one's sitemap lists, fetched from both, the same bytes apart from dates ({@code <time>} elements,
 * the sitemap's and feed's timestamps, the open data's modification time), which a restore sets anew.
 */
public final class SameSite {

    private static final Pattern LOC = Pattern.compile("<loc>([^<]+)</loc>");
    private static final Pattern DATES = Pattern.compile(
            "<time\\b[^>]*>[^<]*</time>|\\d{4}-\\d{2}-\\d{2}(T[0-9:.]+(Z|[+-]\\d{2}:\\d{2})?)?");

    private SameSite() {
    }

    /** The pages and files compared: the sitemap's, the sitemap itself, the feeds and the open data. */
    public static List<String> paths(Http site) {
        String sitemap = site.get("/sitemap.xml").body();
        List<String> paths = new ArrayList<>(List.of("/sitemap.xml", "/robots.txt"));
        Matcher loc = LOC.matcher(sitemap);
        while (loc.find()) {
            paths.add(URI.create(loc.group(1)).getRawPath());
        }
        assertThat(paths).as("pages in the sitemap").hasSizeGreaterThan(20);
        return paths;
    }

    /** Each path whose page differs (apart from dates) between the two sites, with both versions' first difference. */
    public static Map<String, String> differences(Http original, Http copy, List<String> paths) {
        Map<String, String> differences = new LinkedHashMap<>();
        for (String path : paths) {
            HttpResponse<String> a = original.get(path);
            HttpResponse<String> b = copy.get(path);
            String left = a.statusCode() + " " + withoutDates(a.body());
            String right = b.statusCode() + " " + withoutDates(b.body());
            if (!left.equals(right)) {
                int at = 0;
                while (at < Math.min(left.length(), right.length()) && left.charAt(at) == right.charAt(at)) {
                    at++;
                }
                differences.put(path, "«" + excerpt(left, at) + "» against «" + excerpt(right, at) + "»");
            }
        }
        return differences;
    }

    public static String withoutDates(String body) {
        return DATES.matcher(body).replaceAll("(date)");
    }

    private static String excerpt(String text, int at) {
        return text.substring(Math.max(0, at - 60), Math.min(text.length(), at + 60));
    }
}
