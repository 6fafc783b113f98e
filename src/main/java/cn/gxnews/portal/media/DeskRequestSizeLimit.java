package cn.gxnews.portal.media;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * The container's limit on what a desk request may carry: the largest photo plus a margin. Tomcat limits only
 * form posts, and Vaadin's uploads are raw request bodies, so without this a request of any size reaches the
 * code that reads it. A request that announces more ({@code Content-Length}) is answered {@code 413} before a
 * byte of its body is read; one sent in chunks is cut off with an {@link IOException} where it passes the
 * limit, whoever reads it (an upload, Vaadin's own messages).
 */
final class DeskRequestSizeLimit extends OncePerRequestFilter {

    private final long maxBytes;

    DeskRequestSizeLimit(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > maxBytes) {
            response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            // the body is not wanted: the connection closes rather than reading it
            response.setHeader("Connection", "close");
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write("Request body larger than " + maxBytes + " bytes\n");
            response.flushBuffer();
            return;
        }
        boolean chunked = request.getContentLengthLong() < 0 && request.getHeader("Transfer-Encoding") != null;
        chain.doFilter(chunked ? new Counted(request, maxBytes) : request, response);
    }

    /** A request without a declared length, whose body may be read only up to the limit. */
    private static final class Counted extends HttpServletRequestWrapper {

        private final long maxBytes;
        private ServletInputStream body;

        Counted(HttpServletRequest request, long maxBytes) {
            super(request);
            this.maxBytes = maxBytes;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (body == null) {
                body = new CountedStream(super.getInputStream(), maxBytes);
            }
            return body;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.ISO_8859_1 : Charset.forName(encoding);
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }
    }

    private static final class CountedStream extends ServletInputStream {

        private final ServletInputStream body;
        private final long maxBytes;
        private long read;

        CountedStream(ServletInputStream body, long maxBytes) {
            this.body = body;
            this.maxBytes = maxBytes;
        }

        @Override
        public int read() throws IOException {
            int value = body.read();
            if (value >= 0) {
                counted(1);
            }
            return value;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            // never ask for more than one byte past the limit
            long allowed = maxBytes + 1 - read;
            int count = body.read(buffer, offset, (int) Math.min(length, Math.max(1, allowed)));
            if (count > 0) {
                counted(count);
            }
            return count;
        }

        private void counted(int count) throws IOException {
            read += count;
            if (read > maxBytes) {
                throw new RequestTooLargeException(maxBytes);
            }
        }

        @Override
        public boolean isFinished() {
            return body.isFinished();
        }

        @Override
        public boolean isReady() {
            return body.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            body.setReadListener(listener);
        }

        @Override
        public void close() throws IOException {
            body.close();
        }
    }

    /** The body went past the limit while it was read. */
    static final class RequestTooLargeException extends IOException {

        RequestTooLargeException(long maxBytes) {
            super("Request body larger than " + maxBytes + " bytes");
        }
    }
}
