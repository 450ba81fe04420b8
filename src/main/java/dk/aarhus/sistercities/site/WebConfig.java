package dk.aarhus.sistercities.site;

import dk.aarhus.sistercities.content.Language;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SiteProperties.class)
class WebConfig implements WebMvcConfigurer {

    @Bean
    LocaleResolver localeResolver() {
        return new PathLocaleResolver();
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
