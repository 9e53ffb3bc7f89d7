package th.planning.reports.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;

/**
 * {@code report-etl serve}'s web side: the dashboard's static files (built into the jar under
 * {@code dashboard/}) at {@code /}, and the published Parquet export at {@code /parquet/}, read where
 * the {@code parquet} link points at the time of each request (so a run's new export is served as soon
 * as it is published). GET and HEAD only; nothing outside the published folder is served, links
 * included. The JDK's own HTTP server: the dashboard needs files, not a web framework.
 */
public final class DashboardServer implements AutoCloseable {

    /** Where the built dashboard lives on the class path (Maven's npm build writes it there). */
    static final String RESOURCES = "dashboard/";

    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "json", "application/json",
            "txt", "text/plain; charset=utf-8",
            "png", "image/png",
            "parquet", "application/vnd.apache.parquet");

    private final HttpServer server;
    private final Path parquet;

    private DashboardServer(HttpServer server, Path parquet) {
        this.server = server;
        this.parquet = parquet;
    }

    /** Whether this build carries the dashboard (a build with {@code -Ddashboard.skip} does not). */
    public static boolean bundled() {
        return DashboardServer.class.getClassLoader().getResource(RESOURCES + "index.html") != null;
    }

    /**
     * Starts serving at once on {@code address:port} (port 0: any free one, see {@link #port()}).
     *
     * @param warehouse the warehouse folder; its {@code parquet} is served at {@code /parquet/}
     */
    public static DashboardServer start(String address, int port, Path warehouse) throws IOException {
        HttpServer http = HttpServer.create(new InetSocketAddress(address, port), 16);
        DashboardServer s = new DashboardServer(http, warehouse.toAbsolutePath().normalize().resolve("parquet"));
        http.createContext("/", s::handle);
        http.setExecutor(Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "dashboard-http");
            t.setDaemon(true);
            return t;
        }));
        http.start();
        return s;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String method = ex.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                send(ex, 405, "only GET and HEAD\n");
                return;
            }
            String path = URI.create(ex.getRequestURI().getRawPath()).getPath();   // decoded
            if (path.equals("/")) {
                path = "/index.html";
            }
            if (path.contains("\\") || path.contains("\0") || path.contains("/../") || path.endsWith("/..")) {
                send(ex, 400, "bad path\n");
                return;
            }
            if (path.startsWith("/parquet/")) {
                serveParquet(ex, path.substring("/parquet/".length()));
            } else {
                serveResource(ex, path.substring(1));
            }
        }
    }

    private void serveResource(HttpExchange ex, String name) throws IOException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(RESOURCES + name)) {
            if (in == null || name.isEmpty() || name.endsWith("/")) {
                send(ex, 404, bundled() ? "not found: /" + name + "\n"
                        : "this build has no dashboard (built with -Ddashboard.skip); the Parquet is at /parquet/\n");
                return;
            }
            body(ex, type(name), in.readAllBytes());
        }
    }

    private void serveParquet(HttpExchange ex, String relative) throws IOException {
        Path root;
        try {
            root = parquet.toRealPath();
        } catch (NoSuchFileException e) {
            send(ex, 404, "no Parquet export yet in " + parquet + " (run report-etl ingest)\n");
            return;
        }
        Path file = root.resolve(relative).normalize();
        Path real;
        try {
            real = file.toRealPath();
        } catch (NoSuchFileException e) {
            send(ex, 404, "not found: /parquet/" + relative + "\n");
            return;
        }
        if (!real.startsWith(root) || !Files.isRegularFile(real)) {
            send(ex, 404, "not found: /parquet/" + relative + "\n");
            return;
        }
        body(ex, type(real.getFileName().toString()), Files.readAllBytes(real));
    }

    private static String type(String name) {
        int dot = name.lastIndexOf('.');
        return TYPES.getOrDefault(dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT),
                "application/octet-stream");
    }

    private static void body(HttpExchange ex, String type, byte[] bytes) throws IOException {
        ex.getResponseHeaders().set("Content-Type", type);
        // The export changes under the same names at every run: never serve yesterday's from a cache.
        ex.getResponseHeaders().set("Cache-Control", "no-store");
        ex.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        boolean head = ex.getRequestMethod().equals("HEAD");
        ex.sendResponseHeaders(200, head ? -1 : bytes.length);
        if (!head) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    private static void send(HttpExchange ex, int status, String message) throws IOException {
        byte[] bytes = message.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
        ex.sendResponseHeaders(status, ex.getRequestMethod().equals("HEAD") ? -1 : bytes.length);
        if (!ex.getRequestMethod().equals("HEAD")) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
