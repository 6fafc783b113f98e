package cn.gxnews.portal.security;

import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * IP addresses written as text, as headers and settings carry them. Only literal addresses count, never host
 * names (reading one would be a DNS lookup per request), and every address has one spelling, so that
 * {@code ::1} and {@code 0:0::1} are the same client to the limits against password guessing.
 */
final class IpAddresses {

    private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

    private IpAddresses() {
    }

    /** The address written in {@code text}; empty when it is anything else (a name, a port, garbage). */
    static Optional<InetAddress> parse(String text) {
        String candidate = text.strip();
        Matcher ipv4 = IPV4.matcher(candidate);
        try {
            if (ipv4.matches()) {
                byte[] bytes = new byte[4];
                for (int i = 0; i < 4; i++) {
                    int part = Integer.parseInt(ipv4.group(i + 1));
                    if (part > 255) {
                        return Optional.empty();
                    }
                    bytes[i] = (byte) part;
                }
                return Optional.of(InetAddress.getByAddress(bytes));
            }
            // a link-local peer may come with its zone ("fe80::1%eth0"): the address without it is the client
            int zone = candidate.indexOf('%');
            String ipv6 = zone > 0 ? candidate.substring(0, zone) : candidate;
            // with a colon in it, the JDK reads the text as an IPv6 literal or refuses it: it never looks it up
            if (ipv6.indexOf(':') >= 0 && IPV6.matcher(ipv6).matches()) {
                return Optional.of(InetAddress.getByName(ipv6));
            }
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** The address's one spelling ({@code 203.0.113.5}, {@code 2001:db8:0:0:0:0:0:1}), as Tomcat gives peers. */
    static String canonical(InetAddress address) {
        return address.getHostAddress();
    }

    /**
     * The client address of the request being handled ({@link TrustedProxies} has chosen it), or {@code -}
     * outside a request, as the sign-in log records it.
     */
    static String ofCurrentRequest() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
                ? canonical(request.getRequest().getRemoteAddr()).orElse("-") : "-";
    }

    /** {@code text} in its one spelling, or empty when it is not an IP address. */
    static Optional<String> canonical(String text) {
        return parse(text).map(IpAddresses::canonical);
    }
}
