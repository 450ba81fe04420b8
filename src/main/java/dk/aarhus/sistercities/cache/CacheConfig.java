package dk.aarhus.sistercities.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import jakarta.servlet.DispatcherType;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.server.observation.DefaultServerRequestObservationConvention;
import org.springframework.http.server.observation.ServerRequestObservationConvention;
import org.springframework.web.filter.ServerHttpObservationFilter;
import org.springframework.scheduling.annotation.EnableScheduling;

@Configuration(proxyBeanMethods = false)
@EnableScheduling
class CacheConfig {

    /**
     * Right behind the security headers and the parameter cleaning (site/ServerHardening), ahead of
     * the HTTP request observation, Spring Session, Spring Security (order -100) and MVC, so a cached
     * page costs almost nothing.
     */
    static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 20;

    /** What the kept search pages may weigh together, plain and gzipped (a results page is 10–20 KB). */
    static final long SEARCH_CACHE_BYTES = 8L * 1024 * 1024;

    @Bean
    FilterRegistrationBean<PageCacheFilter> pageCacheFilter(ContentGeneration generation, MeterRegistry meters, Clock clock) {
        // Bounded: a few hundred pages is the whole site many times over.
        Cache<String, CachedPage> pages = Caffeine.newBuilder().maximumSize(500).build();
        // Searches are as many as visitors make up: bounded by their bytes, so a flood of distinct queries
        // costs at most this much memory (and Caffeine's admission keeps the frequent ones).
        Cache<String, CachedPage> searches = Caffeine.newBuilder().maximumWeight(SEARCH_CACHE_BYTES)
                .weigher((String key, CachedPage page) -> key.length() + page.body().length + page.gzipped().length)
                .build();
        FilterRegistrationBean<PageCacheFilter> registration =
                new FilterRegistrationBean<>(new PageCacheFilter(pages, searches, generation, meters, clock));
        registration.setOrder(ORDER);
        registration.addUrlPatterns("/*");
        return registration;
    }

    /**
     * Boot's HTTP request observation (http.server.requests metrics), moved from the very front of the
     * chain to just behind the page cache: its per-request bookkeeping cost a cached page a quarter of
     * its time. Cached answers are counted by the page cache's own counter instead.
     */
    @Bean
    FilterRegistrationBean<ServerHttpObservationFilter> webMvcObservationFilter(ObservationRegistry registry,
            ObjectProvider<ServerRequestObservationConvention> customConvention,
            @Value("${management.observations.http.server.requests.name:http.server.requests}") String name) {
        ServerHttpObservationFilter filter = new ServerHttpObservationFilter(registry,
                customConvention.getIfAvailable(() -> new DefaultServerRequestObservationConvention(name)));
        FilterRegistrationBean<ServerHttpObservationFilter> registration = new FilterRegistrationBean<>(filter);
        registration.setOrder(ORDER + 10);
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ASYNC);
        return registration;
    }

    /**
     * A whole cached page (the overview is about 30 KB) goes to the socket in one write instead of
     * four 8 KB ones; written from a direct buffer, without the JDK's extra copy of a heap buffer.
     */
    @Bean
    TomcatConnectorCustomizer wholePageWrites() {
        return connector -> {
            connector.setProperty("socket.appWriteBufSize", String.valueOf(64 * 1024));
            connector.setProperty("socket.directBuffer", "true");
        };
    }
}
