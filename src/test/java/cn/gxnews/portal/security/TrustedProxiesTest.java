package cn.gxnews.portal.security;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The client's address and scheme as the desk and the sign-in log see them, for requests from the network and
 * from the portal's own proxies. ({@link ClientAddressTest} shows the same over HTTP.)
 */
class TrustedProxiesTest {

    @Test
    void by_default_no_proxy_is_trusted_and_forwarded_headers_are_ignored() throws Exception {
        HttpServletRequest seen = handled(List.of(), request("10.0.0.5", "203.0.113.9", "https"));

        assertThat(seen.getRemoteAddr()).isEqualTo("10.0.0.5");
        assertThat(seen.isSecure()).isFalse();
        assertThat(seen.getScheme()).isEqualTo("http");
    }

    @Test
    void headers_from_a_peer_that_is_not_a_named_proxy_are_ignored_even_on_the_office_network() throws Exception {
        HttpServletRequest seen = handled(List.of("10.0.0.5"), request("192.168.1.50", "203.0.113.9", "https"));

        assertThat(seen.getRemoteAddr()).isEqualTo("192.168.1.50");
        assertThat(seen.isSecure()).isFalse();
    }

    @Test
    void behind_a_trusted_proxy_the_client_is_the_address_it_forwarded() throws Exception {
        HttpServletRequest seen = handled(List.of("10.0.0.5"), request("10.0.0.5", "203.0.113.9", "https"));

        assertThat(seen.getRemoteAddr()).isEqualTo("203.0.113.9");
        assertThat(seen.getRemoteHost()).isEqualTo("203.0.113.9");
        assertThat(seen.isSecure()).isTrue();
        assertThat(seen.getScheme()).isEqualTo("https");
        assertThat(seen.getServerPort()).isEqualTo(443);
        assertThat(seen.getRequestURL()).hasToString("https://news.example/desk/login");
    }

    @Test
    void the_client_is_the_right_most_address_that_is_not_a_trusted_proxy() throws Exception {
        List<String> proxies = List.of("10.0.0.0/8");

        assertThat(handled(proxies, request("10.0.0.5", "6.6.6.6, 192.168.1.50", null)).getRemoteAddr())
                .as("what the client claimed is left of what the proxy saw").isEqualTo("192.168.1.50");
        assertThat(handled(proxies, request("10.0.0.5", "203.0.113.9, 10.1.2.3", null)).getRemoteAddr())
                .as("through two proxies of our own").isEqualTo("203.0.113.9");
        assertThat(handled(proxies, request("10.0.0.5", "10.9.9.9, 10.1.2.3", null)).getRemoteAddr())
                .as("from inside, every hop a proxy").isEqualTo("10.9.9.9");
    }

    @Test
    void a_value_that_is_not_an_address_is_never_taken_and_nothing_left_of_it_either() throws Exception {
        List<String> proxies = List.of("10.0.0.5");

        assertThat(handled(proxies, request("10.0.0.5", "not-an-ip<script>", null)).getRemoteAddr())
                .isEqualTo("10.0.0.5");
        assertThat(handled(proxies, request("10.0.0.5", "6.6.6.6, example.com", null)).getRemoteAddr())
                .isEqualTo("10.0.0.5");
        assertThat(handled(proxies, request("10.0.0.5", "203.0.113.9:51234", null)).getRemoteAddr())
                .isEqualTo("10.0.0.5");
        assertThat(handled(proxies, request("10.0.0.5", "1.2.3.256", null)).getRemoteAddr())
                .isEqualTo("10.0.0.5");
    }

    @Test
    void every_spelling_of_an_ipv6_address_is_the_same_client() throws Exception {
        List<String> proxies = List.of("fd00::/8");

        assertThat(handled(proxies, request("fd00::5", "2001:DB8::1", null)).getRemoteAddr())
                .isEqualTo("2001:db8:0:0:0:0:0:1");
        assertThat(handled(proxies, request("fd00::5", "2001:db8:0::1", null)).getRemoteAddr())
                .isEqualTo("2001:db8:0:0:0:0:0:1");
    }

    @Test
    void https_is_believed_only_when_every_proxy_on_the_way_says_so() throws Exception {
        assertThat(handled(List.of("10.0.0.5"), request("10.0.0.5", null, "https, http")).isSecure()).isFalse();
        assertThat(handled(List.of("10.0.0.5"), request("10.0.0.5", null, "HTTPS")).isSecure()).isTrue();
    }

    @Test
    void a_setting_that_names_no_address_is_refused_at_start() {
        assertThatThrownBy(() -> new TrustedProxies(List.of("proxy.example")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("proxy.example");
        assertThatThrownBy(() -> new TrustedProxies(List.of("10.0.0.0/33")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new TrustedProxies(List.of("", " 10.0.0.5 "))).isNotNull();
    }

    private static MockHttpServletRequest request(String peer, @Nullable String forwardedFor,
                                                  @Nullable String forwardedProto) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/desk/login");
        request.setRemoteAddr(peer);
        request.setRemoteHost(peer);
        request.setServerName("news.example");
        request.setServerPort(80);
        request.addHeader("Host", "news.example");
        if (forwardedFor != null) {
            request.addHeader("X-Forwarded-For", forwardedFor);
        }
        if (forwardedProto != null) {
            request.addHeader("X-Forwarded-Proto", forwardedProto);
        }
        return request;
    }

    /** The request as the filters and servlets after this one see it. */
    private static HttpServletRequest handled(List<String> proxies, MockHttpServletRequest request) throws Exception {
        MockFilterChain chain = new MockFilterChain();
        new TrustedProxies(proxies).doFilter(request, new MockHttpServletResponse(), chain);
        return (HttpServletRequest) chain.getRequest();
    }
}
