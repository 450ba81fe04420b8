package dk.aarhus.sistercities.site;

import dk.aarhus.sistercities.content.SiteProperties;
import dk.aarhus.sistercities.content.Language;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.VersionResourceResolver;
import org.webjars.WebJarVersionLocator;
import org.springframework.http.CacheControl;
import java.time.Duration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SiteProperties.class)
class WebConfig implements WebMvcConfigurer {

    @Bean
    LocaleResolver localeResolver() {
        return new PathLocaleResolver();
    }

    /**
     * Our own assets get content-hashed names (site-3f2a….css) and may be cached for a year; a
     * change gives a new name. Flags come from the flag-icons WebJar, except where a lighter official
     * variant of our own stands in (Serbia's national flag without the arms: 0.2 KB instead of 180 KB).
     */
    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        CacheControl year = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();
        String flagIcons = "classpath:/META-INF/resources/webjars/flag-icons/"
                + new WebJarVersionLocator().version("flag-icons") + "/flags/4x3/";
        registry.addResourceHandler("/css/**", "/js/**", "/favicon.svg")
                .addResourceLocations("classpath:/static/css/", "classpath:/static/js/", "classpath:/static/")
                .setCacheControl(year)
                .resourceChain(true)
                .addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
        registry.addResourceHandler("/flags/**")
                .addResourceLocations("classpath:/flags/", flagIcons)
                .setCacheControl(year)
                .resourceChain(true)
                .addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
        registry.addResourceHandler("/images/**")
                .addResourceLocations("classpath:/static/images/")
                .setCacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePublic());
    }

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addConverter(String.class, Language.class, new LanguageConverter());
    }

    /** Turns the route's language segment into a {@link Language}. */
    private static final class LanguageConverter implements Converter<String, Language> {
        @Override
        public Language convert(String code) {
            return Language.fromCode(code).orElseThrow(() -> new IllegalArgumentException("No language " + code));
        }
    }
}
