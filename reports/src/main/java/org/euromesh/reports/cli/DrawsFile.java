package org.euromesh.reports.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where {@code distribution --out FILE.csv} may write: a new file, or one that already holds
 * draws (its first line is a number), never a file of a parameter folder or anything else a user
 * may have written. A draws file is replaced whole, atomically.
 */
final class DrawsFile {

    private DrawsFile() {
    }

    static void check(Path out) {
        if (out.toString().isBlank()) {
            throw new IllegalArgumentException("--out is empty; give a file name, e.g. --out draws.csv");
        }
        Path abs = out.toAbsolutePath().normalize();
        if (Files.isDirectory(abs)) {
            throw new IllegalArgumentException("--out " + out + ": is a folder; expected a file name such as draws.csv");
        }
        Path parent = abs.getParent();
        if (parent != null && Files.exists(parent.resolve("parameters.yaml"))) {
            throw new IllegalArgumentException("--out " + out + ": lies in a parameter folder (beside parameters.yaml); "
                    + "write the draws elsewhere");
        }
        if (Files.exists(abs) && !holdsDraws(abs)) {
            throw new IllegalArgumentException("--out " + out + ": the file exists and does not hold draws (its first "
                    + "line is not a number); choose a new file name, or remove it");
        }
    }

    private static boolean holdsDraws(Path file) {
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String first = r.readLine();
            if (first == null) {
                return true; // empty: nothing to lose
            }
            Double.parseDouble(first.trim());
            return true;
        } catch (NumberFormatException | IOException e) {
            return false;
        }
    }
}
