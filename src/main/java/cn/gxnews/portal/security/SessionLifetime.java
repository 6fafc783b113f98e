package cn.gxnews.portal.security;

import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.server.HandlerHelper.RequestType;
import com.vaadin.flow.server.communication.ServerRpcHandler.RpcRequest;
import com.vaadin.flow.shared.ApplicationConstants;
import com.vaadin.flow.shared.JsonConstants;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.JsonNode;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.SequenceInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * How long a signed-in desk session lives. It ends after the session timeout ({@code server.servlet.session.timeout},
 * 30 minutes) without an action of its member, and however active, {@code portal.session.absolute-lifetime}
 * (12 hours) after its sign-in; the next request then finds itself signed out. It notes the times in the
 * session, and before Spring Security reads the session, ends one that is over either limit.
 *
 * <p>The container's own timeout cannot be the idle limit: an open tab sends Vaadin heartbeats every few
 * minutes, and the editor polls to keep its edit lock, so an abandoned desk would stay signed in until the
 * 12 hours are up. Vaadin's {@code closeIdleSessions} does not help either: it counts polls as activity and
 * closes only Vaadin's part of the session, not the sign-in. So here an action is any request but a heartbeat
 * and a Vaadin message that carries only polls or return-channel calls (what Vaadin itself counts as no user
 * interaction).
 */
final class SessionLifetime extends OncePerRequestFilter implements SessionAuthenticationStrategy {

    static final String SIGNED_IN_AT = SessionLifetime.class.getName() + ".signedInAt";
    static final String LAST_ACTION_AT = SessionLifetime.class.getName() + ".lastActionAt";

    private final Duration lifetime;
    private final Clock clock;

    SessionLifetime(Duration lifetime, Clock clock) {
        this.lifetime = lifetime;
        this.clock = clock;
    }

    @Override
    public void onAuthentication(Authentication authentication, HttpServletRequest request,
                                 HttpServletResponse response) {
        HttpSession session = request.getSession();
        long now = clock.millis();
        session.setAttribute(SIGNED_IN_AT, now);
        session.setAttribute(LAST_ACTION_AT, now);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(SIGNED_IN_AT) instanceof Long signedInAt)) {
            chain.doFilter(request, response);
            return;
        }
        long now = clock.millis();
        long lastActionAt = session.getAttribute(LAST_ACTION_AT) instanceof Long at ? at : signedInAt;
        long idleLimit = session.getMaxInactiveInterval() * 1000L;
        if (now - signedInAt >= lifetime.toMillis() || idleLimit > 0 && now - lastActionAt >= idleLimit) {
            session.invalidate();
            chain.doFilter(request, response);
            return;
        }
        HttpServletRequest handled = request;
        boolean action;
        if (isVaadinRequest(request, RequestType.HEARTBEAT)) {
            action = false;
        } else if (isVaadinRequest(request, RequestType.UIDL) && "POST".equals(request.getMethod())) {
            BufferedBody message = new BufferedBody(request);
            handled = message;
            action = message.smallMessage().map(SessionLifetime::carriesUserAction).orElse(true);
        } else {
            action = true;
        }
        if (action) {
            session.setAttribute(LAST_ACTION_AT, now);
        }
        chain.doFilter(handled, response);
    }

    private static boolean isVaadinRequest(HttpServletRequest request, RequestType type) {
        return type.getIdentifier().equals(request.getParameter(ApplicationConstants.REQUEST_TYPE_PARAMETER));
    }

    /** Whether a Vaadin message carries anything but polls and return-channel calls. */
    static boolean carriesUserAction(String message) {
        JsonNode invocations;
        try {
            invocations = new RpcRequest(message, false).getRpcInvocationsData();
        } catch (RuntimeException e) {
            return false; // not a message Vaadin would act on either
        }
        if (invocations == null) {
            return false;
        }
        for (JsonNode invocation : invocations) {
            String type = invocation.path(JsonConstants.RPC_TYPE).asString("");
            String event = invocation.path(JsonConstants.RPC_EVENT_TYPE).asString("");
            boolean poll = JsonConstants.RPC_TYPE_EVENT.equals(type) && PollEvent.DOM_EVENT_NAME.equals(event);
            if (!poll && !JsonConstants.RPC_TYPE_CHANNEL.equals(type)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A Vaadin message whose beginning has been read here, and which Vaadin reads whole again. Only a small one
     * is looked into: a message of nothing but polls is a few hundred bytes, so a larger one is an action, and
     * the rest of it stays in the network stream, within Vaadin's own limit on message size.
     */
    private static final class BufferedBody extends HttpServletRequestWrapper {

        private static final int LOOKED_INTO = 16 * 1024;

        private final byte[] head;
        private final boolean whole;
        private final Charset charset;
        private final InputStream body;

        BufferedBody(HttpServletRequest request) throws IOException {
            super(request);
            ServletInputStream network = request.getInputStream();
            this.head = network.readNBytes(LOOKED_INTO + 1);
            this.whole = head.length <= LOOKED_INTO;
            String encoding = request.getCharacterEncoding();
            this.charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
            this.body = new SequenceInputStream(new ByteArrayInputStream(head), network);
        }

        /** The whole message, or empty when it is too large to be only polls. */
        Optional<String> smallMessage() {
            return whole ? Optional.of(new String(head, charset)) : Optional.empty();
        }

        @Override
        public ServletInputStream getInputStream() {
            return new ServletInputStream() {
                private boolean finished;

                @Override
                public int read() throws IOException {
                    int read = body.read();
                    finished = read < 0;
                    return read;
                }

                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    int read = body.read(buffer, offset, length);
                    finished = read < 0;
                    return read;
                }

                @Override
                public boolean isFinished() {
                    return finished;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("the message is read in the request's thread");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(body, charset));
        }
    }
}
