package cn.gxnews.portal.media;

import cn.gxnews.portal.TestPhotoBytes;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteOrder;
import java.security.MessageDigest;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Stream;

import static cn.gxnews.portal.TestPhotoBytes.APP1;
import static cn.gxnews.portal.TestPhotoBytes.APP15;
import static cn.gxnews.portal.TestPhotoBytes.COM;
import static cn.gxnews.portal.TestPhotoBytes.SOS;
import static cn.gxnews.portal.TestPhotoBytes.ascii;
import static cn.gxnews.portal.TestPhotoBytes.bytesBeforePixels;
import static cn.gxnews.portal.TestPhotoBytes.commentSegment;
import static cn.gxnews.portal.TestPhotoBytes.concat;
import static cn.gxnews.portal.TestPhotoBytes.contains;
import static cn.gxnews.portal.TestPhotoBytes.deflate;
import static cn.gxnews.portal.TestPhotoBytes.encoded;
import static cn.gxnews.portal.TestPhotoBytes.exifPayload;
import static cn.gxnews.portal.TestPhotoBytes.exifSegment;
import static cn.gxnews.portal.TestPhotoBytes.jpeg;
import static cn.gxnews.portal.TestPhotoBytes.latitudeOfNanning;
import static cn.gxnews.portal.TestPhotoBytes.markersBeforePixels;
import static cn.gxnews.portal.TestPhotoBytes.png;
import static cn.gxnews.portal.TestPhotoBytes.pngChunk;
import static cn.gxnews.portal.TestPhotoBytes.pngChunkTypes;
import static cn.gxnews.portal.TestPhotoBytes.pngClaiming;
import static cn.gxnews.portal.TestPhotoBytes.replaced;
import static cn.gxnews.portal.TestPhotoBytes.segment;
import static cn.gxnews.portal.TestPhotoBytes.startsWith;
import static cn.gxnews.portal.TestPhotoBytes.tiffWithGpsOfNanning;
import static cn.gxnews.portal.TestPhotoBytes.tiffWithOrientation;
import static cn.gxnews.portal.TestPhotoBytes.withChunksAfterHeader;
import static cn.gxnews.portal.TestPhotoBytes.withSegmentsAfterSoi;
import static cn.gxnews.portal.TestPhotoBytes.xmpSegment;
import static cn.gxnews.portal.TestPhotoBytes.zip;
import static cn.gxnews.portal.media.PhotoRejectedException.CORRUPT;
import static cn.gxnews.portal.media.PhotoRejectedException.EMPTY;
import static cn.gxnews.portal.media.PhotoRejectedException.POLYGLOT;
import static cn.gxnews.portal.media.PhotoRejectedException.TOO_LARGE;
import static cn.gxnews.portal.media.PhotoRejectedException.TOO_MANY_PIXELS;
import static cn.gxnews.portal.media.PhotoRejectedException.UNSUPPORTED;
import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The photo intake against a corpus built byte by byte ({@link TestPhotoBytes}): normal photos, photos carrying GPS positions
 * and turned by the camera, and files that only pretend to be photos or are photos and something else.
 */
class PhotoIntakeTest {

    private final PhotoIntake intake = new PhotoIntake(MediaLimits.defaults());

    // --- accepted photos ---

    @Test
    void a_normal_jpeg_is_accepted_as_a_jpeg_of_the_same_size() throws IOException {
        byte[] upload = jpeg(photo(1200, 900, BufferedImage.TYPE_INT_RGB));

        ProcessedPhoto photo = intake.process(upload);

        assertThat(photo.contentType()).isEqualTo("image/jpeg");
        assertThat(List.of(photo.width(), photo.height())).containsExactly(1200, 900);
        assertThat(startsWith(photo.master(), 0xFF, 0xD8, 0xFF)).isTrue();
        assertThat(decode(photo.master())).satisfies(image -> {
            assertThat(image.getWidth()).isEqualTo(1200);
            assertThat(image.getHeight()).isEqualTo(900);
        });
    }

