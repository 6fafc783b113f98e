package cn.gxnews.portal.media;

import cn.gxnews.portal.AbstractIntegrationTest;
import cn.gxnews.portal.HugeUpload;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The container refuses a desk request larger than a photo may be (plus a margin), whoever would read it: by
 * its announced length before reading anything, or where a body sent in chunks passes the limit.
 */
class DeskRequestSizeLimitTest extends AbstractIntegrationTest {

    /** {@code portal.media.max-bytes} (15 MB) and the margin. */
    private static final long LIMIT = 15L * 1024 * 1024 + MediaConfiguration.REQUEST_MARGIN_BYTES;

    @Test
    void a_desk_request_announcing_200_mb_is_answered_413_before_its_body_is_sent() throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            // an upload's address (its UI and key do not matter: nothing past the limit gets that far)
            out.write(("POST /desk/VAADIN/dynamic/resource/0/6b1f0a2e-0000-4000-8000-000000000000/upload HTTP/1.1\r\n"
                    + "Host: localhost\r\n"
                    + "Content-Type: image/jpeg\r\n"
                    + "X-Filename: big.jpg\r\n"
                    + "Content-Length: " + HugeUpload.of200Megabytes().size() + "\r\n"
                    + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();

            List<String> head = responseHead(socket.getInputStream());

            assertThat(head.getFirst()).startsWith("HTTP/1.1 413");
            assertThat(head).anySatisfy(header -> assertThat(header).isEqualToIgnoringCase("Connection: close"));
        }
    }

    @Test
    void a_body_sent_in_chunks_is_cut_off_one_byte_past_the_limit() throws Exception {
        HugeUpload huge = HugeUpload.of200Megabytes();
        MockHttpServletRequest chunked = new MockHttpServletRequest("POST", "/desk/VAADIN/dynamic/resource/0/x/upload");
        chunked.addHeader("Transfer-Encoding", "chunked");
        AtomicBoolean reached = new AtomicBoolean();

        new DeskRequestSizeLimit(LIMIT).doFilter(bodyOf(chunked, huge), new MockHttpServletResponse(),
                (request, response) -> {
                    reached.set(true);
                    assertThatThrownBy(() -> request.getInputStream().readAllBytes()).isInstanceOf(IOException.class)
                            .hasMessageContaining("larger than " + LIMIT);
                });

        assertThat(reached).isTrue();
        assertThat(huge.bytesRead()).isEqualTo(LIMIT + 1);
    }

    @Test
    void a_request_within_the_limit_is_read_whole() throws Exception {
        HugeUpload photo = new HugeUpload(3 * 1024 * 1024);
        MockHttpServletRequest chunked = new MockHttpServletRequest("POST", "/desk/VAADIN/dynamic/resource/0/x/upload");
        chunked.addHeader("Transfer-Encoding", "chunked");
        List<Integer> lengths = new ArrayList<>();

        new DeskRequestSizeLimit(LIMIT).doFilter(bodyOf(chunked, photo), new MockHttpServletResponse(),
                (request, response) -> lengths.add(request.getInputStream().readAllBytes().length));

        assertThat(lengths).containsExactly(3 * 1024 * 1024);
    }

    private static List<String> responseHead(InputStream response) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(response, StandardCharsets.ISO_8859_1));
        List<String> head = new ArrayList<>();
        for (String line = reader.readLine(); line != null && !line.isEmpty(); line = reader.readLine()) {
            head.add(line);
        }
        assertThat(head).as("an answer before the body was sent").isNotEmpty();
        return head;
    }

    /** The request with this body and no declared length, as a body sent in chunks arrives. */
    private static HttpServletRequest bodyOf(MockHttpServletRequest request, InputStream body) {
        return new HttpServletRequestWrapper(request) {
            @Override
            public long getContentLengthLong() {
                return -1;
            }

            @Override
            public int getContentLength() {
                return -1;
            }

            @Override
            public ServletInputStream getInputStream() {
                return new ServletInputStream() {
                    @Override
                    public int read() throws IOException {
                        return body.read();
                    }

                    @Override
                    public int read(byte[] buffer, int offset, int length) throws IOException {
                        return body.read(buffer, offset, length);
                    }

                    @Override
                    public boolean isFinished() {
                        return false;
                    }

                    @Override
                    public boolean isReady() {
                        return true;
                    }

                    @Override
                    public void setReadListener(ReadListener listener) {
                        throw new UnsupportedOperationException();
                    }
                };
            }
        };
    }
}
