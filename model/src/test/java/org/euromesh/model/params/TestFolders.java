package org.euromesh.model.params;

import org.euromesh.params.*;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Helpers for tests that edit an exported copy of the baseline and expect a precise error. */
final class TestFolders {

    private TestFolders() {
    }

    static Path export(Path dir) throws IOException {
        ParameterFiles.copyBuiltInTo(dir);
        return dir;
    }

    /** Replaces the single occurrence of {@code from}; fails if it is not exactly once in the file. */
    static void replace(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        int i = text.indexOf(from);
        if (i < 0 || text.indexOf(from, i + 1) >= 0) {
            fail("'" + from + "' must occur exactly once in " + file);
        }
        Files.writeString(file, text.substring(0, i) + to + text.substring(i + from.length()));
    }

    /** 1-based line of the single line containing {@code fragment}. */
    static int lineOf(Path file, String fragment) throws IOException {
        List<String> lines = Files.readAllLines(file);
        int found = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(fragment)) {
                assertEquals(-1, found, "'" + fragment + "' is on more than one line of " + file);
                found = i + 1;
            }
        }
        assertTrue(found > 0, "'" + fragment + "' not found in " + file);
        return found;
    }

    /** 1-based line of the single line starting with {@code prefix} (so header comments never match). */
    static int lineStarting(Path file, String prefix) throws IOException {
        List<String> lines = Files.readAllLines(file);
        int found = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(prefix)) {
                assertEquals(-1, found, "'" + prefix + "' starts more than one line of " + file);
                found = i + 1;
            }
        }
        assertTrue(found > 0, "'" + prefix + "' not found in " + file);
        return found;
    }

    /** Loads {@code dir}, expecting an error naming {@code file}:{@code line} and {@code parameter}. */
    static ParameterException assertLoadError(Path dir, Path file, int line, String parameter, String... fragments) {
        ParameterException e = assertThrows(ParameterException.class, () -> ParameterLoader.load(dir, org.euromesh.model.EuroMeshInputs.SCHEMA));
        assertMessage(e, file, line, parameter, fragments);
        return e;
    }

    static void assertMessage(ParameterException e, Path file, int line, String parameter, String... fragments) {
        String m = e.getMessage();
        assertTrue(m.contains(file.toString() + (line > 0 ? ":" + line + ":" : "")),
                "expected " + file + ":" + line + " in: " + m);
        assertEquals(line, e.location().line(), m);
        if (parameter != null) {
            assertTrue(m.contains("parameter '" + parameter + "'"), "expected parameter '" + parameter + "' in: " + m);
            assertEquals(parameter, e.parameter(), m);
        }
        for (String f : fragments) {
            assertTrue(m.contains(f), "expected '" + f + "' in: " + m);
        }
    }
}
