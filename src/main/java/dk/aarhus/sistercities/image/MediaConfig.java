package dk.aarhus.sistercities.image;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;

@Configuration(proxyBeanMethods = false)
class MediaConfig {

    /** Behind the security headers (site/ServerHardening), ahead of the page cache, Spring Security and MVC. */
    static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 15;

    /**
     * The renditions kept in memory, bounded by their bytes ({@code sistercities.images.cache-size}, 32 MB by
     * default: a few hundred renditions, the site's images several times over); the least used go first.
     */
    @Bean
    FilterRegistrationBean<MediaFilter> mediaFilter(MediaFiles files,
            @Value("${sistercities.images.cache-size:32MB}") DataSize size) {
        Cache<String, byte[]> cache = Caffeine.newBuilder()
                .maximumWeight(size.toBytes())
                .weigher((String hash, byte[] bytes) -> bytes.length)
                .build();
        FilterRegistrationBean<MediaFilter> registration = new FilterRegistrationBean<>(new MediaFilter(cache, files));
        registration.setOrder(ORDER);
        registration.addUrlPatterns(MediaFilter.PREFIX + "*");
        return registration;
    }
}
