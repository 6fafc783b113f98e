package cn.gxnews.portal.security;

import cn.gxnews.portal.security.ui.LoginView;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.NullSecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

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

    @Bean
    @Order(1)
    SecurityFilterChain desk(HttpSecurity http) throws Exception {
        return http
                .securityMatcher(DESK_PATHS)
                .authorizeHttpRequests(requests -> requests.requestMatchers("/media/**").permitAll())
                .with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class, "/desk/login"))
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

    @Bean
    PasswordEncoder passwordEncoder() {
        return new PasswordHashing();
    }
}
