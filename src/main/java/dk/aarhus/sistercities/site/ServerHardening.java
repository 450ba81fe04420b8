package dk.aarhus.sistercities.site;

import jakarta.servlet.DispatcherType;
import javax.sql.DataSource;
import org.apache.catalina.Valve;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/**
 * The security headers on every answer: {@link SecurityHeadersFilter} first of all filters (ahead of
 * the page cache, order -200, and Spring Security, -100), and {@link HardenedErrorReportValve} for what
 * Tomcat answers itself. Limits on requests and the trusted proxies are in {@code application.properties}.
 */
@Configuration(proxyBeanMethods = false)
class ServerHardening {

    static final int HEADERS_ORDER = Ordered.HIGHEST_PRECEDENCE + 10;

    @Bean
    FilterRegistrationBean<SecurityHeadersFilter> securityHeadersFilter() {
        FilterRegistrationBean<SecurityHeadersFilter> registration =
                new FilterRegistrationBean<>(new SecurityHeadersFilter());
        registration.setOrder(HEADERS_ORDER);
        registration.addUrlPatterns("/*");
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
        return registration;
    }

    /** Right behind the headers: control characters out of every parameter, before anyone reads one. */
    @Bean
    FilterRegistrationBean<TypedTextFilter> typedTextFilter() {
        FilterRegistrationBean<TypedTextFilter> registration = new FilterRegistrationBean<>(new TypedTextFilter());
        registration.setOrder(HEADERS_ORDER + 1);
        registration.addUrlPatterns("/*");
        return registration;
    }

    /**
     * Behind the page cache (whose pages need no database) and ahead of Spring Session (order -50 from the
     * top) and Spring Security: while the database is away, a calm 503 instead of an error.
     */
    @Bean
    FilterRegistrationBean<DatabaseOutageFilter> databaseOutageFilter(ThymeleafViewResolver views, LayoutAdvice layout,
            DataSource dataSource) {
        FilterRegistrationBean<DatabaseOutageFilter> registration =
                new FilterRegistrationBean<>(new DatabaseOutageFilter(views, layout, new DatabaseOutage(dataSource)));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 25);
        registration.addUrlPatterns("/*");
        return registration;
    }

    /** Replaces Tomcat's error report valve (Spring Boot's, or the host's default) with ours. */
    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> hardenedErrorReports() {
        return factory -> factory.addContextCustomizers(context -> {
            var host = (org.apache.catalina.core.StandardHost) context.getParent();
            for (Valve valve : host.getPipeline().getValves()) {
                if (valve instanceof ErrorReportValve) {
                    host.getPipeline().removeValve(valve);
                }
            }
            host.setErrorReportValveClass(HardenedErrorReportValve.class.getName());
            host.getPipeline().addValve(new HardenedErrorReportValve());
        });
    }
}
