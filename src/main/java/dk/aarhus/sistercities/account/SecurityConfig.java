package dk.aarhus.sistercities.account;

import java.util.Arrays;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
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
            PasswordEncoder passwordEncoder, LoginThrottle throttle, KnownDevices devices, SecondFactor secondFactor,
            SecondFactorPolicy policy, AuthenticationEventPublisher events, AccountRepository accounts, AuditLog auditLog,
            LoginCompletion completion) throws Exception {
        String[] roles = Arrays.stream(Role.values()).map(Role::authority).toArray(String[]::new);
        return http
                .securityMatcher("/admin/**", LOGIN, LOGIN + "/**", "/logout")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(LOGIN).permitAll()
                        // A whole login back on the code page (the Back button) is sent on to the editors' pages.
                        .requestMatchers(HttpMethod.GET, LoginCodeController.CODE)
                                .hasAnyAuthority(concat(roles, LoginStep.CODE.authority()))
                        .requestMatchers(LoginCodeController.CODE, LoginCodeController.RECOVERY)
                                .hasAuthority(LoginStep.CODE.authority())
                        .requestMatchers(SecondFactorController.PAGE, SecondFactorController.PAGE + "/**")
                                .hasAnyAuthority(concat(roles, LoginStep.ENROLMENT.authority()))
                        .requestMatchers("/admin/accounts/**", "/admin/audit/**", "/admin/backup/**", "/admin/settings/**")
                                .hasRole(Role.ADMIN.name())
                        .anyRequest().hasAnyRole(Role.EDITOR.name(), Role.PUBLISHER.name(), Role.ADMIN.name()))
                .authenticationManager(login(events, new LoginCheck(passwordCheck(accountDetails, passwordEncoder), throttle,
                        devices, secondFactor, policy)))
                .formLogin(form -> form
                        .loginPage(LOGIN)
                        .authenticationDetailsSource(LoginDetails.source())
                        .successHandler(completion)
                        .failureUrl(LOGIN + "?error"))
                .logout(logout -> logout
                        .logoutUrl("/logout")
                        .logoutSuccessUrl(LOGIN + "?logout"))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .addFilterBefore(new SessionAccountCheckFilter(accounts, auditLog), AnonymousAuthenticationFilter.class)
                .addFilterAfter(new SecondFactorGate(), SessionAccountCheckFilter.class)
                .build();
    }

    private static String[] concat(String[] authorities, String more) {
        String[] all = Arrays.copyOf(authorities, authorities.length + 1);
        all[authorities.length] = more;
        return all;
    }

    private static DaoAuthenticationProvider passwordCheck(AccountUserDetailsService accountDetails,
            PasswordEncoder passwordEncoder) {
        DaoAuthenticationProvider passwordCheck = new DaoAuthenticationProvider(accountDetails);
        passwordCheck.setPasswordEncoder(passwordEncoder);
        return passwordCheck;
    }

    /** The login's checks ({@link LoginCheck}), publishing what happened. */
    private static AuthenticationManager login(AuthenticationEventPublisher events, LoginCheck check) {
        ProviderManager manager = new ProviderManager(check);
        manager.setAuthenticationEventPublisher(events);
        return manager;
    }

    /** Spring Security's events, plus one for a throttled login, which the audit log records. */
    @Bean
    AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher publisher) {
        DefaultAuthenticationEventPublisher events = new DefaultAuthenticationEventPublisher(publisher);
        // By exact class: a subclass needs its own line.
        events.setAdditionalExceptionMappings(Map.of(LoginThrottledException.class, LoginThrottledEvent.class,
                WrongCodeWhileWaitingException.class, LoginThrottledEvent.class,
                WrongCodeException.class, AuthenticationFailureBadCredentialsEvent.class));
        return events;
    }
}
