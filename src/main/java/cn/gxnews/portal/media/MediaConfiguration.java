package cn.gxnews.portal.media;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The photo intake with the limits from the settings ({@code portal.media.*}). */
@Configuration(proxyBeanMethods = false)
class MediaConfiguration {

    @Bean
    PhotoIntake photoIntake(@Value("${portal.media.max-bytes:15728640}") long maxBytes,
                            @Value("${portal.media.max-pixels:40000000}") long maxPixels) {
        return new PhotoIntake(new MediaLimits(maxBytes, maxPixels));
    }
}
