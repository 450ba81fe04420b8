package dk.aarhus.sistercities;

import java.net.URL;
import java.security.CodeSource;
import java.time.Clock;
import org.springframework.aot.AotDetector;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.util.ClassUtils;

@SpringBootApplication
public class SisterCitiesApplication {

    public static void main(String[] args) {
        if (usesAheadOfTimeCode(System.getProperty(AotDetector.AOT_ENABLED), location(),
                ClassUtils.isPresent(SisterCitiesApplication.class.getName() + "__ApplicationContextInitializer",
                        SisterCitiesApplication.class.getClassLoader()))) {
            System.setProperty(AotDetector.AOT_ENABLED, "true");
        }
        SpringApplication.run(SisterCitiesApplication.class, args);
    }

    /**
     * The jar carries Spring's ahead-of-time code (the beans' definitions as code, made by the build from the
     * same classes), which saves finding and parsing the configuration at start (README, Speed): it is used unless
     * {@code -Dspring.aot.enabled} says otherwise. Classes run from a directory (the tests, an IDE,
     * {@code spring-boot:run}) may lie beside generated code of an older build, so they never use it.
     */
    static boolean usesAheadOfTimeCode(String setting, String location, boolean generated) {
        boolean packaged = location.startsWith("jar:") || location.endsWith(".jar");
        return setting == null && packaged && generated;
    }

    private static String location() {
        CodeSource source = SisterCitiesApplication.class.getProtectionDomain().getCodeSource();
        URL url = source == null ? null : source.getLocation();
        return url == null ? "" : url.toString();
    }

    /** Repositories as proxies found on first use, so the start wires the site while Hibernate boots. */
    @Bean
    static BeanFactoryPostProcessor lazyRepositories() {
        return LazyRepositories.installer();
    }

    /** The one source of the time (revisions, audit, throttling, caching); tests replace it to move time on. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
