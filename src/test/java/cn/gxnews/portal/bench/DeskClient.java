package cn.gxnews.portal.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One desk user's browser, as far as the server can tell: it speaks Vaadin Flow's own protocol over HTTP (page
 * loads, the UI's {@code v-r=init}, and UIDL requests carrying navigation, clicks and typed values), keeps the
 * client's copy of the UI's state tree that the server's changes describe, and finds components in it the way a
 * person does, by their text. It runs no JavaScript: a request is answered when the server has done its work,
 * which is what the desk benchmark ({@link DeskLoad}) measures.
 */
final class DeskClient {

    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    /** Vaadin's node features (Flow's {@code NodeFeatures}) that this client reads. */
    private static final int ELEMENT_DATA = 0, PROPERTIES = 1, CHILDREN = 2, ATTRIBUTES = 3, LISTENERS = 4,
            TEXT = 7, VIRTUAL_CHILDREN = 24;
    private static final String SYNCHRONIZE_PROPERTY = "}";

    private final HttpClient http;
    private final URI desk;
    private final JsonMapper json = JsonMapper.builder().build();
    private final Timings timings;

    private int uiId;
    private String securityKey;
    private int syncId;
    private int clientId;
    private final Map<Integer, Node> nodes = new HashMap<>();
    private final Map<String, JsonNode> constants = new HashMap<>();

    /** A node of the UI's state tree: an element (or a text node) with what the client knows of it. */
    static final class Node {
        final int id;
        String tag;
        String text;
        final Map<String, JsonNode> properties = new LinkedHashMap<>();
        final Map<String, JsonNode> attributes = new LinkedHashMap<>();
        final Map<String, String> listeners = new LinkedHashMap<>();
        final List<Integer> children = new ArrayList<>();
        final List<Integer> virtualChildren = new ArrayList<>();

        Node(int id) {
            this.id = id;
        }

        String property(String name) {
            JsonNode value = properties.get(name);
            return value == null || value.isNull() ? null : value.asString();
        }

        @Override
        public String toString() {
            return "<" + tag + " #" + id + " " + attributes + " " + properties.keySet() + " on " + listeners.keySet()
                    + ">";
        }
    }

    DeskClient(URI base, Timings timings) {
        this.desk = base.resolve("/desk/");
        this.timings = timings;
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    }

    // --- signing in and opening views ----------------------------------------------------------------

    /** Signs in through the desk's sign-in form, as the browser posts it; the sign-in POST is timed as {@code action}. */
    void signIn(String action, String username, String password) {
        String page = send(null, get("login")).body();
        Matcher csrf = CSRF_META.matcher(page);
        if (!csrf.find()) {
            throw new IllegalStateException("The sign-in page has no CSRF token");
        }
        String form = "username=" + encode(username) + "&password=" + encode(password) + "&_csrf=" + encode(csrf.group(1));
        HttpResponse<String> response = send(action, HttpRequest.newBuilder(desk.resolve("login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        String location = response.headers().firstValue("Location").orElse("");
        if (response.statusCode() != 302 || location.contains("error")) {
            throw new IllegalStateException("Signing in as " + username + " failed: " + response.statusCode() + " " + location);
        }
    }

    /**
     * Opens a desk address as a browser does when it is typed or reloaded: the page, the UI's start ({@code v-r=init})
     * and the navigation to the route; all three are timed together as {@code action}.
     */
    void open(String action, String route) {
        long start = System.nanoTime();
        send(null, get(route));
        HttpResponse<String> init = send(null, get("?v-r=init&location=" + encode(route) + "&query="));
        JsonNode config = parse(init.body()).path("appConfig");
        uiId = config.path("v-uiId").asInt();
        nodes.clear();
        constants.clear();
        JsonNode uidl = config.path("uidl");
        securityKey = uidl.path("Vaadin-Security-Key").asString();
        apply(uidl);
        navigateTo(route);
        timings.record(action, System.nanoTime() - start);
    }

    /**
     * Follows a link of the desk's menu within the open UI (client-side navigation), then asks each grid of the new
     * view for its first rows as the grid's connector does; timed together as {@code action}.
     */
    void navigate(String action, String route) {
        long start = System.nanoTime();
        navigateTo(route);
        timings.record(action, System.nanoTime() - start);
    }

    private void navigateTo(String route) {
        ObjectNode data = json.createObjectNode();
        data.put("route", route).put("query", "").put("appShellTitle", "").put("trigger", "");
        data.putObject("historyState").put("idx", 0);
        rpc(null, List.of(event(1, "ui-navigate", data)));
        loadGrids();
    }

    private void loadGrids() {
        List<ObjectNode> calls = new ArrayList<>();
        for (Node grid : findAll(node -> "vaadin-grid".equals(node.tag))) {
            ObjectNode call = json.createObjectNode();
            call.put("type", "publishedEventHandler").put("node", grid.id).put("templateEventMethodName", "setViewportRange");
            call.putArray("templateEventMethodArgs").add(0).add(grid.properties.containsKey("pageSize")
                    ? grid.properties.get("pageSize").asInt() : 50);
            call.put("promise", 0);
            calls.add(call);
        }
        if (!calls.isEmpty()) {
            rpc(null, calls);
        }
    }

    /**
     * A request that carries nothing, as the browser's client sends when it only has to hear what changed: the
     * UI's answer to it replaces the copy of its last answer Vaadin keeps to send again if it was lost.
     */
    void ping(String action) {
        rpc(action, List.of());
    }

    // --- what a person does on a view -------------------------------------------------------------------

    /** Clicks the element (a button, a tab, a grid's row...) as its click listener asks: one UIDL request. */
    void click(String action, Node node) {
        rpc(action, List.of(event(node.id, "click", eventData(node, "click"))));
    }

    /**
     * Types a value into a field: the value is synchronised as the browser does at the event the server listens
     * to for it ({@code change}, or {@code input} for a field that reacts while typing), in one request.
     */
    void type(String action, Node field, String value) {
        String event = field.listeners.keySet().stream()
                .filter(name -> expressions(field, name).has(SYNCHRONIZE_PROPERTY + "value")).findFirst()
                .orElseThrow(() -> new IllegalStateException("The field does not send its value: " + field));
        ObjectNode sync = json.createObjectNode();
        sync.put("type", "mSync").put("node", field.id).put("feature", PROPERTIES).put("property", "value")
                .put("value", value);
        rpc(action, List.of(sync, event(field.id, event, eventData(field, event))));
    }

    /**
     * Fetches what a link points at (a CSV download, a photo): one GET, timed twice, until its first byte arrives
     * as {@code action + ": first byte"} and until its last as {@code action + ": whole file"}. Returns its size.
     */
    long download(String action, String href) {
        HttpRequest request = HttpRequest.newBuilder(desk.resolve(href)).GET().build();
        long start = System.nanoTime();
        try {
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                if (response.statusCode() != 200 || body.read() < 0) {
                    throw new IllegalStateException(href + " answered " + response.statusCode());
                }
                timings.record(action + ": first byte", System.nanoTime() - start);
                long size = 1 + body.transferTo(OutputStream.nullOutputStream());
                timings.record(action + ": whole file", System.nanoTime() - start);
                return size;
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    // --- finding things ---------------------------------------------------------------------------------------

    /** The attached elements of the UI, in the order of the tree, that match. */
    List<Node> findAll(Predicate<Node> matching) {
        List<Node> found = new ArrayList<>();
        walk(nodes.get(1), matching, found);
        return found;
    }

    Optional<Node> find(Predicate<Node> matching) {
        List<Node> found = findAll(matching);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.getFirst());
    }

    Node button(String text) {
        return find(node -> "vaadin-button".equals(node.tag) && text(node).contains(text))
                .orElseThrow(() -> new IllegalStateException("No button \"" + text + "\" on " + describe()));
    }

    Node field(String tag, String label) {
        return find(node -> tag.equals(node.tag) && label.equals(node.property("label")))
                .orElseThrow(() -> new IllegalStateException("No " + tag + " labelled \"" + label + "\" on " + describe()));
    }

    /** The address of the link that shows the text (relative to the desk). */
    String link(String text) {
        Node link = find(node -> "a".equals(node.tag) && text(node).contains(text))
                .orElseThrow(() -> new IllegalStateException("No link \"" + text + "\""));
        JsonNode href = link.attributes.get("href");
        return href.isObject() ? href.path("uri").asString() : href.asString();
    }

    /** The text the element shows: its own and its children's text nodes. */
    String text(Node node) {
        StringBuilder text = new StringBuilder();
        collectText(node, text);
        return text.toString();
    }

    int nodeCount() {
        return nodes.size();
    }

    String describe() {
        StringBuilder out = new StringBuilder();
        dump(nodes.get(1), 0, out);
        return out.toString();
    }

    // --- the protocol ----------------------------------------------------------------------------------------

    private void rpc(String action, List<ObjectNode> invocations) {
        ObjectNode message = json.createObjectNode();
        message.put("csrfToken", securityKey);
        ArrayNode rpc = message.putArray("rpc");
        invocations.forEach(rpc::add);
        message.put("syncId", syncId).put("clientId", clientId);
        HttpRequest request = HttpRequest.newBuilder(desk.resolve("?v-r=uidl&v-uiId=" + uiId))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(message))).build();
        HttpResponse<String> response = send(action, request);
        String body = response.body();
        if (body.startsWith("for(;;);")) { // the older framing of the same answer
            body = body.substring("for(;;);".length());
        }
        JsonNode parsed = parse(body);
        JsonNode answer = parsed.isArray() ? parsed.get(0) : parsed;
        if (answer.path("meta").path("sessionExpired").asBoolean(false) || answer.has("redirect")) {
            throw new IllegalStateException("The session ended: " + abbreviate(body));
        }
        if (answer.path("meta").has("appError")) {
            throw new IllegalStateException("The desk reported an error: " + abbreviate(body));
        }
        apply(answer);
    }

    private void apply(JsonNode uidl) {
        if (uidl.has("syncId")) {
            syncId = uidl.get("syncId").asInt();
        }
        if (uidl.has("clientId")) {
            clientId = uidl.get("clientId").asInt();
        }
        uidl.path("constants").properties().forEach(entry -> constants.put(entry.getKey(), entry.getValue()));
        for (JsonNode change : uidl.path("changes")) {
            int id = change.path("node").asInt();
            String type = change.path("type").asString();
            if ("detach".equals(type)) {
                nodes.remove(id);
                continue;
            }
            Node node = nodes.computeIfAbsent(id, Node::new);
            int feature = change.path("feat").asInt(-1);
            switch (type) {
                case "put" -> put(node, feature, change.path("key").asString(),
                        change.has("nodeValue") ? json.getNodeFactory().numberNode(change.get("nodeValue").asInt())
                                : change.path("value"));
                case "remove" -> remove(node, feature, change.path("key").asString());
                case "splice" -> splice(node, feature, change);
                case "clear" -> {
                    if (feature == CHILDREN) {
                        node.children.clear();
                    } else if (feature == PROPERTIES) {
                        node.properties.clear();
                    }
                }
                default -> { /* attach: the node exists from now on */ }
            }
        }
    }

    private void put(Node node, int feature, String key, JsonNode value) {
        switch (feature) {
            case ELEMENT_DATA -> {
                if ("tag".equals(key)) {
                    node.tag = value.asString();
                }
            }
            case PROPERTIES -> node.properties.put(key, value);
            case ATTRIBUTES -> node.attributes.put(key, value);
            case LISTENERS -> node.listeners.put(key, value.asString());
            case TEXT -> node.text = value.asString();
            default -> { /* styles, class names, configuration: not needed to find or use a component */ }
        }
    }

    private void remove(Node node, int feature, String key) {
        switch (feature) {
            case PROPERTIES -> node.properties.remove(key);
            case ATTRIBUTES -> node.attributes.remove(key);
            case LISTENERS -> node.listeners.remove(key);
            default -> { }
        }
    }

    private void splice(Node node, int feature, JsonNode change) {
        List<Integer> list = feature == CHILDREN ? node.children : feature == VIRTUAL_CHILDREN ? node.virtualChildren : null;
        if (list == null) {
            return;
        }
        int index = change.path("index").asInt();
        for (int i = 0, removed = change.path("remove").asInt(0); i < removed && index < list.size(); i++) {
            list.remove(index);
        }
        List<Integer> added = new ArrayList<>();
        change.path("addNodes").forEach(id -> added.add(id.asInt()));
        list.addAll(Math.min(index, list.size()), added);
    }

    private ObjectNode event(int node, String event, ObjectNode data) {
        ObjectNode invocation = json.createObjectNode();
        invocation.put("type", "event").put("node", node).put("event", event);
        invocation.set("data", data);
        return invocation;
    }

    private JsonNode expressions(Node node, String event) {
        String hash = node.listeners.get(event);
        JsonNode expressions = hash == null ? null : constants.get(hash);
        return expressions == null ? json.createObjectNode() : expressions;
    }

    /**
     * The event data a browser would send: filters as passed, the data expressions with neutral values (no
     * modifier keys, one click at the origin). Property synchronisation is sent separately ({@code mSync}).
     */
    private ObjectNode eventData(Node node, String event) {
        ObjectNode data = json.createObjectNode();
        expressions(node, event).properties().forEach(entry -> {
            String expression = entry.getKey();
            if (expression.startsWith(SYNCHRONIZE_PROPERTY)) {
                return;
            }
            if (!entry.getValue().isBoolean() || entry.getValue().asBoolean()) {
                data.put(expression, true); // a filter (with or without debouncing) that the event passed
            } else if (expression.endsWith("Key") || expression.endsWith("repeat")) {
                data.put(expression, false);
            } else if (expression.equals("event.detail")) {
                data.put(expression, 1);
            } else {
                data.put(expression, 0);
            }
        });
        return data;
    }

    private HttpRequest get(String relative) {
        return HttpRequest.newBuilder(desk.resolve(relative)).GET().build();
    }

    private HttpResponse<String> send(String action, HttpRequest request) {
        long start = System.nanoTime();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (action != null) {
                timings.record(action, System.nanoTime() - start);
            }
            if (response.statusCode() >= 400) {
                throw new IllegalStateException(request.uri() + " answered " + response.statusCode() + ": "
                        + abbreviate(response.body()));
            }
            return response;
        } catch (IOException e) {
            throw new IllegalStateException(request.uri() + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private JsonNode parse(String body) {
        return json.readTree(body);
    }

    private void walk(Node node, Predicate<Node> matching, List<Node> found) {
        if (node == null) {
            return;
        }
        if (node.tag != null && matching.test(node)) {
            found.add(node);
        }
        for (int child : node.children) {
            walk(nodes.get(child), matching, found);
        }
        for (int child : node.virtualChildren) {
            walk(nodes.get(child), matching, found);
        }
    }

    private void collectText(Node node, StringBuilder text) {
        if (node == null) {
            return;
        }
        if (node.text != null) {
            text.append(node.text);
        }
        node.children.forEach(child -> collectText(nodes.get(child), text));
    }

    private void dump(Node node, int depth, StringBuilder out) {
        if (node == null) {
            return;
        }
        out.append("  ".repeat(depth)).append(node.text != null ? "\"" + node.text + "\"" : node.toString()).append('\n');
        node.children.forEach(child -> dump(nodes.get(child), depth + 1, out));
        node.virtualChildren.forEach(child -> dump(nodes.get(child), depth + 1, out));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String abbreviate(String text) {
        return text.length() > 500 ? text.substring(0, 500) + "…" : text;
    }
}
