package dk.aarhus.sistercities.account;

import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;

/**
 * The editor's area: {@code /admin/**} with its login and logout. Everything else is the public
 * site, in {@link PublicSecurityChain}, which never creates a session. Only in a web application:
 * a context without a web server (a command-line run, a test) has no requests to guard.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SecurityConfig {

    static final String LOGIN = "/login";
    static final String HOME = "/admin";

    @Bean
    @Order(1)
    SecurityFilterChain adminChain(HttpSecurity http, AccountUserDetailsService accountDetails,
            PasswordEncoder passwordEncoder, LoginThrottle throttle, AuthenticationEventPublisher events,
            AccountRepository accounts, AuditLog auditLog) throws Exception {
        return http
                .securityMatcher("/admin/**", LOGIN, "/logout")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(LOGIN).permitAll()
                        .requestMatchers("/admin/accounts/**", "/admin/audit/**", "/admin/backup/**", "/admin/settings/**")
                                .hasRole(Role.ADMIN.name())
                        .anyRequest().hasAnyRole(Role.EDITOR.name(), Role.PUBLISHER.name(), Role.ADMIN.name()))
                .authenticationManager(throttledLogin(accountDetails, passwordEncoder, throttle, events))
                .formLogin(form -> form
                        .loginPage(LOGIN)
                        .defaultSuccessUrl(HOME)
                        .failureUrl(LOGIN + "?error"))
                .logout(logout -> logout
                        .logoutUrl("/logout")
                        .logoutSuccessUrl(LOGIN + "?logout"))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .addFilterBefore(new SessionAccountCheckFilter(accounts, auditLog), AnonymousAuthenticationFilter.class)
                .build();
    }

    /** Checks user name and password, unless {@link LoginThrottle} says to wait; publishes what happened. */
    private static AuthenticationManager throttledLogin(AccountUserDetailsService accountDetails,
            PasswordEncoder passwordEncoder, LoginThrottle throttle, AuthenticationEventPublisher events) {
        DaoAuthenticationProvider passwordCheck = new DaoAuthenticationProvider(accountDetails);
        passwordCheck.setPasswordEncoder(passwordEncoder);
        ProviderManager manager = new ProviderManager(new ThrottledAuthenticationProvider(passwordCheck, throttle));
        manager.setAuthenticationEventPublisher(events);
        return manager;
    }

    /** Spring Security's events, plus one for a throttled login, which the audit log records. */
    @Bean
    AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher publisher) {
        DefaultAuthenticationEventPublisher events = new DefaultAuthenticationEventPublisher(publisher);
        events.setAdditionalExceptionMappings(Map.of(LoginThrottledException.class, LoginThrottledEvent.class));
        return events;
    }
}
