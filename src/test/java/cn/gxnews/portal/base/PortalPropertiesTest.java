package cn.gxnews.portal.base;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The portal's settings as an operator gives them: the README's defaults, and a wrong value named at start. */
class PortalPropertiesTest {

    private static PortalProperties bind(Map<String, String> settings) {
        return new Binder(new MapConfigurationPropertySource(settings))
                .bindOrCreate("portal", PortalProperties.class);
    }

    @Test
    void an_operator_who_sets_nothing_gets_the_defaults_the_readme_lists() {
        PortalProperties defaults = bind(Map.of());

        assertThat(defaults.embeddedDb().dataDir()).isEqualTo("data/postgres");
        assertThat(defaults.embeddedDb().port()).isZero();
        assertThat(defaults.demoData().enabled()).isTrue();
        assertThat(defaults.demoData().password()).isEqualTo("portal-demo");
        assertThat(defaults.productionSafetyCheck().enabled()).isTrue();
        assertThat(defaults.bootstrapAdmin().username()).isEmpty();
        assertThat(defaults.scheduler().enabled()).isTrue();
        assertThat(defaults.scheduler().interval()).isEqualTo(Duration.ofSeconds(15));
        assertThat(defaults.scheduler().lateAfter()).isEqualTo(Duration.ofMinutes(2));
        assertThat(defaults.editLock().expiry()).isEqualTo(Duration.ofSeconds(60));
        assertThat(defaults.mail().from()).isEqualTo("news-portal@localhost");
        assertThat(defaults.deskUrl()).isEqualTo("http://localhost:8080/desk");
        assertThat(defaults.media().maxBytes()).isEqualTo(15_728_640L);
        assertThat(defaults.media().maxPixels()).isEqualTo(40_000_000L);
        assertThat(defaults.publicUrl()).isEqualTo("http://localhost:8080");
        assertThat(defaults.pageCache().maxBytes()).isEqualTo(67_108_864L);
        assertThat(defaults.session().absoluteLifetime()).isEqualTo(Duration.ofHours(12));
        assertThat(defaults.trustedProxies()).isEmpty();
        assertThat(defaults.recycleBin().keep()).isEqualTo(Duration.ofDays(30));
        assertThat(defaults.recycleBin().purgeInterval()).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void settings_given_as_text_arrive_typed() {
        PortalProperties settings = bind(Map.of(
                "portal.public-url", "https://news.example.cn/",
                "portal.edit-lock.expiry", "90s",
                "portal.trusted-proxies", "10.0.0.0/8, 192.168.1.1",
                "portal.bootstrap-admin.username", "chief"));

        assertThat(settings.publicUrl()).isEqualTo("https://news.example.cn");
        assertThat(settings.editLock().expiry()).isEqualTo(Duration.ofSeconds(90));
        assertThat(settings.trustedProxies()).isEqualTo(List.of("10.0.0.0/8", "192.168.1.1"));
        assertThat(settings.bootstrapAdmin().username()).isEqualTo("chief");
    }

    @Test
    void a_public_address_without_a_scheme_stops_the_start_naming_the_setting() {
        assertThatThrownBy(() -> bind(Map.of("portal.public-url", "news.example.cn")))
                .isInstanceOf(BindException.class)
                .rootCause().hasMessageContaining("portal.public-url");
    }

    @Test
    void a_lock_that_never_expires_is_refused() {
        assertThatThrownBy(() -> bind(Map.of("portal.edit-lock.expiry", "0s")))
                .isInstanceOf(BindException.class)
                .rootCause().hasMessageContaining("portal.edit-lock.expiry");
    }

    @Test
    void a_recycle_bin_that_keeps_nothing_is_refused() {
        assertThatThrownBy(() -> bind(Map.of("portal.recycle-bin.keep", "0d")))
                .isInstanceOf(BindException.class)
                .rootCause().hasMessageContaining("portal.recycle-bin.keep");
    }
}
