package cn.gxnews.portal.security;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
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
 * login page, and comes from a client address of its own (sent as {@code X-Forwarded-For}, which the portal
 * trusts from a local proxy, as from a load balancer in production). It does not follow redirects, so tests
 * see where the desk sends it.
 */
final class DeskClient {

    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    private final String baseUrl;
    private final String clientIp;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;

    DeskClient(String baseUrl, String clientIp) {
        this.baseUrl = baseUrl;
        this.clientIp = clientIp;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
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
        return HttpRequest.newBuilder(URI.create(baseUrl + path)).header("X-Forwarded-For", clientIp);
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
