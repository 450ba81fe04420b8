package dk.aarhus.sistercities.admin;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Puts {@link EditPresenceInterceptor} in front of the editors' forms. */
@Configuration(proxyBeanMethods = false)
class EditPresenceConfig implements WebMvcConfigurer {

    private final EditPresence presence;

    EditPresenceConfig(EditPresence presence) {
        this.presence = presence;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new EditPresenceInterceptor(presence)).addPathPatterns(EditPresenceInterceptor.FORMS);
    }
}
