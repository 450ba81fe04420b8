package dk.aarhus.sistercities.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

@Configuration(proxyBeanMethods = false)
@EnableScheduling
class CacheConfig {

    /** Ahead of Spring Security (order -100) and MVC, so a cached page costs almost nothing. */
    static final int ORDER = -200;

    @Bean
    FilterRegistrationBean<PageCacheFilter> pageCacheFilter(ContentGeneration generation) {
        // Bounded: a few hundred pages is the whole site many times over.
        Cache<String, CachedPage> pages = Caffeine.newBuilder().maximumSize(500).build();
        FilterRegistrationBean<PageCacheFilter> registration =
                new FilterRegistrationBean<>(new PageCacheFilter(pages, generation));
        registration.setOrder(ORDER);
        registration.addUrlPatterns("/*");
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
