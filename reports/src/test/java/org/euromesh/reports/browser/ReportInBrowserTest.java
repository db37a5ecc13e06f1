package org.euromesh.reports.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.euromesh.reports.TestRuns;
import org.euromesh.reports.sections.ReportSections;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens report.html in a real headless Chromium, through the DevTools protocol (the JDK's own
 * WebSocket client, no driver), at a viewport 800 px wide, and checks what only a browser can:
 * every image decodes, nothing makes the page wider than the viewport, and the console has no
 * error. Skipped, with the reason, where no Chromium is installed; {@code .ci/run} installs one.
 * Deterministic: it waits for the load event, then reads the layout once.
 */
class ReportInBrowserTest {

    static final int WIDTH = 800;
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    @Test
    void everyImageLoadsNothingOverflowsAt800PxAndTheConsoleIsClean() throws Exception {
        Optional<Path> chromium = chromium();
        Assumptions.assumeTrue(chromium.isPresent(), "SKIPPED: no chromium on PATH (Debian: apt-get install chromium; "
                + ".ci/run installs it), so report.html was not opened in a browser");
        Path out = tmp.resolve("report");
        ReportSections.write(TestRuns.small(), out);
        Path html = out.resolve("report.html");

        Process browser = new ProcessBuilder(chromium.get().toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--no-first-run", "--no-default-browser-check", "--disable-extensions", "--remote-debugging-port=0",
                "--user-data-dir=" + tmp.resolve("profile"), "--window-size=" + WIDTH + ",900", "about:blank")
                .redirectErrorStream(true).start();
        try {
            int port = devToolsPort(browser);
            try (Page page = Page.open(port)) {
                page.call("Runtime.enable", JSON.createObjectNode());
                page.call("Log.enable", JSON.createObjectNode());
                page.call("Page.enable", JSON.createObjectNode());
                ObjectNode metrics = JSON.createObjectNode().put("width", WIDTH).put("height", 900)
                        .put("deviceScaleFactor", 1).put("mobile", false);
                page.call("Emulation.setDeviceMetricsOverride", metrics);
                CompletableFuture<JsonNode> loaded = page.next("Page.loadEventFired");
                page.call("Page.navigate", JSON.createObjectNode().put("url", html.toUri().toString()));
                loaded.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);

                JsonNode r = page.evaluate("""
                        (() => {
                          const imgs = [...document.images];
                          const broken = imgs.filter(i => !i.complete || i.naturalWidth === 0).map(i => i.alt);
                          const vw = document.documentElement.clientWidth;
                          const wide = [...document.body.querySelectorAll('*')]
                            .filter(e => !e.closest('.table-wrap') || e.classList.contains('table-wrap'))
                            .filter(e => e.getBoundingClientRect().right > vw + 0.5)
                            .map(e => e.tagName + (e.id ? '#' + e.id : '') + ' ' + (e.textContent || '').slice(0, 60));
                          return JSON.stringify({images: imgs.length, broken, vw, innerWidth: window.innerWidth,
                            scrollWidth: document.documentElement.scrollWidth, wide: wide.slice(0, 10)});
                        })()""");
                JsonNode result = JSON.readTree(r.path("result").path("value").asText());
                assertTrue(result.path("images").asInt() >= 8, "the report's charts are images: " + result);
                assertEquals(0, result.path("broken").size(), "images that did not load: " + result.path("broken"));
                assertEquals(WIDTH, result.path("innerWidth").asInt(), "viewport width");
                // Against the visible width (the viewport less its vertical scroll bar): tables wider than that
                // scroll inside their own box (.table-wrap), which is the one thing allowed to be wide inside.
                int visible = result.path("vw").asInt();
                assertTrue(result.path("scrollWidth").asInt() <= visible, "the page scrolls sideways: " + result);
                assertEquals(0, result.path("wide").size(), "elements reaching past " + visible + " px: " + result.path("wide"));
                assertEquals(List.of(), page.errors(), "console errors");
            }
        } finally {
            browser.destroy();
            if (!browser.waitFor(10, TimeUnit.SECONDS)) {
                browser.destroyForcibly();
            }
        }
    }

    /** chromium (Debian), chromium-browser (Ubuntu) or google-chrome on PATH. */
    static Optional<Path> chromium() {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
            for (String dir : path.split(java.io.File.pathSeparator)) {
                Path p = Path.of(dir, name);
                if (Files.isExecutable(p)) {
                    return Optional.of(p);
                }
            }
        }
        return Optional.empty();
    }

    /** The port from Chromium's "DevTools listening on ws://127.0.0.1:PORT/..." line. */
    private static int devToolsPort(Process browser) throws Exception {
        Pattern listening = Pattern.compile("DevTools listening on ws://[^:]+:(\\d+)/");
        CompletableFuture<Integer> port = new CompletableFuture<>();
        List<String> seen = new CopyOnWriteArrayList<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(browser.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                    seen.add(line);
                    Matcher m = listening.matcher(line);
                    if (m.find()) {
                        port.complete(Integer.parseInt(m.group(1)));
                    }
                }
                port.completeExceptionally(new IOException("chromium exited: " + String.join("\n", seen)));
            } catch (IOException e) {
                port.completeExceptionally(e);
            }
        }, "chromium-output");
        reader.setDaemon(true);
        reader.start();
        return port.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    }

    /** One page target over the DevTools protocol: commands by id, events by name, console errors collected. */
    private static final class Page implements WebSocket.Listener, AutoCloseable {

        private final AtomicInteger ids = new AtomicInteger();
        private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
        private final Map<String, CompletableFuture<JsonNode>> waiting = new ConcurrentHashMap<>();
        private final List<String> errors = new CopyOnWriteArrayList<>();
        private final StringBuilder partial = new StringBuilder();
        private WebSocket socket;

        static Page open(int port) throws Exception {
            HttpClient http = HttpClient.newHttpClient();
            String url = null;
            for (int attempt = 0; attempt < 50 && url == null; attempt++) {
                HttpResponse<String> list = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                        + "/json/list")).timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
                for (JsonNode t : JSON.readTree(list.body())) {
                    if ("page".equals(t.path("type").asText())) {
                        url = t.path("webSocketDebuggerUrl").asText();
                    }
                }
                if (url == null) {
                    Thread.sleep(100);
                }
            }
            if (url == null) {
                throw new IOException("chromium has no page target");
            }
            Page p = new Page();
            p.socket = http.newWebSocketBuilder().connectTimeout(TIMEOUT).buildAsync(URI.create(url), p)
                    .get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            return p;
        }

        JsonNode call(String method, ObjectNode params) throws Exception {
            int id = ids.incrementAndGet();
            CompletableFuture<JsonNode> f = new CompletableFuture<>();
            pending.put(id, f);
            ObjectNode msg = JSON.createObjectNode().put("id", id).put("method", method);
            msg.set("params", params);
            socket.sendText(JSON.writeValueAsString(msg), true).get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            JsonNode reply = f.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            if (reply.has("error")) {
                throw new IOException(method + ": " + reply.get("error"));
            }
            return reply.path("result");
        }

        JsonNode evaluate(String expression) throws Exception {
            return call("Runtime.evaluate", JSON.createObjectNode().put("expression", expression)
                    .put("returnByValue", true));
        }

        /** The next event called {@code method}; ask before the command that causes it. */
        CompletableFuture<JsonNode> next(String method) {
            return waiting.computeIfAbsent(method, m -> new CompletableFuture<>());
        }

        List<String> errors() {
            return new ArrayList<>(errors);
        }

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String text = partial.toString();
                partial.setLength(0);
                try {
                    JsonNode msg = JSON.readTree(text);
                    if (msg.has("id")) {
                        Optional.ofNullable(pending.remove(msg.get("id").asInt())).ifPresent(f -> f.complete(msg));
                    } else {
                        event(msg.path("method").asText(), msg.path("params"));
                    }
                } catch (IOException e) {
                    errors.add("unreadable DevTools message: " + e.getMessage());
                }
            }
            ws.request(1);
            return null;
        }

        private void event(String method, JsonNode params) {
            switch (method) {
                case "Runtime.exceptionThrown" -> errors.add("exception: " + params.path("exceptionDetails"));
                case "Runtime.consoleAPICalled" -> {
                    if ("error".equals(params.path("type").asText())) {
                        errors.add("console.error: " + params.path("args"));
                    }
                }
                case "Log.entryAdded" -> {
                    if ("error".equals(params.path("entry").path("level").asText())) {
                        errors.add("log: " + params.path("entry").path("text").asText() + " "
                                + params.path("entry").path("url").asText());
                    }
                }
                default -> { }
            }
            Optional.ofNullable(waiting.remove(method)).ifPresent(f -> f.complete(params));
        }

        @Override
        public void close() {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "done");
        }
    }
}
