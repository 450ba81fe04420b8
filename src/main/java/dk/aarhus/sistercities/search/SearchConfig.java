package dk.aarhus.sistercities.search;

import dk.aarhus.sistercities.cache.ContentGeneration;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.thymeleaf.ITemplateEngine;

/** The search gate (see {@link SearchGate}) and its bounds, and the search answered behind it ({@link SearchResponder}). */
@Configuration(proxyBeanMethods = false)
class SearchConfig {

    /** Behind the page cache (which answers searches already made), ahead of everything else. */
    static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 25;

    @Bean
    FilterRegistrationBean<SearchGate> searchGate(MessageSource messages,
            @Value("${sistercities.search.concurrency:0}") int concurrency,
            @Value("${sistercities.search.per-client:2}") int perClient,
            @Value("${sistercities.search.wait:50ms}") Duration wait) {
        int permits = concurrency > 0 ? concurrency : Runtime.getRuntime().availableProcessors();
        FilterRegistrationBean<SearchGate> registration =
                new FilterRegistrationBean<>(new SearchGate(permits, Math.max(1, perClient), wait.toMillis(), messages));
        registration.setOrder(ORDER);
        registration.addUrlPatterns("/da/soeg", "/en/search");
        return registration;
    }

    /** Right behind the gate: a search admitted is answered there, ahead of Security and MVC. */
    @Bean
    FilterRegistrationBean<SearchResponder> searchResponder(SearchService search, ITemplateEngine templates,
            ContentGeneration generation) {
        FilterRegistrationBean<SearchResponder> registration =
                new FilterRegistrationBean<>(new SearchResponder(search, templates, generation));
        registration.setOrder(ORDER + 1);
        registration.addUrlPatterns("/da/soeg", "/en/search");
        return registration;
    }
}
