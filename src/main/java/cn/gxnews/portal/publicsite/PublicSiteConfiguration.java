package cn.gxnews.portal.publicsite;

import jakarta.servlet.http.HttpServletRequest;
import cn.gxnews.portal.readership.ReadershipCounter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * The public site's response filters. Conditional requests: every page, feed and sitemap gets an ETag from its
 * content, and a browser or proxy that already has that version gets {@code 304 Not Modified} without the body. The desk,
 * Vaadin's resources and photos (which have their own immutable caching) are left alone.
 */
@Configuration(proxyBeanMethods = false)
class PublicSiteConfiguration {

    @Bean
    FilterRegistrationBean<ShallowEtagHeaderFilter> publicEtags() {
        ShallowEtagHeaderFilter filter = new ShallowEtagHeaderFilter() {
            @Override
            protected boolean shouldNotFilter(HttpServletRequest request) {
                String path = request.getRequestURI();
                return path.startsWith("/desk") || path.startsWith("/VAADIN") || path.startsWith("/media");
            }
        };
        filter.setWriteWeakETag(true);
        FilterRegistrationBean<ShallowEtagHeaderFilter> registration = new FilterRegistrationBean<>(filter);
        registration.addUrlPatterns("/*");
        registration.setOrder(Ordered.LOWEST_PRECEDENCE - 10);
        return registration;
    }

    /** Before anything reads a parameter (Spring Security, the controllers). */
    @Bean
    FilterRegistrationBean<MalformedQueryFilter> malformedQueries() {
        FilterRegistrationBean<MalformedQueryFilter> registration = new FilterRegistrationBean<>(new MalformedQueryFilter());
        registration.addUrlPatterns("/*");
        // right after Spring Boot's character encoding filter (the very first)
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    /**
     * Near the start of the chain, so that a cached page is answered without the rest of it (decision 0030): after
     * the request id, the trusted proxies, the malformed-query check and the HTTP metrics; before Spring Security,
     * the ETag filter and the controllers.
     */
    @Bean
    FilterRegistrationBean<PageCacheFilter> publicPageCache(PageCache cache, PageTexts texts, MeterRegistry meters) {
        FilterRegistrationBean<PageCacheFilter> registration =
                new FilterRegistrationBean<>(new PageCacheFilter(cache, texts, meters));
        registration.addUrlPatterns("/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return registration;
    }

    /** Outside the page cache and the ETag filter: a view answered from either is counted too (decision 0028). */
    @Bean
    FilterRegistrationBean<ArticleViewFilter> articleViews(ReadershipCounter counter) {
        FilterRegistrationBean<ArticleViewFilter> registration = new FilterRegistrationBean<>(new ArticleViewFilter(counter));
        registration.addUrlPatterns("/news/*", "/en/news/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 15);
        return registration;
    }
}