    @Test
    void a_png_stays_a_png_and_keeps_its_transparency() throws IOException {
        BufferedImage picture = new BufferedImage(1000, 750, BufferedImage.TYPE_INT_ARGB);
        fill(picture, 500, 0, 500, 750, new Color(200, 30, 30));
        byte[] upload = png(picture);

        ProcessedPhoto photo = intake.process(upload);

        assertThat(photo.contentType()).isEqualTo("image/png");
        assertThat(startsWith(photo.master(), 0x89, 'P', 'N', 'G')).isTrue();
        for (byte[] output : outputs(photo)) {
            BufferedImage image = decode(output);
            assertThat(image.getColorModel().hasAlpha()).isTrue();
            assertThat(alphaAt(image, 0.1, 0.5)).as("left half stays see-through").isZero();
            assertThat(alphaAt(image, 0.9, 0.5)).as("right half stays opaque").isEqualTo(255);
        }
    }

    @Test
    void the_fingerprint_is_the_sha256_of_the_uploaded_bytes_so_a_second_upload_is_recognised() throws Exception {
        byte[] upload = jpeg(photo(640, 480, BufferedImage.TYPE_INT_RGB));
        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(upload));

        ProcessedPhoto first = intake.process(upload);
        ProcessedPhoto again = intake.process(upload.clone());
        ProcessedPhoto other = intake.process(jpeg(photo(640, 481, BufferedImage.TYPE_INT_RGB)));

