package cn.gxnews.portal.security;

import org.jspecify.annotations.Nullable;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser as far as the desk's HTTP endpoints are concerned: it keeps cookies, reads the CSRF token from the
 * login page, and comes from a client address of its own. Usually that address is sent as
 * {@code X-Forwarded-For} from this machine's loopback address, which the tests' settings name as a trusted
 * proxy ({@code portal.trusted-proxies}), as production names its load balancer. It does not follow redirects,
 * so tests see where the desk sends it.
 */
final class DeskClient {

    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    private final String baseUrl;
    private @Nullable String forwardedFor;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;

    /** A browser behind the tests' trusted proxy, which forwards {@code clientIp} as the client's address. */
    DeskClient(String baseUrl, String clientIp) {
        this(baseUrl, null, clientIp);
    }

    private DeskClient(String baseUrl, @Nullable InetAddress peer, @Nullable String forwardedFor) {
        this.baseUrl = baseUrl;
        this.forwardedFor = forwardedFor;
        HttpClient.Builder builder = HttpClient.newBuilder().cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER);
        if (peer != null) {
            builder.localAddress(peer);
        }
        this.http = builder.build();
    }

    /**
     * A browser that connects from {@code peer} itself (a loopback address such as {@code 127.0.0.2}, which on
     * Linux every process may use), sending {@code forwardedFor} as {@code X-Forwarded-For} unless it is null.
     */
    static DeskClient connectingFrom(int port, String peer, @Nullable String forwardedFor) {
        try {
            return new DeskClient("http://127.0.0.1:" + port, InetAddress.getByName(peer), forwardedFor);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** Sends this {@code X-Forwarded-For} from now on (none when null). */
    void forwardFor(@Nullable String value) {
        this.forwardedFor = value;
    }

    HttpResponse<String> get(String path) {
        return send(request(path).GET().build());
    }

    HttpResponse<String> post(String path, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /**
     * As {@link #post}, from a form on another site: with the {@code Origin} a browser sends, and, as current
     * browsers do, {@code Sec-Fetch-Site} unless {@code fetchMetadata} is false.
     */
    HttpResponse<String> postFromAnotherSite(String path, Map<String, String> form, boolean fetchMetadata) {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", "https://evil.example");
        if (fetchMetadata) {
            request.header("Sec-Fetch-Site", "cross-site");
        }
        return send(request.POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** The token the login page gives this client's session. */
    String csrfToken() {
        Matcher token = CSRF.matcher(get("/desk/login").body());
        if (!token.find()) {
            throw new AssertionError("the login page carries no CSRF token");
        }
        return token.group(1);
    }

    /** Signs in through the login form as a browser does; the answer is the redirect that follows. */
    HttpResponse<String> signIn(String username, String password) {
        return post("/desk/login", Map.of("_csrf", csrfToken(), "username", username, "password", password));
    }

    /** As {@link #signIn}, through a proxy that received it over HTTPS. */
    HttpResponse<String> signInOverHttps(String username, String password) {
        String body = "_csrf=" + URLEncoder.encode(csrfToken(), StandardCharsets.UTF_8) + "&username="
                + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        return send(request("/desk/login").header("X-Forwarded-Proto", "https")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** Whether a sign-in answer sent the client into the desk rather than back to the login page. */
    static boolean admitted(HttpResponse<String> signIn) {
        return signIn.statusCode() == 302 && signIn.headers().firstValue("Location").filter(l -> !l.contains("/login"))
                .isPresent();
    }

    Optional<String> sessionId() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                .map(HttpCookie::getValue).findFirst();
    }

    /** As {@link #get}, through a proxy that received it over HTTPS. */
    HttpResponse<String> getOverHttps(String path) {
        return send(request(path).header("X-Forwarded-Proto", "https").GET().build());
    }

    /** Whether the desk lets this client in: a staff page answers instead of sending it to the login page. */
    boolean inDesk() {
        return get("/desk/articles").statusCode() == 200;
    }

    /** Presents this session id from now on, as an attacker who learnt it would. */
    void useSession(String sessionId) {
        HttpCookie cookie = new HttpCookie("JSESSIONID", sessionId);
        cookie.setPath("/");
        cookie.setVersion(0);
        cookies.getCookieStore().add(URI.create(baseUrl), cookie);
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path));
        return forwardedFor == null ? request : request.header("X-Forwarded-For", forwardedFor);
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
