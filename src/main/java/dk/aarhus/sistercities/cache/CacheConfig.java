package dk.aarhus.sistercities.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
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
}
