package dk.aarhus.sistercities.image;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dk.aarhus.sistercities.cache.ContentGeneration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;

@Configuration(proxyBeanMethods = false)
class MediaConfig {

    /**
     * Behind the database outage filter (site/ServerHardening, HIGHEST_PRECEDENCE + 25), so a file that must be read
     * while the database is away is a calm 503 with Retry-After; ahead of Spring Session, Spring Security and MVC.
     */
    static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 27;

    /**
     * The renditions kept in memory, bounded by their bytes ({@code sistercities.images.cache-size}, 32 MB by
     * default: a few hundred renditions, the site's images several times over); the least used go first.
     */
    @Bean
    FilterRegistrationBean<MediaFilter> mediaFilter(ImageFiles files, ContentGeneration generation,
            @Value("${sistercities.images.cache-size:32MB}") DataSize size) {
        Cache<String, MediaFilter.Kept> cache = Caffeine.newBuilder()
                .maximumWeight(size.toBytes())
                .weigher((String hash, MediaFilter.Kept kept) -> kept.bytes().length)
                .build();
        FilterRegistrationBean<MediaFilter> registration =
                new FilterRegistrationBean<>(new MediaFilter(cache, files, generation::current));
        registration.setOrder(ORDER);
        registration.addUrlPatterns(MediaFilter.PREFIX + "*");
        return registration;
    }
}
