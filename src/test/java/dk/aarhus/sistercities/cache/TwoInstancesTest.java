package dk.aarhus.sistercities.cache;

import static org.assertj.core.api.Assertions.assertThat;

import dk.aarhus.sistercities.SisterCitiesApplication;
import dk.aarhus.sistercities.account.TestAccounts;
import dk.aarhus.sistercities.admin.CityEditor;
import dk.aarhus.sistercities.city.City;
import dk.aarhus.sistercities.city.CityContent;
import dk.aarhus.sistercities.city.CityHistory;
import dk.aarhus.sistercities.city.CityRepository;
import dk.aarhus.sistercities.schedule.SchedulePoller;
import dk.aarhus.sistercities.schedule.ScheduledWork;
import dk.aarhus.sistercities.schedule.Schedules;
import dk.aarhus.sistercities.seed.ContentSeeder;
import dk.aarhus.sistercities.support.AdminPages;
import dk.aarhus.sistercities.support.OnlyOnPostgres;
import dk.aarhus.sistercities.support.CityContentBuilder;
import dk.aarhus.sistercities.support.FullAppTest;
import dk.aarhus.sistercities.support.Http;
import dk.aarhus.sistercities.support.TestDatabase;
import dk.aarhus.sistercities.support.WebSession;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aopalliance.intercept.MethodInterceptor;
import org.flywaydb.core.Flyway;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.FormElement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.aop.framework.Advised;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two instances of the site on one database: a publish through B is what A serves on its next polls,
 * although A had the page cached (A's own page cache counter shows it answered the page from memory
 * just before); and two instances that reach the seed at the same moment on an empty database load it
 * once.
 */
@OnlyOnPostgres
@Tag(FullAppTest.TAG)
class TwoInstancesTest {

    private ConfigurableApplicationContext a;
    private ConfigurableApplicationContext b;

    private static ConfigurableApplicationContext start(TestDatabase.Database database, String... more) {
        return start(database, (Supplier<BeanPostProcessor>) null, more);
    }

    /** An instance on the database; with {@code together}, its seeding waits for the other instance's. */
    private static ConfigurableApplicationContext start(TestDatabase.Database database, SeedingTogether together,
            String... more) {
        return start(database, together == null ? null : together::postProcessor, more);
    }

