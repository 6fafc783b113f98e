package cn.gxnews.portal.desk;

import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Gives a desk address that is no view the HTTP status 404. Vaadin answers every page address with its page
 * shell (200) and finds the view afterwards, in the browser's first message, where it shows {@link NotFoundView}
 * inside the desk; this filter looks the address up in the same route registry beforehand, so that the status
 * says "not found" as well. Only page addresses: Vaadin's own requests and files are left alone.
 */
@Configuration(proxyBeanMethods = false)
class UnknownDeskAddresses {

    @Bean
    FilterRegistrationBean<NotFoundStatus> unknownDeskAddressStatus() {
        var registration = new FilterRegistrationBean<>(new NotFoundStatus());
        registration.addUrlPatterns("/desk/*");
        return registration;
    }

    static final class NotFoundStatus extends OncePerRequestFilter {

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if (!isPageRequest(request) || isView(request, pathIn(request))) {
                chain.doFilter(request, response);
                return;
            }
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            chain.doFilter(request, new HttpServletResponseWrapper(response) {
                @Override
                public void setStatus(int status) {
                    if (status != SC_OK) {
                        super.setStatus(status);
                    }
                }
            });
        }

        private static String pathIn(HttpServletRequest request) {
            String path = request.getRequestURI().substring(request.getContextPath().length());
            return path.length() <= "/desk/".length() ? "" : path.substring("/desk/".length());
        }

        /** A browser asking for a page: not Vaadin's own traffic, not a file. */
        private static boolean isPageRequest(HttpServletRequest request) {
            if (!"GET".equals(request.getMethod()) || request.getParameter("v-r") != null) {
                return false;
            }
            String path = pathIn(request);
            String last = path.substring(path.lastIndexOf('/') + 1);
            return !path.startsWith("VAADIN/") && !last.contains(".");
        }

        private boolean isView(HttpServletRequest request, String path) {
            var registry = ApplicationRouteRegistry.getInstance(new VaadinServletContext(request.getServletContext()));
            return path.isEmpty() || registry.getNavigationRouteTarget(path).hasTarget();
        }
    }
}
