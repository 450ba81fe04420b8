package dk.aarhus.sistercities.account;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.stereotype.Component;

/**
 * The public site: open to all, and it never creates a session or sets a cookie, so citizens need
 * no cookie banner. Without a session there is nothing for a forged request to ride on, so CSRF
 * tokens are not needed here; caching headers are the site's own business, not Spring Security's.
 * <p>
 * A component rather than a {@code @Bean} method so that {@code @WebMvcTest} slices, which pick up
 * {@link SecurityFilterChain} components, test public controllers behind the real rules.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class PublicSecurityChain implements SecurityFilterChain {

    private final SecurityFilterChain chain;

    PublicSecurityChain(HttpSecurity http) throws Exception {
        this.chain = http
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.disable())
                .logout(logout -> logout.disable())
                .headers(headers -> headers.cacheControl(cacheControl -> cacheControl.disable()))
                .build();
    }

    @Override
    public boolean matches(HttpServletRequest request) {
        return chain.matches(request);
    }

    @Override
    public List<Filter> getFilters() {
        return chain.getFilters();
    }
}
