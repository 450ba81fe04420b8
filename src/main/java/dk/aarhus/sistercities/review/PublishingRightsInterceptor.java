package dk.aarhus.sistercities.review;

import dk.aarhus.sistercities.account.CurrentEditor;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Refuses, with 403 and a page that says why, every request that would change what citizens see (publish,
 * unpublish, take off, delete a city) from someone who may not publish now ({@link PublishingRights}): one
 * rule at the door for every kind of content, so no editor's form can forget it.
 */
@Configuration(proxyBeanMethods = false)
class PublishingRightsInterceptor implements WebMvcConfigurer, HandlerInterceptor {

    /** Set on a refused request: the 403 page then explains the four-eyes rule. */
    static final String REFUSED = "publishingRefused";

    private final PublishingRights rights;

    PublishingRightsInterceptor(PublishingRights rights) {
        this.rights = rights;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/admin/*/*/publish", "/admin/*/*/unpublish",
                "/admin/*/*/remove", "/admin/cities/*/delete", "/admin/schedules", "/admin/schedules/*/cancel");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws Exception {
        // Every method: the confirmation pages (GET …/unpublish, …/delete, …/remove) lead only to a refusal.
        if (rights.mayPublishNow(CurrentEditor.current().orElse(null))) {
            return true;
        }
        refuse(request, response);
        return false;
    }

    static void refuse(HttpServletRequest request, HttpServletResponse response) throws java.io.IOException {
        request.setAttribute(REFUSED, true);
        response.sendError(HttpServletResponse.SC_FORBIDDEN);
    }
}
