package cn.gxnews.portal.base;

import org.springframework.boot.health.actuate.endpoint.HealthDescriptor;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.health.contributor.Status;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;

/**
 * The one part of Actuator on the main port: {@code /actuator/health} and its {@code liveness} and
 * {@code readiness} groups, for load balancers and orchestrators, as a status without details (HTTP 503 when
 * not UP). Everything else of Actuator, health with details included, answers on the management port only;
 * Spring Boot cannot split one endpoint's paths between two ports, so this asks the same {@link HealthEndpoint}.
 */
@RestController
class HealthOnMainPort {

    private final HealthEndpoint health;

    HealthOnMainPort(HealthEndpoint health) {
        this.health = health;
    }

    @GetMapping("/actuator/health")
    ResponseEntity<Map<String, String>> overall() {
        return answer(health.health());
    }

    @GetMapping("/actuator/health/{group:liveness|readiness}")
    ResponseEntity<Map<String, String>> group(@PathVariable String group) {
        return answer(health.healthForPath(group));
    }

    private static ResponseEntity<Map<String, String>> answer(HealthDescriptor descriptor) {
        Status status = descriptor.getStatus();
        boolean up = status.equals(Status.UP) || status.equals(Status.UNKNOWN);
        return ResponseEntity.status(up ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE)
                .cacheControl(CacheControl.noStore())
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("status", status.getCode()));
    }
}
