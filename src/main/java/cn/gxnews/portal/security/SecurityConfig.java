package cn.gxnews.portal.security;

import cn.gxnews.portal.base.PortalProperties;
import cn.gxnews.portal.security.repository.StaffUserRepository;
import cn.gxnews.portal.security.ui.LoginView;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.servlet.DispatcherType;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.NullSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

import java.time.Clock;
import java.util.EnumSet;
import java.util.Map;

/**
 * Two filter chains. The desk ({@code /desk} and Vaadin's own resources) is secured by Vaadin's configurer:
 * form login at {@code /desk/login}, view access by annotations. Everything else is the public site, and
 * it is stateless: it never reads or creates a session, so an anonymous reader costs the server no memory
 * and gets no cookie, whatever address they type.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
// Services are guarded with @PreAuthorize; views carry @RolesAllowed for Vaadin's navigation checks only
// (enabling JSR-250 here would wrap every view in a security proxy).
@EnableMethodSecurity
class SecurityConfig {

    /**
     * The desk's addresses: the Vaadin servlet's mapping and the resources Vaadin serves beside it. Photos
     * ({@code /media}) are here too, so that staff see their drafts' photos; readers get published photos
     * from the same addresses without a session (nothing there creates one).
     */
    static final String[] DESK_PATHS = {"/desk", "/desk/**", "/VAADIN/**", "/media/**"};

    /** No inline script anywhere on the public site; nothing may frame it or change its base address. */
    static final String PUBLIC_CSP = "default-src 'self'; img-src 'self' data:; style-src 'self'; "
            + "script-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

    /**
     * The desk's policy: what Vaadin needs and no more. Its client engine starts from an inline script and
     * runs the expressions the server sends ({@code 'unsafe-inline' 'unsafe-eval'}, as Vaadin documents);
     * everything else comes from the portal itself, and nothing may frame the desk.
     */
    static final String DESK_CSP = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
            + "connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'; form-action 'self'";

    @Bean
    @Order(1)
    SecurityFilterChain desk(HttpSecurity http, Clock clock, StaffUserRepository users,
                             PortalProperties properties)
            throws Exception {
        SessionLifetime lifetime = new SessionLifetime(properties.session().absoluteLifetime(), clock);
        // Vaadin's configurer exempts its login page from CSRF protection, but the login form sends the token
        // (from the page's _csrf meta tags), so the sign-in POST can require it: no forged sign-ins.
        SessionlessRefusalCsrfTokens csrfTokens = new SessionlessRefusalCsrfTokens();
        CsrfFilter signInCsrf = new CsrfFilter(csrfTokens);
        signInCsrf.setRequireCsrfProtectionMatcher(
                PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/desk/login"));
        return http
                .securityMatcher(DESK_PATHS)
                .authorizeHttpRequests(requests -> requests.requestMatchers("/media/**").permitAll())
                // an address under /desk that is no view is Vaadin's to answer (a translated "not found" with 404, for a
                // signed-in member), not a blanket 403; views keep their own access annotations
                .with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class, "/desk/login")
                        .anyRequest(AuthorizeHttpRequestsConfigurer.AuthorizedUrl::authenticated))
                // a refused forged request gets no session cookie that would replace the browser's own
                .csrf(csrf -> csrf.csrfTokenRepository(csrfTokens))
                // the desk's "sign out" goes through Vaadin; this address is for a plain form POST (with CSRF token)
                .logout(logout -> logout.logoutUrl("/desk/logout"))
                // a new session id at sign-in is Spring Security's default; the lifetime is counted from it
                .sessionManagement(session -> session.addSessionAuthenticationStrategy(lifetime))
                .addFilterBefore(new CrossSiteRequests(), SecurityContextHolderFilter.class)
                .addFilterBefore(lifetime, SecurityContextHolderFilter.class)
                .addFilterAfter(new CurrentMemberRefresh(users), SecurityContextHolderFilter.class)
                .addFilterBefore(signInCsrf, UsernamePasswordAuthenticationFilter.class)
                // nosniff, X-Frame-Options DENY, no caching and HSTS (over HTTPS only) are Spring Security's defaults
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(DESK_CSP))
                        .referrerPolicy(referrer -> referrer.policy(
                                ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)))
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain publicSite(HttpSecurity http) throws Exception {
        return http
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(context -> context.securityContextRepository(new NullSecurityContextRepository()))
                .requestCache(cache -> cache.disable())
                // no sign-out here: a forged POST to the public site must not end a staff member's desk session
                .logout(logout -> logout.disable())
                // Read-only pages: there is no state-changing request here for a forged request to abuse.
                .csrf(csrf -> csrf.disable())
                .headers(headers -> headers
                        // the site sets caching per response (pages, feeds, stylesheets) itself
                        .cacheControl(cache -> cache.disable())
                        .contentSecurityPolicy(csp -> csp.policyDirectives(PUBLIC_CSP))
                        .referrerPolicy(referrer -> referrer.policy(
                                ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)))
                .build();
    }

    /**
     * Before everything else, so that every reader of the request (the sign-in log, the limits, HSTS, Vaadin)
     * sees the client's address and scheme behind the portal's own proxies.
     */
    @Bean
    FilterRegistrationBean<TrustedProxies> trustedProxies(PortalProperties properties) {
        FilterRegistrationBean<TrustedProxies> registration =
                new FilterRegistrationBean<>(new TrustedProxies(properties.trustedProxies()));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.setDispatcherTypes(EnumSet.allOf(DispatcherType.class));
        return registration;
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new PasswordHashing();
    }

    /**
     * Spring Security's events for sign-in results, which the sign-in log records; the refusals of the limits
     * against password guessing are reported like a locked account.
     */
    @Bean
    AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher publisher) {
        DefaultAuthenticationEventPublisher events = new DefaultAuthenticationEventPublisher(publisher);
        events.setAdditionalExceptionMappings(
                Map.of(SignInThrottledException.class, AuthenticationFailureLockedEvent.class));
        return events;
    }

    /** Username and password sign-in, within the limits against password guessing. */
    @Bean
    AuthenticationProvider staffSignIn(StaffUserDetailsService users, PasswordEncoder passwordEncoder,
                                       SignInLimits limits) {
        DaoAuthenticationProvider passwordCheck = new DaoAuthenticationProvider(users);
        passwordCheck.setPasswordEncoder(passwordEncoder);
        passwordCheck.setUserDetailsPasswordService(users);
        return new LimitedAuthenticationProvider(passwordCheck, limits);
    }
}
