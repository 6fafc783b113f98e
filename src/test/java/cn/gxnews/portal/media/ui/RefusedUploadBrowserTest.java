package cn.gxnews.portal.media.ui;

import cn.gxnews.portal.AbstractBrowserTest;
import cn.gxnews.portal.HugeUpload;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In a real browser, a refused file looks refused in the media library: a "PNG" that is really text gets a
 * red row with the server's reason, a text file that the browser refuses is named with the reason, and an
 * upload of 200 MB sent to the same address is cut off at the limit.
 */
class RefusedUploadBrowserTest extends AbstractBrowserTest {

    private static final String NOT_A_PHOTO = "只能上传 JPEG 或 PNG 格式的照片。";

    @Test
    void a_refused_file_keeps_a_red_row_with_the_reason_and_a_text_file_is_named_with_the_reason() throws IOException {
        browser.get(baseUrl() + "/desk/media");
        signInOnForm("author.guilin");
        WebElement upload = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-upload")));
        int before = db.fetchCount(db.selectFrom("media"));
        Path files = Files.createTempDirectory("refused-uploads");

        // a text file named like a photo: the browser sends it, the server refuses it by its bytes
        Path fakePhoto = Files.writeString(files.resolve("booth.png"), "会议纪要：不是照片");
        choose(upload, fakePhoto);
        wait.until(driver -> fileRow("booth.png").containsKey("error"));
        Map<String, Object> row = fileRow("booth.png");
        assertThat(row.get("error")).isEqualTo(NOT_A_PHOTO);
        assertThat(row.get("complete")).isEqualTo(false);
        waitForText("booth.png：" + NOT_A_PHOTO);

        // a text file: the browser refuses it before sending, and the line under the upload says why
        Path text = Files.writeString(files.resolve("minutes.txt"), "会议纪要");
        choose(upload, text);
        waitForText("minutes.txt：" + NOT_A_PHOTO);
        assertThat(fileRow("minutes.txt")).isEmpty();
        assertThat(fileRow("booth.png").get("error")).isEqualTo(NOT_A_PHOTO);
        screenshot("media-refused-uploads.png");

        assertThat(db.fetchCount(db.selectFrom("media"))).isEqualTo(before);
    }

    @Test
    void an_upload_of_200_mb_to_the_desk_is_refused_once_it_passes_the_limit() throws Exception {
        browser.get(baseUrl() + "/desk/media");
        signInOnForm("author.guilin");
        WebElement upload = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-upload")));
        wait.until(driver -> js("return arguments[0].getAttribute('target')", upload) != null);
        URI target = URI.create((String) js("return new URL(arguments[0].getAttribute('target'), document.baseURI).href",
                upload));
        Cookie session = browser.manage().getCookieNamed("JSESSIONID");
        HugeUpload huge = HugeUpload.of200Megabytes();
        int before = db.fetchCount(db.selectFrom("media"));

        // the member's own session, the upload's own address, a body in chunks that does not say its size
        String status = sendInChunks(target, session, huge);

        assertThat(status).startsWith("HTTP/1.1 422");
        assertThat(huge.bytesRead()).as("bytes the server let in before it closed the connection")
                .isLessThan(64L * 1024 * 1024);
        assertThat(db.fetchCount(db.selectFrom("media"))).isEqualTo(before);
    }

    /** Sends the upload in chunks until the server stops taking it; returns the status line of the answer. */
    private static String sendInChunks(URI target, Cookie session, HugeUpload body) throws Exception {
        try (Socket socket = new Socket(target.getHost(), target.getPort())) {
            socket.setSoTimeout(30_000);
            CompletableFuture<String> answer = CompletableFuture.supplyAsync(() -> {
                try {
                    return new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1))
                            .readLine();
                } catch (IOException e) {
                    return "no answer: " + e;
                }
            });
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + target.getRawPath() + " HTTP/1.1\r\n"
                    + "Host: " + target.getHost() + ":" + target.getPort() + "\r\n"
                    + "Cookie: " + session.getName() + "=" + session.getValue() + "\r\n"
                    + "Content-Type: image/jpeg\r\n"
                    + "X-Filename: huge.jpg\r\n"
                    + "Transfer-Encoding: chunked\r\n"
                    + "\r\n").getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = new byte[64 * 1024];
            try {
                for (int n = body.read(chunk, 0, chunk.length); n > 0; n = body.read(chunk, 0, chunk.length)) {
                    out.write((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                    out.write(chunk, 0, n);
                    out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                }
                out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
            } catch (IOException closedByTheServer) {
                // expected: the server answered and closed the connection instead of reading on
            }
            return answer.get(30, TimeUnit.SECONDS);
        }
    }

    /**
     * The row of this file in the upload's list, as the browser shows it: whether it is complete and the error
     * it shows ({@code error} is absent when the row shows none); empty when there is no such row.
     */
    @SuppressWarnings("unchecked")
    private Map<String, Object> fileRow(String fileName) {
        return (Map<String, Object>) js("""
                const name = arguments[0];
                const find = (root) => {
                  for (const element of root.querySelectorAll('*')) {
                    if (element.localName === 'vaadin-upload-file' && element.fileName === name) {
                      return element;
                    }
                    if (element.shadowRoot) {
                      const inside = find(element.shadowRoot);
                      if (inside) {
                        return inside;
                      }
                    }
                  }
                  return null;
                };
                const row = find(document);
                if (!row) {
                  return {};
                }
                const error = row.shadowRoot.querySelector('[part=error]');
                const shown = row.hasAttribute('error') && error && !error.hidden;
                return shown ? {complete: row.complete, error: error.textContent.trim()} : {complete: row.complete};
                """, fileName);
    }

    private Object js(String script, Object... arguments) {
        return ((JavascriptExecutor) browser).executeScript(script, arguments);
    }

    /** Chooses one file in the upload's file dialog (which, like the dialog, forgets the previous choice). */
    private void choose(WebElement upload, Path file) {
        WebElement input = fileInputOf(upload);
        js("arguments[0].value = ''", input);
        input.sendKeys(file.toString());
    }

    /** The upload component's file input, in its shadow tree or its light DOM depending on the version. */
    private static WebElement fileInputOf(WebElement upload) {
        List<WebElement> light = upload.findElements(By.cssSelector("input[type=file]"));
        if (!light.isEmpty()) {
            return light.getFirst();
        }
        return upload.getShadowRoot().findElement(By.cssSelector("input[type=file]"));
    }
}