    /** An instance on the database, with a post-processor of its beans if given. */
    private static ConfigurableApplicationContext start(TestDatabase.Database database,
            Supplier<BeanPostProcessor> postProcessor, String... more) {
        SpringApplicationBuilder builder = new SpringApplicationBuilder(SisterCitiesApplication.class);
        if (postProcessor != null) {
            builder.initializers(context -> ((GenericApplicationContext) context).registerBean("testPostProcessor",
                    BeanPostProcessor.class, postProcessor));
        }
        // Command-line arguments: they outrank the test configuration's per-context database.
        List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--spring.datasource.url=" + database.url(),
                "--spring.datasource.username=" + database.username(),
                "--spring.datasource.password=" + database.password(), "--spring.jmx.enabled=false"));
        arguments.addAll(List.of(more));
        return builder.run(arguments.toArray(String[]::new));
    }

    @AfterEach
    void stop() {
        if (a != null) {
            a.close();
        }
        if (b != null) {
            b.close();
        }
    }

    @Test
    void aPublishThroughOneInstanceIsServedByTheOtherOnItsNextPolls() throws Exception {
        TestDatabase.Database database = TestDatabase.newDatabase();
        a = start(database);
        b = start(database);
        Http http = new Http(port(a));
        assertThat(http.page("/en/cities/turku").text()).doesNotContain("Published through B");
        double hits = cacheHits(a);
        assertThat(http.page("/en/cities/turku").text()).doesNotContain("Published through B");
        assertThat(cacheHits(a)).as("A answered Turku's page from its cache before B's publish").isEqualTo(hits + 1);

        CityRepository cities = b.getBean(CityRepository.class);
        CityHistory history = b.getBean(CityHistory.class);
        CityEditor editor = b.getBean(CityEditor.class);
        City turku = cities.findBySlug("turku").orElseThrow();
        CityContent draft = b.getBean(TransactionTemplate.class).execute(s -> history.draft(turku));
        int saved = editor.save(turku.getId(), turku.getDraftRevision(),
                CityContentBuilder.from(draft).summary("en", "Published through B").build(), "anna");
        editor.publish(turku.getId(), saved, "anna");
        long published = System.nanoTime();

        long seenAfterMs = -1;
        while ((System.nanoTime() - published) / 1_000_000 < 10_000) {
            if (http.page("/en/cities/turku").text().contains("Published through B")) {
                seenAfterMs = (System.nanoTime() - published) / 1_000_000;
                break;
            }
            Thread.sleep(20);
        }
        System.out.printf("Instance A served the publish %d ms after it committed%n", seenAfterMs);
        // A polls the content generation twice a second; five polls leave room for a busy machine. Without
        // the generation A would serve its cached page for ever: the page cache has no time limit.
        assertThat(seenAfterMs).as("milliseconds until instance A served the publish").isBetween(0L, 2500L);
    }

    /**
     * Editor sessions live in the database: an editor who logged in through A saves and publishes
     * through B with nothing but A's session cookie, and A serves the change on its next polls.
     */
    @Test
    void anEditorLoggedInThroughOneInstanceSavesAndPublishesThroughTheOther() throws Exception {
        TestDatabase.Database database = TestDatabase.newDatabase();
        a = start(database);
        b = start(database);
        Http citizen = new Http(port(a));
        assertThat(citizen.page("/en/cities/rostock").text()).doesNotContain("Saved and published through B");
        double hits = cacheHits(a);
        assertThat(citizen.page("/en/cities/rostock").text()).doesNotContain("Saved and published through B");
        assertThat(cacheHits(a)).as("A answered Rostock's page from its cache before B's publish").isEqualTo(hits + 1);

        WebSession throughA = new WebSession(port(a), "en");
        throughA.logIn(TestAccounts.ADMIN_USERNAME, TestAccounts.ADMIN_PASSWORD);
        String session = throughA.cookie("SESSION");
        assertThat(session).as("session cookie from A").isNotBlank();

        WebSession throughB = new WebSession(port(b), "en").cookie("SESSION", session);
        Document list = throughB.page("/admin");
        String city = list.selectFirst("main a:containsOwn(Rostock)[href^=/admin/cities/]").attr("href");
        AdminPages.saveCity(throughB, city, Map.of("texts[en].summary", "Saved and published through B"));
        Document form = throughB.page(city);
        HttpResponse<String> publish = throughB.submit(
                (FormElement) form.selectFirst("form[action$=/publish]"), null, Map.of());
        assertThat(publish.statusCode()).as("publish through B").isEqualTo(302);
        assertThat(publish.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).doesNotContain("/login"));
        long published = System.nanoTime();

        long seenAfterMs = -1;
        while ((System.nanoTime() - published) / 1_000_000 < 10_000) {
            if (citizen.page("/en/cities/rostock").text().contains("Saved and published through B")) {
                seenAfterMs = (System.nanoTime() - published) / 1_000_000;
                break;
            }
            Thread.sleep(20);
        }
        System.out.printf("Instance A served the publish %d ms after it committed%n", seenAfterMs);
        // A polls the content generation twice a second; five polls leave room for a busy machine. Without
        // the generation A would serve its cached page for ever: the page cache has no time limit.
        assertThat(seenAfterMs).as("milliseconds until instance A served the publish").isBetween(0L, 2500L);
        assertThat(throughA.page(city + "/history").text()).as("A's own view of the session's work")
                .contains(TestAccounts.ADMIN_USERNAME);
        assertThat(new WebSession(port(b), "en").get("/admin").statusCode())
                .as("B without A's cookie: not logged in").isEqualTo(302);
    }

    /** Both instances' schedule pollers on, looking for due steps five times a second. */
    private static final String[] POLLING = {"--sistercities.schedule.enabled=true",
            "--sistercities.schedule.poll-interval=200ms"};

    /**
     * Scheduled publishing with two instances polling one database: five cities' drafts, saved and scheduled
     * through A for the same moment a few seconds ahead, are each published once, on time, by whichever
     * instance claimed the step first (the other's claim updates nothing): one PUBLISHED revision and one
     * audit entry per city, each step done once, and both instances serve the new text.
     */
    @Test
    void aScheduledPublishHappensOnTimeAndOnceWithTwoInstancesPolling() throws Exception {
        TestDatabase.Database database = TestDatabase.newDatabase();
        a = start(database, POLLING);
        b = start(database, POLLING);
        List<String> slugs = List.of("bergen", "gothenburg", "turku", "rostock", "kiel");
        Clock clock = a.getBean(Clock.class);
        Instant due = clock.instant().plusSeconds(4);
        JdbcTemplate jdbc = a.getBean(JdbcTemplate.class);
        for (String slug : slugs) {
            int saved = saveDraft(a, slug, "Scheduled for " + slug);
            long id = a.getBean(CityRepository.class).findBySlug(slug).orElseThrow().getId();
            a.getBean(Schedules.class).schedule("CITY", Long.toString(id), saved, due, null, TestAccounts.ADMIN_USERNAME);
        }
        Http throughA = new Http(port(a));
        Http throughB = new Http(port(b));
        assertThat(throughB.page("/en/cities/kiel").text()).doesNotContain("Scheduled for kiel");

        Instant deadline = due.plusSeconds(10);
        while (clock.instant().isBefore(deadline) && jdbc.queryForObject(
                "select count(*) from scheduled_action where done_at is not null", Long.class) < slugs.size()) {
            Thread.sleep(50);
        }
        Instant allDone = clock.instant();
        System.out.printf("Five scheduled publishes done %d ms after they were due%n",
                Duration.between(due, allDone).toMillis());
        // Polls every 200 ms on each instance; a few seconds leave room for a busy machine.
        assertThat(Duration.between(due, allDone)).as("all done within 5 s of the due time")
                .isLessThan(Duration.ofSeconds(5));
        // Several more polls of both instances: nothing is done twice.
        Thread.sleep(1000);
        for (String slug : slugs) {
            long id = a.getBean(CityRepository.class).findBySlug(slug).orElseThrow().getId();
            assertThat(jdbc.queryForList("select created_at from revision where subject_kind = 'CITY' and subject_key = ?"
                    + " and action = 'PUBLISHED' and author = ?", Timestamp.class, Long.toString(id), TestAccounts.ADMIN_USERNAME))
                    .as(slug + ": one PUBLISHED revision by the scheduler, not before the due time")
                    .singleElement().satisfies(at -> assertThat(at.toInstant()).isAfterOrEqualTo(due));
            assertThat(jdbc.queryForObject("select count(*) from audit_log where event = 'CITY_PUBLISHED' and detail = ?",
                    Long.class, slug)).as(slug + ": one audit entry").isEqualTo(1);
            assertThat(jdbc.queryForList("select outcome from scheduled_action where subject_key = ? and done_at"
                    + " is not null", String.class, Long.toString(id))).as(slug + ": done once").containsExactly("DONE");
        }
        assertThat(jdbc.queryForObject("select count(*) from audit_log where event = 'SCHEDULE_REFUSED'", Long.class))
                .as("no instance found a step refused (as a second publish of the same revision would be)").isZero();
        for (Http instance : List.of(throughA, throughB)) {
            long seenBy = System.nanoTime();
            // Each instance serves it at once or on its next polls of the content generation.
            while (!instance.page("/en/cities/kiel").text().contains("Scheduled for kiel")
                    && (System.nanoTime() - seenBy) / 1_000_000 < 2500) {
                Thread.sleep(20);
            }
            for (String slug : slugs) {
                assertThat(instance.page("/en/cities/" + slug).text()).contains("Scheduled for " + slug);
            }
        }
    }

    /**
     * A schedule lives in the database: scheduled through an instance that then stops (its poller off, as
     * an instance that is shut down before the time), it is carried out by the next instance to start.
     */
    @Test
    void aScheduleSurvivesARestart() throws Exception {
        TestDatabase.Database database = TestDatabase.newDatabase();
        a = start(database);
        int saved = saveDraft(a, "lviv", "Scheduled before a restart");
        long id = a.getBean(CityRepository.class).findBySlug("lviv").orElseThrow().getId();
        Instant due = a.getBean(Clock.class).instant().plusSeconds(2);
        a.getBean(Schedules.class).schedule("CITY", Long.toString(id), saved, due, null, TestAccounts.ADMIN_USERNAME);
        a.close();
        a = null;

        b = start(database, POLLING);
        Http http = new Http(port(b));
        long started = System.nanoTime();
        while (!http.page("/en/cities/lviv").text().contains("Scheduled before a restart")
                && (System.nanoTime() - started) / 1_000_000 < 10_000) {
            Thread.sleep(50);
        }
        assertThat(http.page("/en/cities/lviv").text()).contains("Scheduled before a restart");
        assertThat(b.getBean(JdbcTemplate.class).queryForObject(
                "select count(*) from audit_log where event = 'CITY_PUBLISHED' and detail = 'lviv'", Long.class))
                .isEqualTo(1);
    }

    /**
     * An instance that stops between a step's claim and its commit (here: its publish has written everything, then
     * the connection fails) leaves nothing of it: not the claim, not the revision, not the audit entry; the next
     * poll carries out the whole step, once.
     */
    @Test
    void aStepInterruptedBetweenItsClaimAndItsCommitIsLeftWholeForTheNextPoll() {
        TestDatabase.Database database = TestDatabase.newDatabase();
        AtomicInteger interrupted = new AtomicInteger();
        a = start(database, () -> new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (bean instanceof ScheduledWork) {
                    assertThat(bean).as("the scheduled work's transactional proxy").isInstanceOf(Advised.class);
                    ((Advised) bean).addAdvice(0, (MethodInterceptor) invocation -> {
                        Object result = invocation.proceed();
                        if (invocation.getMethod().getName().equals("publish") && interrupted.getAndIncrement() == 0) {
                            throw new TransientDataAccessResourceException("the instance stops before the commit");
                        }
                        return result;
                    });
                }
                return bean;
            }
        });
        int saved = saveDraft(a, "kiel", "Published after an interruption");
        long id = a.getBean(CityRepository.class).findBySlug("kiel").orElseThrow().getId();
        a.getBean(Schedules.class).schedule("CITY", Long.toString(id), saved, a.getBean(Clock.class).instant()
                .plusMillis(200), null, TestAccounts.ADMIN_USERNAME);
        JdbcTemplate jdbc = a.getBean(JdbcTemplate.class);
        SchedulePoller poller = a.getBean(SchedulePoller.class);
        await(() -> interrupted.get() > 0 || poller.runDue() > 0);
        assertThat(interrupted.get()).as("the first publish was interrupted").isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from scheduled_action where done_at is null", Long.class))
                .as("the claim rolled back with the publish").isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from revision where action = 'PUBLISHED' and author = '" + TestAccounts.ADMIN_USERNAME + "'",
                Long.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from audit_log where event = 'CITY_PUBLISHED'", Long.class))
                .isZero();
        assertThat(new Http(port(a)).page("/en/cities/kiel").text()).doesNotContain("Published after an interruption");

        assertThat(poller.runDue()).as("the next poll").isEqualTo(1);
        assertThat(poller.runDue()).isZero();
        assertThat(new Http(port(a)).page("/en/cities/kiel").text()).contains("Published after an interruption");
        assertThat(jdbc.queryForObject("select count(*) from revision where action = 'PUBLISHED' and author = '" + TestAccounts.ADMIN_USERNAME + "'",
                Long.class)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from audit_log where event = 'CITY_PUBLISHED'", Long.class))
                .isEqualTo(1);
    }

    /** Waits up to 10 seconds for the condition, asking every 50 ms. */
    private static void await(java.util.function.BooleanSupplier condition) {
        long started = System.nanoTime();
        while (!condition.getAsBoolean()) {
            assertThat((System.nanoTime() - started) / 1_000_000).as("ms waited").isLessThan(10_000);
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    /** Saves a draft of the city through the instance with a new English summary; answers its revision. */
    private static int saveDraft(ConfigurableApplicationContext instance, String slug, String summary) {
        City city = instance.getBean(CityRepository.class).findBySlug(slug).orElseThrow();
        CityHistory history = instance.getBean(CityHistory.class);
        CityContent draft = instance.getBean(TransactionTemplate.class).execute(s -> history.draft(city));
        return instance.getBean(CityEditor.class).save(city.getId(), city.getDraftRevision(),
                CityContentBuilder.from(draft).summary("en", summary).build(), "anna");
    }

    /**
     * Both instances are held at the seed (a barrier in front of {@code ContentSeeder.seedIfEmpty}, before
     * its transaction) until both are there, each having found the database empty: they start seeding at
     * the same moment, and the seed is loaded once.
     */
    @Test
    void twoInstancesStartingTogetherOnAnEmptyDatabaseLoadTheSeedOnce() throws Exception {
        TestDatabase.Database database = TestDatabase.newDatabase();
        // Migrations first, as a deployment's first instance would; then both start at the same moment.
        Flyway.configure().dataSource(database.url(), database.username(), database.password()).load().migrate();
        SeedingTogether together = new SeedingTogether();
        ExecutorService starters = Executors.newFixedThreadPool(2);
        // Two applications in one JVM would set up the JVM-wide logging at the same moment (separate
        // processes in production do not share it): they keep the logging the tests already have.
        System.setProperty(LoggingSystem.SYSTEM_PROPERTY, LoggingSystem.NONE);
        try {
            Future<ConfigurableApplicationContext> first = starters.submit(() -> start(database, together));
            Future<ConfigurableApplicationContext> second = starters.submit(() -> start(database, together));
            a = first.get(3, TimeUnit.MINUTES);
            b = second.get(3, TimeUnit.MINUTES);
        } finally {
            starters.shutdownNow();
            System.clearProperty(LoggingSystem.SYSTEM_PROPERTY);
        }
        assertThat(together.foundEmpty).as("each instance, at the barrier in front of the seed, found the database"
                + " empty (true) and went on with the other").containsExactly(true, true);
        JdbcTemplate jdbc = a.getBean(JdbcTemplate.class);
        assertThat(jdbc.queryForObject("select count(*) from city", Long.class)).isEqualTo(15);
        assertThat(jdbc.queryForObject("select count(*) from audit_log where event = 'CONTENT_SEEDED'", Long.class))
                .isEqualTo(1);
        assertThat(new Http(port(b)).page("/en").select(".card")).hasSize(15);
    }

    /**
     * Holds each instance in front of its seed until the other is there too: an advice put first on the
     * seeder's transactional proxy (so the wait is before the transaction and its lock), which records
     * whether the database was still empty when the instance arrived.
     */
    static final class SeedingTogether {

        final CyclicBarrier barrier = new CyclicBarrier(2);
        final List<Boolean> foundEmpty = new CopyOnWriteArrayList<>();

        BeanPostProcessor postProcessor() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    if (bean instanceof ContentSeeder seeder) {
                        assertThat(bean).as("the seeder's transactional proxy").isInstanceOf(Advised.class);
                        ((Advised) bean).addAdvice(0, (MethodInterceptor) invocation -> {
                            if (invocation.getMethod().getName().equals("seedIfEmpty")) {
                                boolean empty = !seeder.hasContent();
                                barrier.await(2, TimeUnit.MINUTES);
                                foundEmpty.add(empty);
                            }
                            return invocation.proceed();
                        });
                    }
                    return bean;
                }
            };
        }
    }

    /** Pages instance {@code context} answered from its page cache, from its Prometheus endpoint. */
    private static double cacheHits(ConfigurableApplicationContext context) {
        String port = context.getEnvironment().getProperty("local.management.port");
        String metrics = new Http(Integer.parseInt(port)).get("/actuator/prometheus").body();
        Matcher hits = Pattern.compile("sistercities_page_cache_requests_total\\{[^}]*result=\"hit\"[^}]*} ([0-9.E]+)")
                .matcher(metrics);
        assertThat(hits.find()).as("the page cache's hit counter on the management port").isTrue();
        return Double.parseDouble(hits.group(1));
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }
}
