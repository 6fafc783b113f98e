package cn.gxnews.portal.media;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.jspecify.annotations.Nullable;

import java.time.Duration;

/**
 * Serves photos at {@code /media/{sha256}/{width}}. The address names the content, so a published photo can
 * be cached for a year; the type comes from the stored (re-encoded) image, never from an upload, and
 * browsers are told not to guess it. Photos of unpublished articles go to their office's staff only. With
 * {@code ?wm=office.version}, readers get the copy with the office's watermark (decision 0028).
 */
@Controller
class MediaController {

    private final MediaService media;

    MediaController(MediaService media) {
        this.media = media;
    }

    @GetMapping("/media/{sha256}/{width}")
    ResponseEntity<byte[]> photo(@PathVariable String sha256, @PathVariable int width,
                                 @RequestParam(name = "wm", required = false) @Nullable String mark) {
        return (mark == null ? media.serve(sha256, width) : media.serveMarked(sha256, width, mark))
                .map(served -> ResponseEntity.ok()
                        .contentType(MediaType.parseMediaType(served.file().contentType()))
                        .header("X-Content-Type-Options", "nosniff")
                        .header(HttpHeaders.CONTENT_DISPOSITION, "inline")
                        .cacheControl(served.published()
                                ? CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable()
                                : CacheControl.noStore().cachePrivate())
                        .body(served.file().bytes()))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