        assertThat(first.sha256()).isEqualTo(expected).matches("[0-9a-f]{64}");
        assertThat(again.sha256()).isEqualTo(first.sha256());
        assertThat(other.sha256()).isNotEqualTo(first.sha256());
    }

    @Test
    void a_2000_pixel_wide_photo_gets_variants_320_800_and_1600_wide_with_its_aspect_ratio() throws IOException {
        ProcessedPhoto photo = intake.process(jpeg(photo(2000, 1333, BufferedImage.TYPE_INT_RGB)));

        assertThat(photo.variants()).extracting(PhotoVariant::width, PhotoVariant::height)
                .containsExactly(sizeOf(320, 213), sizeOf(800, 533), sizeOf(1600, 1066));
        assertEveryOutputDecodesToItsStatedSize(photo);
    }

    @Test
    void a_1000_pixel_wide_photo_gets_only_the_320_and_800_variants() throws IOException {
        ProcessedPhoto photo = intake.process(png(photo(1000, 750, BufferedImage.TYPE_INT_ARGB)));

        assertThat(photo.variants()).extracting(PhotoVariant::width, PhotoVariant::height)
                .containsExactly(sizeOf(320, 240), sizeOf(800, 600));
        assertEveryOutputDecodesToItsStatedSize(photo);
    }

    @Test
    void a_300_pixel_wide_photo_gets_no_variants() throws IOException {
        ProcessedPhoto photo = intake.process(jpeg(photo(300, 200, BufferedImage.TYPE_INT_RGB)));

        assertThat(photo.variants()).isEmpty();
        assertEveryOutputDecodesToItsStatedSize(photo);
    }

    @Test
    void zeros_and_line_breaks_padding_a_file_after_its_end_are_accepted() throws IOException {
        byte[] jpeg = jpeg(photo(400, 300, BufferedImage.TYPE_INT_RGB));
        byte[] png = png(photo(400, 300, BufferedImage.TYPE_INT_ARGB));

        assertThat(intake.process(concat(jpeg, new byte[4096])).width()).isEqualTo(400);
        assertThat(intake.process(concat(jpeg, "\r\n \t".getBytes(US_ASCII))).width()).isEqualTo(400);
        assertThat(intake.process(concat(png, new byte[16])).width()).isEqualTo(400);
    }

    // --- metadata is removed ---

    @Test
    void gps_position_exif_xmp_and_comments_are_gone_from_the_master_and_every_variant() throws IOException {
        byte[] upload = withSegmentsAfterSoi(jpeg(photo(1700, 1000, BufferedImage.TYPE_INT_RGB)),
                exifSegment(tiffWithGpsOfNanning()), xmpSegment(), commentSegment("Nanning office, camera 3"));
        assertThat(markersBeforePixels(upload)).contains(APP1, COM);
        assertThat(contains(upload, ascii("GPS"))).isTrue();
        assertThat(contains(upload, latitudeOfNanning())).isTrue();

        ProcessedPhoto photo = intake.process(upload);

        assertThat(photo.variants()).hasSize(3);
        for (byte[] output : outputs(photo)) {
            assertThat(markersBeforePixels(output)).as("segments before the pixels")
                    .noneMatch(marker -> marker >= APP1 && marker <= APP15)
                    .doesNotContain(COM)
                    .contains(SOS);
            assertThat(contains(bytesBeforePixels(output), ascii("GPS"))).isFalse();
            assertThat(contains(output, ascii("Exif"))).isFalse();
            assertThat(contains(output, latitudeOfNanning())).isFalse();
            assertThat(contains(output, ascii("ns.adobe.com"))).isFalse();
            assertThat(contains(output, ascii("Nanning office"))).isFalse();
        }
    }

    @Test
    void text_and_exif_chunks_are_gone_from_a_png() throws IOException {
        byte[] upload = withChunksAfterHeader(png(photo(900, 600, BufferedImage.TYPE_INT_ARGB)),
                pngChunk("tEXt", ascii("Comment\0Nanning office")),
                pngChunk("iTXt", ascii("XML:com.adobe.xmp\0\0\0\0\0<x:xmpmeta exif:GPSLatitude=\"22,48.0N\"/>")),
                pngChunk("zTXt", concat(ascii("Author\0\0"), deflate(ascii("Nanning office")))),
                pngChunk("eXIf", tiffWithGpsOfNanning()));
        assertThat(pngChunkTypes(upload)).contains("tEXt", "iTXt", "zTXt", "eXIf");

        ProcessedPhoto photo = intake.process(upload);

        for (byte[] output : outputs(photo)) {
            assertThat(pngChunkTypes(output)).doesNotContain("tEXt", "iTXt", "zTXt", "eXIf")
                    .containsOnly("IHDR", "IDAT", "IEND");
            assertThat(contains(output, latitudeOfNanning())).isFalse();
        }
    }

    // --- the camera's orientation ---

    @Test
    void orientation_6_turns_the_picture_a_quarter_clockwise_so_the_left_half_ends_up_on_top() throws IOException {
        byte[] upload = withSegmentsAfterSoi(jpeg(halves(400, 200, Colour.RED, Colour.BLUE)),
                exifSegment(tiffWithOrientation(ByteOrder.LITTLE_ENDIAN, 6)));

        ProcessedPhoto photo = intake.process(upload);

        assertThat(List.of(photo.width(), photo.height())).containsExactly(200, 400);
        BufferedImage master = decode(photo.master());
        assertThat(List.of(master.getWidth(), master.getHeight())).containsExactly(200, 400);
        assertThat(colourAt(master, 0.5, 0.25)).isEqualTo(Colour.RED);
        assertThat(colourAt(master, 0.5, 0.75)).isEqualTo(Colour.BLUE);
    }

    @Test
    void orientation_3_turns_the_picture_upside_down_also_when_the_exif_is_big_endian() throws IOException {
        byte[] upload = withSegmentsAfterSoi(jpeg(halves(400, 200, Colour.RED, Colour.BLUE)),
                exifSegment(tiffWithOrientation(ByteOrder.BIG_ENDIAN, 3)));

        ProcessedPhoto photo = intake.process(upload);

        assertThat(List.of(photo.width(), photo.height())).containsExactly(400, 200);
        BufferedImage master = decode(photo.master());
        assertThat(colourAt(master, 0.25, 0.5)).isEqualTo(Colour.BLUE);
        assertThat(colourAt(master, 0.75, 0.5)).isEqualTo(Colour.RED);
    }

    /** The stored picture has red top left, blue top right, green bottom left and white bottom right. */
    @ParameterizedTest(name = "orientation {0}")
    @CsvSource({
            "1, 400, 200, RED, BLUE, GREEN, WHITE",
            "2, 400, 200, BLUE, RED, WHITE, GREEN",
            "3, 400, 200, WHITE, GREEN, BLUE, RED",
            "4, 400, 200, GREEN, WHITE, RED, BLUE",
            "5, 200, 400, RED, GREEN, BLUE, WHITE",
            "6, 200, 400, GREEN, RED, WHITE, BLUE",
            "7, 200, 400, WHITE, BLUE, GREEN, RED",
            "8, 200, 400, BLUE, WHITE, RED, GREEN",
    })
    void every_exif_orientation_including_the_mirrored_ones_comes_out_upright(
            int orientation, int width, int height,
            Colour topLeft, Colour topRight, Colour bottomLeft, Colour bottomRight) throws IOException {
        ByteOrder order = orientation % 2 == 0 ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
        byte[] upload = withSegmentsAfterSoi(jpeg(quarters(400, 200)),
                exifSegment(tiffWithOrientation(order, orientation)));

        BufferedImage master = decode(intake.process(upload).master());

        assertThat(List.of(master.getWidth(), master.getHeight())).containsExactly(width, height);
        assertThat(List.of(colourAt(master, 0.25, 0.25), colourAt(master, 0.75, 0.25),
                colourAt(master, 0.25, 0.75), colourAt(master, 0.75, 0.75)))
                .containsExactly(topLeft, topRight, bottomLeft, bottomRight);
    }

    @Test
    void the_variants_are_made_from_the_upright_picture() throws IOException {
        byte[] upload = withSegmentsAfterSoi(jpeg(halves(2000, 1000, Colour.RED, Colour.BLUE)),
                exifSegment(tiffWithOrientation(ByteOrder.LITTLE_ENDIAN, 6)));

        ProcessedPhoto photo = intake.process(upload);

        assertThat(photo.variants()).extracting(PhotoVariant::width, PhotoVariant::height)
                .containsExactly(sizeOf(320, 640), sizeOf(800, 1600));
        for (PhotoVariant variant : photo.variants()) {
            BufferedImage image = decode(variant.bytes());
            assertThat(colourAt(image, 0.5, 0.25)).isEqualTo(Colour.RED);
            assertThat(colourAt(image, 0.5, 0.75)).isEqualTo(Colour.BLUE);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedExif")
    void malformed_exif_leaves_the_picture_as_stored(String what, byte[] exifPayload) throws IOException {
        byte[] upload = withSegmentsAfterSoi(jpeg(halves(400, 200, Colour.RED, Colour.BLUE)), segment(APP1, exifPayload));

        ProcessedPhoto photo = intake.process(upload);

        assertThat(List.of(photo.width(), photo.height())).containsExactly(400, 200);
        assertThat(colourAt(decode(photo.master()), 0.25, 0.5)).isEqualTo(Colour.RED);
    }

    static Stream<Arguments> malformedExif() {
        byte[] valid = tiffWithOrientation(ByteOrder.LITTLE_ENDIAN, 6);
        return Stream.of(
                Arguments.of("no TIFF header at all", ascii("Exif\0\0")),
                Arguments.of("an unknown byte order", exifPayload(replaced(valid, 0, ascii("XX")))),
                Arguments.of("a directory far outside the segment", exifPayload(replaced(valid, 4, new byte[]{0, 0, 0, 0x7F}))),
                Arguments.of("a directory pointing into the header", exifPayload(replaced(valid, 4, new byte[]{2, 0, 0, 0}))),
                Arguments.of("orientation 9", exifPayload(replaced(valid, 18, new byte[]{9, 0}))),
                Arguments.of("orientation as text", exifPayload(replaced(valid, 12, new byte[]{2, 0}))),
                Arguments.of("cut off inside the entry", exifPayload(Arrays.copyOf(valid, 15))));
    }

    // --- refused files ---

    @Test
    void a_zero_byte_file_is_refused() {
        assertRefused(intake, new byte[0], EMPTY);
    }

    @Test
    void a_file_one_byte_over_the_size_limit_is_refused_before_anything_else() throws IOException {
        byte[] upload = jpeg(photo(800, 600, BufferedImage.TYPE_INT_RGB));

        assertThat(new PhotoIntake(new MediaLimits(upload.length, 40_000_000)).process(upload).width()).isEqualTo(800);
        assertRefused(new PhotoIntake(new MediaLimits(upload.length - 1, 40_000_000)), upload, TOO_LARGE);
        assertRefused(new PhotoIntake(new MediaLimits(10, 40_000_000)), ascii("<svg onload=alert(1)>"), TOO_LARGE);
    }

    @Test
    void the_size_refusal_tells_the_user_the_limit_in_megabytes() {
        byte[] justTooLarge = Arrays.copyOf(new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}, 15 * 1024 * 1024 + 1);

        PhotoRejectedException refusal = refusal(intake, justTooLarge);

        assertThat(refusal.reason()).isEqualTo(TOO_LARGE);
        assertThat(message(Locale.ENGLISH, refusal)).contains("at most 15 MB");
        assertThat(message(Locale.SIMPLIFIED_CHINESE, refusal)).contains("不能超过 15 MB");
    }

    @Test
    void a_decompression_bomb_is_refused_from_its_header_before_any_decoding() {
        // 10000 x 10000 grey pixels (100 MB decoded) in a file of a few hundred bytes, whose pixel data holds
        // only the first row: decoding it would fail as corrupt, so the refusal shows nothing was decoded.
        byte[] bomb = pngClaiming(10_000, 10_000);

        assertThat(bomb.length).isLessThan(1_000);
        PhotoRejectedException refusal = refusal(intake, bomb);
        assertThat(refusal.reason()).isEqualTo(TOO_MANY_PIXELS);
        assertThat(message(Locale.ENGLISH, refusal)).contains("at most 40 megapixels");
        assertRefused(intake, pngClaiming(100, 100), CORRUPT);
    }

    @Test
    void the_pixel_limit_counts_width_times_height() throws IOException {
        PhotoIntake tenThousandPixels = new PhotoIntake(new MediaLimits(15 * 1024 * 1024, 100 * 100));

        assertThat(tenThousandPixels.process(png(photo(100, 100, BufferedImage.TYPE_INT_ARGB))).width()).isEqualTo(100);
        assertRefused(tenThousandPixels, png(photo(101, 100, BufferedImage.TYPE_INT_ARGB)), TOO_MANY_PIXELS);
        assertRefused(tenThousandPixels, jpeg(photo(50, 201, BufferedImage.TYPE_INT_RGB)), TOO_MANY_PIXELS);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notJpegOrPng")
    void files_that_are_not_jpeg_or_png_are_refused_by_their_bytes(String what, byte[] upload) {
        assertRefused(intake, upload, UNSUPPORTED);
    }

    static Stream<Arguments> notJpegOrPng() throws IOException {
        return Stream.of(
                Arguments.of("SVG", ascii("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"><rect width=\"10\" height=\"10\"/></svg>")),
                Arguments.of("SVG with an XML declaration", ascii("<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\"/>")),
                Arguments.of("HTML", ascii("<!DOCTYPE html><html><body><script>alert(1)</script></body></html>")),
                Arguments.of("GIF", encoded(photo(64, 64, BufferedImage.TYPE_INT_RGB), "gif")),
                Arguments.of("BMP", encoded(photo(64, 64, BufferedImage.TYPE_INT_RGB), "bmp")),
                Arguments.of("PDF", ascii("%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n")),
                Arguments.of("WebP", concat(ascii("RIFF"), new byte[]{24, 0, 0, 0}, ascii("WEBPVP8 "), new byte[12])),
                Arguments.of("half a JPEG signature", new byte[]{(byte) 0xFF, (byte) 0xD8}),
                Arguments.of("a PNG signature with a wrong byte", replaced(png(photo(64, 64, BufferedImage.TYPE_INT_ARGB)), 7, new byte[]{0x0B})));
    }

    @Test
    void a_jpeg_cut_in_half_is_refused_as_corrupt() throws IOException {
        byte[] jpeg = jpeg(photo(800, 600, BufferedImage.TYPE_INT_RGB));

        assertRefused(intake, Arrays.copyOf(jpeg, jpeg.length / 2), CORRUPT);
        assertRefused(intake, Arrays.copyOf(jpeg, jpeg.length - 1), CORRUPT);
    }

    @Test
    void a_png_without_its_end_chunk_is_refused_as_corrupt() throws IOException {
        byte[] png = png(photo(800, 600, BufferedImage.TYPE_INT_ARGB));

        assertRefused(intake, Arrays.copyOf(png, png.length / 2), CORRUPT);
        assertRefused(intake, Arrays.copyOf(png, png.length - 12), CORRUPT);
    }

    @Test
    void a_jpeg_whose_pixel_data_is_damaged_is_refused_as_corrupt() throws IOException {
        byte[] jpeg = jpeg(photo(800, 600, BufferedImage.TYPE_INT_RGB));
        int pixels = bytesBeforePixels(jpeg).length + 20;
        byte[] damaged = jpeg.clone();
        Arrays.fill(damaged, pixels, pixels + 2000, (byte) 0x55);

        assertRefused(intake, damaged, CORRUPT);
    }

    @Test
    void a_script_after_the_end_of_a_jpeg_is_refused() throws IOException {
        byte[] upload = concat(jpeg(photo(400, 300, BufferedImage.TYPE_INT_RGB)), ascii("<script>alert(1)</script>"));

        assertRefused(intake, upload, POLYGLOT);
    }

    @Test
    void html_inside_a_jpeg_comment_is_refused() throws IOException {
        byte[] upload = withSegmentsAfterSoi(jpeg(photo(400, 300, BufferedImage.TYPE_INT_RGB)),
                commentSegment("<html><body onload=alert(1)>"));

        assertRefused(intake, upload, POLYGLOT);
    }

    @Test
    void a_zip_archive_after_the_end_of_a_png_is_refused() throws IOException {
        byte[] upload = concat(png(photo(400, 300, BufferedImage.TYPE_INT_ARGB)), zip());
        assertThat(startsWith(zip(), 'P', 'K', 3, 4)).isTrue();

        assertRefused(intake, upload, POLYGLOT);
    }

    @Test
    void a_zip_archive_after_the_end_of_a_jpeg_is_refused() throws IOException {
        byte[] upload = concat(jpeg(photo(400, 300, BufferedImage.TYPE_INT_RGB)), zip());

        assertRefused(intake, upload, POLYGLOT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"<SCRIPT src=x>", "<Svg/onload=alert(1)>", "<svg:svg xmlns:svg=x>", "<?xml version=\"1.0\"?>",
            "<!doctype html>", "<iframe src=x>", "<body\nonload=x>", "<?php system($_GET['c']); ?>", "<HTML>"})
    void markup_anywhere_in_a_photo_is_refused_whatever_its_case(String markup) throws IOException {
        byte[] inExif = withSegmentsAfterSoi(jpeg(photo(400, 300, BufferedImage.TYPE_INT_RGB)),
                exifSegment(concat(tiffWithOrientation(ByteOrder.LITTLE_ENDIAN, 1), ascii(markup))));
        byte[] inPngText = withChunksAfterHeader(png(photo(400, 300, BufferedImage.TYPE_INT_ARGB)),
                pngChunk("tEXt", ascii("Comment\0" + markup)));

        assertRefused(intake, inExif, POLYGLOT);
        assertRefused(intake, inPngText, POLYGLOT);
    }

    @Test
    void tag_names_only_count_where_a_browser_would_read_a_tag() throws IOException {
        byte[] upload = withSegmentsAfterSoi(jpeg(photo(400, 300, BufferedImage.TYPE_INT_RGB)),
                commentSegment("<svgz <bodyguard <scripts"));

        assertThat(intake.process(upload).width()).isEqualTo(400);
    }

    @Test
    void every_reason_has_a_chinese_and_an_english_text() {
        for (String reason : List.of(EMPTY, TOO_LARGE, TOO_MANY_PIXELS, UNSUPPORTED, CORRUPT, POLYGLOT)) {
            String chinese = bundle(Locale.SIMPLIFIED_CHINESE).getString(reason);
            String english = bundle(Locale.ENGLISH).getString(reason);
            assertThat(chinese).as(reason).isNotBlank().isNotEqualTo(english).containsPattern("\\p{IsHan}");
            assertThat(english).as(reason).isNotBlank().doesNotContainPattern("\\p{IsHan}");
        }
    }

    // --- assertions ---

    private static void assertRefused(PhotoIntake intake, byte[] upload, String reason) {
        assertThat(refusal(intake, upload).reason()).isEqualTo(reason);
    }

    private static PhotoRejectedException refusal(PhotoIntake intake, byte[] upload) {
        try {
            ProcessedPhoto accepted = intake.process(upload);
            return fail("expected a refusal, but a %d x %d photo came back", accepted.width(), accepted.height());
        } catch (PhotoRejectedException refusal) {
            return refusal;
        }
    }

    private static void assertEveryOutputDecodesToItsStatedSize(ProcessedPhoto photo) throws IOException {
        BufferedImage master = decode(photo.master());
        assertThat(List.of(master.getWidth(), master.getHeight())).containsExactly(photo.width(), photo.height());
        for (PhotoVariant variant : photo.variants()) {
            BufferedImage image = decode(variant.bytes());
            assertThat(List.of(image.getWidth(), image.getHeight())).containsExactly(variant.width(), variant.height());
        }
    }

    private static String message(Locale locale, PhotoRejectedException refusal) {
        return new MessageFormat(bundle(locale).getString(refusal.reason()), locale).format(refusal.messageArgs());
    }

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle("i18n.messages", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    // --- pictures ---

    enum Colour {
        RED(220, 40, 40), BLUE(40, 40, 220), GREEN(40, 170, 40), WHITE(240, 240, 240);

        private final Color color;

        Colour(int red, int green, int blue) {
            color = new Color(red, green, blue);
        }

        static Colour nearest(int rgb) {
            Color sample = new Color(rgb);
            return Arrays.stream(values())
                    .min((a, b) -> Integer.compare(a.distanceTo(sample), b.distanceTo(sample)))
                    .orElseThrow();
        }

        private int distanceTo(Color sample) {
            return Math.abs(color.getRed() - sample.getRed()) + Math.abs(color.getGreen() - sample.getGreen())
                    + Math.abs(color.getBlue() - sample.getBlue());
        }
    }

    /** Something like a photo: a gradient sky and a few shapes, so that it compresses like one. */
    private static BufferedImage photo(int width, int height, int type) {
        BufferedImage image = new BufferedImage(width, height, type);
        Graphics2D graphics = image.createGraphics();
        graphics.setPaint(new GradientPaint(0, 0, new Color(90, 150, 220), 0, height, new Color(230, 220, 180)));
        graphics.fillRect(0, 0, width, height);
        graphics.setColor(new Color(40, 110, 60));
        graphics.fillOval(width / 5, height / 2, width / 2, height / 3);
        graphics.setColor(new Color(160, 60, 40));
        graphics.fillRect(width * 3 / 5, height / 4, width / 4, height / 2);
        graphics.dispose();
        return image;
    }

    private static BufferedImage halves(int width, int height, Colour left, Colour right) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        fill(image, 0, 0, width / 2, height, left.color);
        fill(image, width / 2, 0, width - width / 2, height, right.color);
        return image;
    }

    private static BufferedImage quarters(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        fill(image, 0, 0, width / 2, height / 2, Colour.RED.color);
        fill(image, width / 2, 0, width / 2, height / 2, Colour.BLUE.color);
        fill(image, 0, height / 2, width / 2, height / 2, Colour.GREEN.color);
        fill(image, width / 2, height / 2, width / 2, height / 2, Colour.WHITE.color);
        return image;
    }

    private static void fill(BufferedImage image, int x, int y, int width, int height, Color color) {
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(color);
        graphics.fillRect(x, y, width, height);
        graphics.dispose();
    }

    private static Colour colourAt(BufferedImage image, double x, double y) {
        return Colour.nearest(image.getRGB((int) (image.getWidth() * x), (int) (image.getHeight() * y)));
    }

    private static int alphaAt(BufferedImage image, double x, double y) {
        return image.getRGB((int) (image.getWidth() * x), (int) (image.getHeight() * y)) >>> 24;
    }

    private static Tuple sizeOf(int width, int height) {
        return tuple(width, height);
    }

    // --- outputs ---

    private static BufferedImage decode(byte[] bytes) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
        assertThat(image).as("ImageIO decodes the output").isNotNull();
        return image;
    }

    private static List<byte[]> outputs(ProcessedPhoto photo) {
        List<byte[]> outputs = new ArrayList<>();
        outputs.add(photo.master());
        photo.variants().forEach(variant -> outputs.add(variant.bytes()));
        return outputs;
    }
}
