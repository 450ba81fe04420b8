import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load with edits, run by src/bench/load: citizens read every page of the sitemap while two editors
 * save and publish cities, for a fixed time, against the running app on loopback. Then, with the app
 * stopped, every acknowledged save is looked up in the revisions of the database.
 *
 *   java Load.java run BASE ADMIN_USER ADMIN_PASSWORD SECONDS CITIZENS MARKERS_FILE
 *   java -cp h2.jar Load.java check JDBC_URL MARKERS_FILE
 *   java Load.java main-image BASE ADMIN_USER ADMIN_PASSWORD CITY_NAME IMAGE_LABEL   (src/bench/run: a city with a photo)
 *
 * No dependencies beyond the JDK (and H2's driver for the check).
 */
public class Load {

    public static void main(String[] args) throws Exception {
        if (args[0].equals("check")) {
            System.exit(check(args[1], Path.of(args[2])));
        }
        if (args[0].equals("main-image")) {
            mainImage(args[1], args[2], args[3], args[4], args[5]);
            return;
        }
        System.exit(run(args[1], args[2], args[3], Integer.parseInt(args[4]), Integer.parseInt(args[5]),
                Path.of(args[6])));
    }

    static final AtomicLong served = new AtomicLong();
    static final Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
    static final List<Long> citizenNanos = Collections.synchronizedList(new ArrayList<>());
    static final List<String> acknowledged = Collections.synchronizedList(new ArrayList<>());
    static final AtomicInteger published = new AtomicInteger();
    static final AtomicInteger refused = new AtomicInteger();
    static final List<String> serverErrors = Collections.synchronizedList(new ArrayList<>());

    static int run(String base, String adminUser, String adminPassword, int seconds, int citizens, Path markers)
            throws Exception {
        if (!URI.create(base).getHost().matches("127\\.0\\.0\\.1|localhost|\\[::1\\]")) {
            throw new IllegalArgumentException("loopback only: " + base);
        }
        Client anonymous = new Client(base);
        List<String> pages = new ArrayList<>();
        Matcher loc = Pattern.compile("<loc>https?://[^/<]+(/[^<]*)</loc>").matcher(anonymous.get("/sitemap.xml").body());
        while (loc.find()) {
            pages.add(loc.group(1));
        }
        String overview = anonymous.get("/en").body();
        Matcher asset = Pattern.compile("(?:href|src)=\"(/(?:css|flags|js)/[^\"]+|/favicon[^\"]*)\"").matcher(overview);
        while (asset.find()) {
            pages.add(asset.group(1));
        }
        pages.addAll(List.of("/en/search?q=bergen", "/da/search?q=%C3%A5rhus", "/en/feed.xml", "/sitemap.xml",
                "/robots.txt", "/en/no-such-page"));

        Client admin = new Client(base);
        admin.logIn(adminUser, adminPassword);
        String suffix = Long.toString(System.currentTimeMillis() % 100000);
        List<String> editors = List.of("load-editor-a-" + suffix, "load-editor-b-" + suffix);
        String password = "Load test editor password " + suffix;
        for (String editor : editors) {
            String form = admin.get("/admin/accounts/new").body();
            HttpResponse<String> created = admin.post("/admin/accounts", Map.of("_csrf", csrf(form), "username", editor,
                    "displayName", editor, "role", "EDITOR", "password", password, "passwordAgain", password));
            if (created.statusCode() != 302) {
                throw new IllegalStateException("could not create " + editor + ": " + created.statusCode());
            }
        }
        List<String> cities = new ArrayList<>();
        Matcher city = Pattern.compile("href=\"(/admin/cities/\\d+)\"").matcher(admin.get("/admin").body());
        while (city.find()) {
            if (!cities.contains(city.group(1))) {
                cities.add(city.group(1));
            }
        }

        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < citizens; i++) {
            threads.add(start(() -> {
                Client client = new Client(base);
                while (System.nanoTime() < end) {
                    String page = pages.get(ThreadLocalRandom.current().nextInt(pages.size()));
                    long start = System.nanoTime();
                    client.get(page);
                    citizenNanos.add(System.nanoTime() - start);
                }
            }));
        }
        for (String editor : editors) {
            threads.add(start(() -> edit(base, editor, password, cities, end)));
        }
        for (Thread thread : threads) {
            thread.join();
        }
        Files.write(markers, acknowledged);

        List<Long> sorted = new ArrayList<>(citizenNanos);
        Collections.sort(sorted);
        System.out.printf("requests served: %d in %d s (%.0f/s), %d citizens, %d editors%n", served.get(), seconds,
                served.get() / (double) seconds, citizens, editors.size());
        System.out.printf("by status: %s%n", new java.util.TreeMap<>(statuses));
        System.out.printf("citizen latency: p50 %.1f ms, p99 %.1f ms, max %.1f ms over %d pages%n",
                percentile(sorted, 0.50), percentile(sorted, 0.99), percentile(sorted, 1.0), sorted.size());
        System.out.printf("editors: %d saves acknowledged, %d publishes, %d refused as stale (conflicts)%n",
                acknowledged.size(), published.get(), refused.get());
        System.out.printf("5xx: %d%n", serverErrors.size());
        serverErrors.stream().limit(10).forEach(e -> System.out.println("  " + e));
        return serverErrors.isEmpty() && !acknowledged.isEmpty() ? 0 : 1;
    }

    static Thread start(Runnable work) {
        Thread thread = new Thread(work);
        thread.start();
        return thread;
    }

    /** An editor: opens a random city, changes its English summary, saves; every third save also publishes. */
    static void edit(String base, String username, String password, List<String> cities, long end) {
        Client client = new Client(base);
        client.logIn(username, password);
        int n = 0;
        while (System.nanoTime() < end) {
            String city = cities.get(ThreadLocalRandom.current().nextInt(cities.size()));
            String page = client.get(city).body();
            Matcher formMatch = Pattern.compile("(?s)<form[^>]*data-unsaved-warning[^>]*>(.*?)</form>").matcher(page);
            if (!formMatch.find()) {
                throw new IllegalStateException("no city form on " + city);
            }
            Map<String, String> fields = fields(formMatch.group(1));
            String marker = "[load " + username + " " + (++n) + "]";
            String summary = fields.getOrDefault("texts[en].summary", "").replaceAll(" ?\\[load [^\\]]*\\]$", "");
            fields.put("texts[en].summary", (summary.length() > 200 ? summary.substring(0, 200) : summary) + " " + marker);
            fields.put("action", "save");
            HttpResponse<String> saved = client.post(city, fields);
            if (saved.statusCode() == 302 && !saved.headers().firstValue("Location").orElse("").contains("error")) {
                acknowledged.add(marker);
            } else if (saved.statusCode() == 200 || saved.statusCode() == 409) {
                refused.incrementAndGet();
            }
            if (n % 3 == 0) {
                String after = client.get(city).body();
                Matcher publish = Pattern.compile("(?s)<form[^>]*action=\"(" + Pattern.quote(city) + "/publish)\"[^>]*>(.*?)</form>")
                        .matcher(after);
                if (publish.find()) {
                    HttpResponse<String> answer = client.post(publish.group(1), fields(publish.group(2)));
                    if (answer.statusCode() == 302) {
                        published.incrementAndGet();
                    }
                }
            }
        }
    }

    /** Makes the library's image labelled so the city's main image, and publishes the city: as an editor would. */
    static void mainImage(String base, String user, String password, String cityName, String imageLabel) {
        Client admin = new Client(base);
        admin.logIn(user, password);
        Matcher link = Pattern.compile("href=\"(/admin/cities/\\d+)\"[^>]*>\\s*" + Pattern.quote(cityName))
                .matcher(admin.get("/admin").body());
        if (!link.find()) {
            throw new IllegalStateException("no city " + cityName + " on /admin");
        }
        String city = link.group(1);
        String page = admin.get(city).body();
        Matcher form = Pattern.compile("(?s)<form[^>]*data-unsaved-warning[^>]*>(.*?)</form>").matcher(page);
        Matcher option = Pattern.compile("<option value=\"([^\"]+)\"[^>]*>[^<]*" + Pattern.quote(imageLabel)).matcher(page);
        if (!form.find() || !option.find()) {
            throw new IllegalStateException("no city form, or no image " + imageLabel + ", on " + city);
        }
        Map<String, String> fields = fields(form.group(1));
        fields.put("image", option.group(1));
        fields.put("action", "save");
        HttpResponse<String> saved = admin.post(city, fields);
        Matcher publish = Pattern.compile("(?s)<form[^>]*action=\"(" + Pattern.quote(city) + "/publish)\"[^>]*>(.*?)</form>")
                .matcher(admin.get(city).body());
        if (saved.statusCode() != 302 || !publish.find() || admin.post(publish.group(1), fields(publish.group(2))).statusCode() != 302) {
            throw new IllegalStateException("could not save and publish " + city + " with its image");
        }
    }

    /** The successful controls of a form: inputs (checkboxes only when checked), textareas, selected options. */
    static Map<String, String> fields(String form) {
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher input = Pattern.compile("<input\\b([^>]*)>").matcher(form);
        while (input.find()) {
            String attributes = input.group(1);
            String name = attribute(attributes, "name");
            String type = attribute(attributes, "type");
            if (name == null || "submit".equals(type) || ("checkbox".equals(type) || "radio".equals(type))
                    && !attributes.matches("(?s).*\\bchecked\\b.*")) {
                continue;
            }
            fields.put(name, unescape(attribute(attributes, "value") == null ? "" : attribute(attributes, "value")));
        }
        Matcher textarea = Pattern.compile("(?s)<textarea\\b([^>]*)>(.*?)</textarea>").matcher(form);
        while (textarea.find()) {
            fields.put(attribute(textarea.group(1), "name"), unescape(textarea.group(2).replaceFirst("^\\n", "")));
        }
        Matcher select = Pattern.compile("(?s)<select\\b([^>]*)>(.*?)</select>").matcher(form);
        while (select.find()) {
            String chosen = null;
            Matcher option = Pattern.compile("<option\\b([^>]*)>").matcher(select.group(2));
            while (option.find()) {
                if (chosen == null || option.group(1).matches("(?s).*\\bselected\\b.*")) {
                    String value = attribute(option.group(1), "value");
                    if (chosen == null || option.group(1).matches("(?s).*\\bselected\\b.*")) {
                        chosen = value == null ? "" : value;
                    }
                    if (option.group(1).matches("(?s).*\\bselected\\b.*")) {
                        break;
                    }
                }
            }
            fields.put(attribute(select.group(1), "name"), unescape(chosen == null ? "" : chosen));
        }
        return fields;
    }

    static String attribute(String attributes, String name) {
        Matcher m = Pattern.compile("(?s)\\b" + name + "=\"([^\"]*)\"").matcher(attributes);
        return m.find() ? m.group(1) : null;
    }

    static String unescape(String html) {
        Matcher m = Pattern.compile("&(#x[0-9a-fA-F]+|#\\d+|amp|lt|gt|quot|apos);").matcher(html);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String e = m.group(1);
            String c = switch (e) {
                case "amp" -> "&";
                case "lt" -> "<";
                case "gt" -> ">";
                case "quot" -> "\"";
                case "apos" -> "'";
                default -> new String(Character.toChars(e.startsWith("#x") ? Integer.parseInt(e.substring(2), 16)
                        : Integer.parseInt(e.substring(1))));
            };
            m.appendReplacement(out, Matcher.quoteReplacement(c));
        }
        m.appendTail(out);
        return out.toString();
    }

    static String csrf(String page) {
        return unescape(attribute(page.substring(page.indexOf("name=\"_csrf\"") - 200), "value"));
    }

    static double percentile(List<Long> sorted, double p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int index = (int) Math.min(sorted.size() - 1, Math.ceil(p * sorted.size()) - 1);
        return sorted.get(Math.max(0, index)) / 1_000_000.0;
    }

    /** A browser without rendering: cookies, no redirects followed; counts every answer. */
    static final class Client {
        final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
        final String base;

        Client(String base) {
            this.base = base;
        }

        HttpResponse<String> get(String path) {
            return send(HttpRequest.newBuilder(URI.create(base + path)).GET(), "GET " + path);
        }

        HttpResponse<String> post(String path, Map<String, String> form) {
            StringBuilder body = new StringBuilder();
            form.forEach((k, v) -> body.append(body.isEmpty() ? "" : "&").append(URLEncoder.encode(k, StandardCharsets.UTF_8))
                    .append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
            return send(HttpRequest.newBuilder(URI.create(base + path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString())), "POST " + path);
        }

        void logIn(String username, String password) {
            HttpResponse<String> answer = post("/login", Map.of("_csrf", csrf(get("/login").body()), "username", username,
                    "password", password));
            if (answer.statusCode() != 302 || answer.headers().firstValue("Location").orElse("").contains("error")) {
                throw new IllegalStateException("login as " + username + " failed");
            }
        }

        HttpResponse<String> send(HttpRequest.Builder request, String what) {
            try {
                HttpResponse<String> response = http.send(request.header("Accept-Encoding", "identity")
                        .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
                served.incrementAndGet();
                statuses.computeIfAbsent(response.statusCode(), s -> new AtomicInteger()).incrementAndGet();
                if (response.statusCode() >= 500) {
                    serverErrors.add(response.statusCode() + " " + what);
                }
                return response;
            } catch (Exception e) {
                serverErrors.add("no answer to " + what + ": " + e);
                throw new IllegalStateException(e);
            }
        }
    }

    /** After the run, with the app stopped: every acknowledged save is a revision in the database. */
    static int check(String url, Path markers) throws Exception {
        List<String> expected = Files.readAllLines(markers);
        List<String> snapshots = new ArrayList<>();
        try (var connection = DriverManager.getConnection(url, "sa", "");
                var rows = connection.createStatement()
                        .executeQuery("select content from revision where subject_kind = 'CITY'")) {
            while (rows.next()) {
                snapshots.add(rows.getString(1));
            }
        }
        String all = String.join("\n", snapshots);
        List<String> lost = expected.stream().filter(marker -> !all.contains(marker)).toList();
        System.out.printf("acknowledged saves found in the history: %d of %d; lost: %d%n", expected.size() - lost.size(),
                expected.size(), lost.size());
        lost.stream().limit(10).forEach(m -> System.out.println("  lost " + m));
        return lost.isEmpty() ? 0 : 1;
    }
}
