package org.euromesh.reports.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.euromesh.params.ParameterFiles;

/**
 * The shared machinery of the hostile-input suites ({@code *HostileInputTest}): a workspace of
 * fixtures (a parameter folder, a user's folder, a file ...), cases written with placeholders for
 * them, and the three assertions every rejected case makes: the exit code, a one-line message of
 * the expected shape with no stack trace, and that nothing was written or changed (SHA-256 of
 * every file's path and content in the workspace, and the names in the current folder, before
 * and after).
 */
final class Hostile {

    /**
     * One hostile command line.
     *
     * @param name    shown by JUnit
     * @param args    with placeholders {P} (a valid parameter folder), {USER} (a user's folder with
     *                a file of their own), {FILE} (a user's text file), {EMPTY} (an empty folder),
     *                {NEW} (a folder that does not exist), {W} (the workspace), or any other {NAME}
 *                (the workspace's entry NAME, made by the suite)
     * @param exit    the expected exit code
     * @param message a fragment the first line of standard error must contain
     */
    record Case(String name, List<String> args, int exit, String message) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Case of(String name, int exit, String message, String... args) {
        return new Case(name, List.of(args), exit, message);
    }

    /** A stack frame line, or a Java exception or error class name ("Error:" alone is picocli's wording). */
    static final java.util.regex.Pattern TRACE = java.util.regex.Pattern.compile(
            "(?m)^\\s+at \\S+\\(|[A-Za-z]+(Exception|Error)\\b|java\\.lang\\.");

    private Hostile() {
    }

    /** A workspace under {@code root}: the fixtures every placeholder names. */
    static Path workspace(Path root) throws IOException {
        ParameterFiles.copyBuiltInTo(root.resolve("P"));
        Files.createDirectories(root.resolve("USER"));
        Files.writeString(root.resolve("USER").resolve("notes.txt"), "my notes\n");
        Files.writeString(root.resolve("USER").resolve("regions.csv"), "my own table\n");
        Files.writeString(root.resolve("FILE"), "a user's file\n");
        Files.createDirectories(root.resolve("EMPTY"));
        return root;
    }

    /** Replaces {W} by the workspace and every other {NAME} by the workspace's entry NAME. */
    static String[] resolve(Case c, Path w) {
        return c.args().stream().map(a -> {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{([A-Za-z_0-9.]+)\\}").matcher(a);
            StringBuilder sb = new StringBuilder();
            while (m.find()) {
                String name = m.group(1);
                m.appendReplacement(sb, java.util.regex.Matcher.quoteReplacement(
                        name.equals("W") ? w.toString() : w.resolve(name).toString()));
            }
            m.appendTail(sb);
            return sb.toString();
        }).toArray(String[]::new);
    }

    /** A copy of the valid parameter folder named {@code name}, with {@code edit} applied to one of its files. */
    static Path paramsWith(Path w, String name, String file, java.util.function.UnaryOperator<String> edit)
            throws IOException {
        Path dir = w.resolve(name);
        ParameterFiles.copyBuiltInTo(dir);
        Path f = dir.resolve(file);
        Files.writeString(f, edit.apply(Files.readString(f)));
        return dir;
    }

    /** Runs the case in-process and makes the three assertions. */
    static CliHarness assertRejected(Case c, Path workspace) {
        Map<String, String> before = hash(workspace);
        List<String> cwdBefore = names(Path.of(""));
        CliHarness r = CliHarness.run(resolve(c, workspace));
        String all = r.out() + r.err();
        assertEquals(c.exit(), r.exitCode(), c.name() + "\n" + all);
        assertMessage(r, c.message(), c.name());
        assertEquals(before, hash(workspace), c.name() + ": nothing written or changed in the workspace");
        assertEquals(cwdBefore, names(Path.of("")), c.name() + ": nothing written in the current folder");
        return r;
    }

    /** One line starting "euromesh" that contains {@code fragment}, and no Java stack trace anywhere. */
    static void assertMessage(CliHarness r, String fragment, String name) {
        String err = r.err();
        assertFalse(err.isBlank(), name + ": a message");
        String first = err.lines().findFirst().orElse("");
        assertTrue(first.startsWith("euromesh"), name + ": message shape: " + err);
        assertTrue(first.contains(fragment), name + ": expected '" + fragment + "' in: " + first);
        assertFalse(TRACE.matcher(err).find(), name + ": no stack trace or exception class name: " + err);
        assertTrue(err.lines().count() <= 2, name + ": at most a message and a hint: " + err);
    }

    /** SHA-256 of each file's content, by relative path; folders by name (so an added empty folder shows). */
    static Map<String, String> hash(Path root) {
        Map<String, String> out = new TreeMap<>();
        if (!Files.exists(root)) {
            return out;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.toList()) {
                String rel = root.relativize(p).toString();
                out.put(rel, Files.isDirectory(p) ? "dir" : sha256(Files.readAllBytes(p)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static List<String> names(Path dir) {
        try (Stream<Path> s = Files.list(dir.toAbsolutePath())) {
            List<String> n = new ArrayList<>(s.map(p -> p.getFileName().toString()).toList());
            n.sort(null);
            return n;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String sha256(byte[] b) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
