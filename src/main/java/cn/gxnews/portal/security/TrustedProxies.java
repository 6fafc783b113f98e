package cn.gxnews.portal.security;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletRequestWrapper;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

import java.io.IOException;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The client's address and scheme behind the portal's own reverse proxies ({@code portal.trusted-proxies}), for
 * every later reader: the sign-in log, the limits against password guessing, HSTS. {@code X-Forwarded-For} and
 * {@code X-Forwarded-Proto} are believed only when the request comes from a proxy named in that setting (none
 * by default): anyone else could write anything there. The client is the right-most address of
 * {@code X-Forwarded-For} that is not a trusted proxy, because a proxy appends the address it saw and
 * everything to the left of that is what the client itself sent. A value that is not an IP address ends the
 * walk: the client is then the last trusted proxy, and the value is never used.
 *
 * <p>Tomcat's {@code RemoteIpValve} does the same walk but accepts any value as an address and takes its
 * proxies as regular expressions, so this filter does it instead ({@code server.forward-headers-strategy=none}).
 */
final class TrustedProxies implements Filter {

    private final List<AddressRange> proxies;

    /** @param proxies addresses and ranges ({@code 10.0.0.0/8}); a blank entry is skipped, a wrong one refused */
    TrustedProxies(Collection<String> proxies) {
        List<AddressRange> ranges = new ArrayList<>();
        for (String proxy : proxies) {
            if (!proxy.isBlank()) {
                ranges.add(AddressRange.parse(proxy.strip()));
            }
        }
        this.proxies = List.copyOf(ranges);
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Optional<InetAddress> peer = IpAddresses.parse(request.getRemoteAddr());
        if (!proxies.isEmpty() && request instanceof HttpServletRequest http && !alreadyForwarded(http)
                && peer.isPresent() && isTrusted(peer.get())) {
            chain.doFilter(new ForwardedRequest(http, clientAddress(peer.get(), http), forwardedHttps(http)), response);
        } else {
            chain.doFilter(request, response);
        }
    }

    /** Whether this filter already stands between the request and the network (a forward or include within it). */
    private static boolean alreadyForwarded(HttpServletRequest request) {
        return request instanceof ForwardedRequest
                || request instanceof ServletRequestWrapper wrapper && wrapper.isWrapperFor(ForwardedRequest.class);
    }

    /** The client's address for a request from a trusted proxy, walking {@code X-Forwarded-For} from the right. */
    private String clientAddress(InetAddress peer, HttpServletRequest request) {
        List<String> hops = new ArrayList<>();
        for (String header : Collections.list(request.getHeaders("X-Forwarded-For"))) {
            for (String hop : header.split(",", -1)) {
                hops.add(hop);
            }
        }
        String client = IpAddresses.canonical(peer);
        for (int i = hops.size() - 1; i >= 0; i--) {
            Optional<InetAddress> hop = IpAddresses.parse(hops.get(i));
            if (hop.isEmpty()) {
                break;
            }
            client = IpAddresses.canonical(hop.get());
            if (!isTrusted(hop.get())) {
                break;
            }
        }
        return client;
    }

    /**
     * Whether the proxies say the client used HTTPS; empty when they say nothing. With several values (a chain
     * of proxies) every hop must have been HTTPS, as Tomcat's {@code RemoteIpValve} decides it.
     */
    private static Optional<Boolean> forwardedHttps(HttpServletRequest request) {
        List<String> values = new ArrayList<>();
        for (String header : Collections.list(request.getHeaders("X-Forwarded-Proto"))) {
            for (String value : header.split(",", -1)) {
                values.add(value.strip().toLowerCase(Locale.ROOT));
            }
        }
        return values.isEmpty() ? Optional.empty() : Optional.of(values.stream().allMatch("https"::equals));
    }

    private boolean isTrusted(InetAddress address) {
        return proxies.stream().anyMatch(range -> range.contains(address));
    }

    /** An address with a prefix length: {@code 10.0.0.0/8}, {@code fd00::/8}; a single address is a full-length one. */
    record AddressRange(byte[] network, int prefixLength) {

        static AddressRange parse(String text) {
            int slash = text.indexOf('/');
            InetAddress address = IpAddresses.parse(slash < 0 ? text : text.substring(0, slash))
                    .orElseThrow(() -> wrong(text));
            int bits = address.getAddress().length * 8;
            int prefixLength = bits;
            if (slash >= 0) {
                try {
                    prefixLength = Integer.parseInt(text.substring(slash + 1));
                } catch (NumberFormatException e) {
                    throw wrong(text);
                }
                if (prefixLength < 0 || prefixLength > bits) {
                    throw wrong(text);
                }
            }
            return new AddressRange(address.getAddress(), prefixLength);
        }

        boolean contains(InetAddress address) {
            byte[] bytes = address.getAddress();
            if (bytes.length != network.length) {
                return false;
            }
            for (int bit = 0; bit < prefixLength; bit++) {
                int mask = 0x80 >>> (bit % 8);
                if ((bytes[bit / 8] & mask) != (network[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }

        private static IllegalArgumentException wrong(String text) {
            return new IllegalArgumentException("portal.trusted-proxies: '" + text
                    + "' is neither an IP address nor a range such as 10.0.0.0/8");
        }
    }

    /** The request as the client sent it to the first trusted proxy. */
    private static final class ForwardedRequest extends HttpServletRequestWrapper {

        private final String clientAddress;
        private final Optional<Boolean> https;

        ForwardedRequest(HttpServletRequest request, String clientAddress, Optional<Boolean> https) {
            super(request);
            this.clientAddress = clientAddress;
            this.https = https;
        }

        @Override
        public String getRemoteAddr() {
            return clientAddress;
        }

        @Override
        public String getRemoteHost() {
            return clientAddress;
        }

        @Override
        public boolean isSecure() {
            return https.orElseGet(super::isSecure);
        }

        @Override
        public String getScheme() {
            return https.map(secure -> secure ? "https" : "http").orElseGet(super::getScheme);
        }

        /** The port in the {@code Host} header the proxy passed on, else the scheme's default. */
        @Override
        public int getServerPort() {
            if (https.isEmpty()) {
                return super.getServerPort();
            }
            String host = getHeader("Host");
            if (host != null && host.lastIndexOf(':') > host.lastIndexOf(']')) {
                try {
                    return Integer.parseInt(host.substring(host.lastIndexOf(':') + 1));
                } catch (NumberFormatException e) {
                    // not a port: the scheme's default below
                }
            }
            return https.get() ? 443 : 80;
        }

        @Override
        public StringBuffer getRequestURL() {
            if (https.isEmpty()) {
                return super.getRequestURL();
            }
            int port = getServerPort();
            boolean defaultPort = port == (https.get() ? 443 : 80);
            StringBuffer url = new StringBuffer(getScheme()).append("://").append(getServerName());
            if (!defaultPort) {
                url.append(':').append(port);
            }
            return url.append(getRequestURI());
        }
    }
}
