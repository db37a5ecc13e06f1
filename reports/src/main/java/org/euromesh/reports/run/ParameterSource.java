package org.euromesh.reports.run;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.euromesh.model.EuroMeshInputs;
import org.euromesh.params.ParameterFiles;
import org.euromesh.params.ParameterLoader;
import org.euromesh.params.ParameterSet;

/**
 * Where a run's parameters come from, as text that can travel: the shipped baseline (nothing to
 * ship: every node has the same jar, and the version says which), or a user's folder as given on
 * the command line together with the text of every file the loader may read from it
 * ({@code parameters.yaml}, {@code regions.csv}, {@code scenarios/*.yaml}). A Spark executor
 * rebuilds the parameter set from these texts; a job-array merge reloads the folder and compares
 * the files' SHA-256 with the ones the partials recorded.
 *
 * @param folder the folder as given ({@code --params}), or null for the shipped baseline
 * @param files  relative path → file text; empty for the shipped baseline
 */
public record ParameterSource(String folder, Map<String, String> files) implements Serializable {

    /** Files a parameter folder may hold beside {@code scenarios/}. */
    private static final String[] TOP_FILES = {ParameterFiles.PARAMETERS, ParameterFiles.REGIONS};

    public ParameterSource {
        Objects.requireNonNull(files, "files");
        if (folder == null && !files.isEmpty()) {
            throw new IllegalArgumentException("the shipped baseline carries no files");
        }
        files = Collections.unmodifiableMap(new TreeMap<>(files));
    }

    /** The shipped baseline. */
    public static ParameterSource shipped() {
        return new ParameterSource(null, Map.of());
    }

    /**
     * The files of {@code folder} (null: the shipped baseline), read now. Missing files are left
     * out: loading the folder reports them with a better message.
     */
    public static ParameterSource of(Path folder) {
        if (folder == null) {
            return shipped();
        }
        Map<String, String> texts = new TreeMap<>();
        for (String f : TOP_FILES) {
            readInto(texts, folder, f);
        }
        Path scenarios = folder.resolve(ParameterFiles.SCENARIOS);
        if (Files.isDirectory(scenarios)) {
            try (DirectoryStream<Path> ds = Files.newDirectoryStream(scenarios, "*.yaml")) {
                for (Path p : ds) {
                    readInto(texts, folder, ParameterFiles.SCENARIOS + "/" + p.getFileName());
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + scenarios + ": " + e.getMessage(), e);
            }
        }
        return new ParameterSource(folder.toString(), texts);
    }

    /** True for the shipped baseline. */
    public boolean isShipped() {
        return folder == null;
    }

    /** The set with {@code scenario} applied, loaded from the folder as given (or the shipped baseline). */
    public ParameterSet load(String scenario) {
        ParameterSet base = folder == null ? ParameterLoader.loadBuiltIn(EuroMeshInputs.SCHEMA)
                : ParameterLoader.load(Path.of(folder), EuroMeshInputs.SCHEMA);
        return ParameterLoader.scenario(base, scenario);
    }

    /**
     * The set rebuilt from the carried texts, wherever this JVM runs (a Spark executor has no
     * access to the driver's folder): the texts go to a temporary folder of the same layout, which
     * is loaded and deleted. Only the model built from it is used, never its folder name.
     */
    public ParameterSet loadDetached(String scenario) {
        if (folder == null) {
            return load(scenario);
        }
        Path tmp = null;
        try {
            tmp = Files.createTempDirectory("euromesh-params");
            for (Map.Entry<String, String> e : files.entrySet()) {
                Path p = tmp.resolve(e.getKey());
                Files.createDirectories(p.getParent());
                Files.writeString(p, e.getValue(), StandardCharsets.UTF_8);
            }
            return ParameterLoader.scenario(ParameterLoader.load(tmp, EuroMeshInputs.SCHEMA), scenario);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot stage the run's parameter files: " + e.getMessage(), e);
        } finally {
            if (tmp != null) {
                deleteTree(tmp);
            }
        }
    }

    /** Relative path → SHA-256 (hex) of every carried file. */
    public Map<String, String> sha256() {
        Map<String, String> h = new TreeMap<>();
        files.forEach((k, v) -> h.put(k, sha256Hex(v.getBytes(StandardCharsets.UTF_8))));
        return h;
    }

    static String sha256Hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static void readInto(Map<String, String> texts, Path folder, String relative) {
        Path p = folder.resolve(relative);
        if (!Files.isRegularFile(p)) {
            return;
        }
        try {
            texts.put(relative, Files.readString(p, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + p + ": " + e.getMessage(), e);
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // Best effort: a leftover temporary copy of parameter files is harmless.
        }
    }
}
