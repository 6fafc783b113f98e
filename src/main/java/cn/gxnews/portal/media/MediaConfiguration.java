package cn.gxnews.portal.media;

import cn.gxnews.portal.base.PortalProperties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

import java.nio.file.Path;

/** The photo intake with the limits from the settings ({@code portal.media.*}), and the desk's request limit. */
@Configuration(proxyBeanMethods = false)
class MediaConfiguration {

    /** Room for what a request carries besides the photo (a multipart envelope); Vaadin's messages are far smaller. */
    static final long REQUEST_MARGIN_BYTES = 1024 * 1024;

    @Bean
    PhotoIntake photoIntake(PortalProperties properties) {
        return new PhotoIntake(new MediaLimits(properties.media().maxBytes(), properties.media().maxPixels()));
    }

    /** The font watermarks are drawn in: the configured file, else an installed Chinese font (decision 0028). */
    @Bean
    WatermarkFont watermarkFont(@Value("${portal.watermark.font-file:}") String fontFile) {
        return WatermarkFont.find(fontFile.isBlank() ? null : Path.of(fontFile));
    }

    /** First of all filters: a body too large for the desk is refused before sign-in checks or Vaadin see it. */
    @Bean
    FilterRegistrationBean<DeskRequestSizeLimit> deskRequestSizeLimit(PhotoIntake intake) {
        var registration = new FilterRegistrationBean<>(
                new DeskRequestSizeLimit(intake.limits().maxBytes() + REQUEST_MARGIN_BYTES));
        registration.addUrlPatterns("/desk/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
