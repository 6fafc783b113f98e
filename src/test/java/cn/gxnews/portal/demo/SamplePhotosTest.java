package cn.gxnews.portal.demo;

import cn.gxnews.portal.media.MediaLimits;
import cn.gxnews.portal.media.PhotoIntake;
import cn.gxnews.portal.media.ProcessedPhoto;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The demo's stand-in photos: real photos to the intake, and plainly marked as samples on any machine. */
class SamplePhotosTest {

    private final PhotoIntake intake = new PhotoIntake(MediaLimits.defaults());

    @Test
    void a_sample_photo_is_a_photo_the_intake_takes_with_its_variants() {
        ProcessedPhoto photo = intake.process(SamplePhotos.jpeg(1));

        assertThat(photo.contentType()).isEqualTo("image/jpeg");
        assertThat(photo.width()).isEqualTo(SamplePhotos.WIDTH);
        assertThat(photo.height()).isEqualTo(SamplePhotos.HEIGHT);
        assertThat(photo.variants()).isNotEmpty();
    }

    @Test
    void each_number_is_a_different_photo() {
        assertThat(intake.process(SamplePhotos.jpeg(1)).sha256())
                .isNotEqualTo(intake.process(SamplePhotos.jpeg(2)).sha256());
    }

    @Test
    void without_a_chinese_font_the_photo_is_still_marked_in_latin_letters() {
        BufferedImage latinOnly = SamplePhotos.draw(3, null);

        assertThat(letterPixels(latinOnly)).isGreaterThan(5_000);
        assertThat(intake.process(SamplePhotos.encode(latinOnly)).width()).isEqualTo(SamplePhotos.WIDTH);
    }

    @Test
    void with_a_chinese_font_the_mark_is_written_in_chinese_too() {
        assumeTrue(SamplePhotos.cjkFontFamily().isPresent(), "this machine has no font for Chinese");

        BufferedImage both = SamplePhotos.draw(3, SamplePhotos.cjkFontFamily().orElseThrow());

        assertThat(letterPixels(both)).isGreaterThan(letterPixels(SamplePhotos.draw(3, null)) + 5_000);
    }

    /** The white of the letters (the frame is left out): how much writing the picture carries. */
    private static int letterPixels(BufferedImage image) {
        int count = 0;
        for (int y = 50; y < image.getHeight() - 50; y++) {
            for (int x = 50; x < image.getWidth() - 50; x++) {
                int rgb = image.getRGB(x, y) & 0xffffff;
                if ((rgb >> 16 & 0xff) > 240 && (rgb >> 8 & 0xff) > 240 && (rgb & 0xff) > 240) {
                    count++;
                }
            }
        }
        return count;
    }
}
