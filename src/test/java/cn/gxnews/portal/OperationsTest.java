package cn.gxnews.portal;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * What the people who run the portal ask of it over HTTP: a load balancer sees health on the main port and
 * nothing else of Actuator; Prometheus scrapes the management port, which answers on the loopback only; every
 * answer names its request id.
 */
class OperationsTest extends AbstractIntegrationTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @Value("${local.management.port}")
    private int managementPort;

    @Test
    void the_main_port_answers_health_without_details_and_nothing_else_of_actuator() {
        HttpResponse<String> health = get(baseUrl() + "/actuator/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).isEqualTo("{\"status\":\"UP\"}");
        assertThat(get(baseUrl() + "/actuator/health/readiness").body()).isEqualTo("{\"status\":\"UP\"}");
        assertThat(get(baseUrl() + "/actuator/health/liveness").body()).isEqualTo("{\"status\":\"UP\"}");

        for (String hidden : new String[] {"/actuator", "/actuator/prometheus", "/actuator/metrics", "/actuator/info",
                "/actuator/env", "/actuator/heapdump", "/actuator/health/db"}) {
            assertThat(get(baseUrl() + hidden).statusCode()).as(hidden).isEqualTo(404);
        }
    }

    @Test
    void prometheus_scrapes_the_portals_own_numbers_and_springs_on_the_management_port() {
        get(baseUrl() + "/");
        get(baseUrl() + "/");

        HttpResponse<String> scrape = get("http://127.0.0.1:" + managementPort + "/actuator/prometheus");

        assertThat(scrape.statusCode()).isEqualTo(200);
        assertThat(scrape.body()).contains("portal_page_cache_total{", "result=\"hit\"", "result=\"miss\"",
                "portal_articles{", "office=\"nanning\"", "state=\"PUBLISHED\"", "portal_review_queue{",
                "portal_review_oldest_seconds{", "http_server_requests_seconds_count", "hikaricp_connections_active",
                "jvm_memory_used_bytes", "tomcat_sessions_active_current_sessions");
    }

    @Test
    void the_management_port_does_not_answer_on_other_addresses_of_the_machine() throws IOException {
        Optional<InetAddress> other = NetworkInterface.networkInterfaces()
                .flatMap(NetworkInterface::inetAddresses)
                .filter(address -> address instanceof Inet4Address && !address.isLoopbackAddress())
                .findFirst();
        assumeTrue(other.isPresent(), "this machine has no address but the loopback");

        assertThatThrownBy(() -> new Socket(other.get(), managementPort).close()).isInstanceOf(IOException.class);
        new Socket(InetAddress.getLoopbackAddress(), managementPort).close();
    }

    @Test
    void every_answer_names_its_request_id_and_keeps_the_one_a_proxy_gave() {
        String first = get(baseUrl() + "/").headers().firstValue("X-Request-Id").orElseThrow();
        String second = get(baseUrl() + "/desk/login").headers().firstValue("X-Request-Id").orElseThrow();
        assertThat(first).isNotEqualTo(second).matches("[0-9a-f]{16}");

        HttpResponse<String> fromProxy = send(HttpRequest.newBuilder(URI.create(baseUrl() + "/contact"))
                .header("X-Request-Id", "7f3a9c2e1b4d5f60").build());
        assertThat(fromProxy.headers().firstValue("X-Request-Id")).contains("7f3a9c2e1b4d5f60");

        HttpResponse<String> nonsense = send(HttpRequest.newBuilder(URI.create(baseUrl() + "/contact"))
                .header("X-Request-Id", "<script>").build());
        assertThat(nonsense.headers().firstValue("X-Request-Id")).get().asString().matches("[0-9a-f]{16}");
    }

    private HttpResponse<String> get(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).build());
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
