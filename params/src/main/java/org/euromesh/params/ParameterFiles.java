package org.euromesh.params;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The files of a parameter folder: {@code parameters.yaml}, {@code regions.csv} and
 * {@code scenarios/<name>.yaml}. The shipped baseline lives on the classpath under
 * {@code org/euromesh/params/baseline/}; a user's folder has the same layout.
 */
public final class ParameterFiles {

    public static final String PARAMETERS = "parameters.yaml";
    public static final String REGIONS = "regions.csv";
    public static final String SCENARIOS = "scenarios";
    /** The overlays shipped with the project (docs/MODEL.md §5), in the order reports list them. */
    public static final List<String> BUILT_IN_SCENARIOS = List.of("optimistic", "pessimistic", "medium-sites-only", "institutional", "mixture");

    private static final String RESOURCE_ROOT = "/org/euromesh/params/baseline/";
    private static final String BUILT_IN_LABEL = "<built-in>/";

    private ParameterFiles() {
    }

    /** Every shipped file, relative to the folder root. */
    public static List<String> builtInFiles() {
        List<String> files = new ArrayList<>(List.of(PARAMETERS, REGIONS));
        BUILT_IN_SCENARIOS.forEach(s -> files.add(scenarioFile(s)));
        return files;
    }

    static String scenarioFile(String name) {
        return SCENARIOS + "/" + name + ".yaml";
    }

    /**
     * Writes a copy of the shipped baseline into {@code dir} (created if needed) for a user to
     * edit. Refuses, before writing anything, if any of the files already exists, so a user's
     * edits are never overwritten.
     *
     * @return the files written
     */
    public static List<Path> copyBuiltInTo(Path dir) throws IOException {
        List<Path> targets = new ArrayList<>();
        for (String f : builtInFiles()) {
            Path p = dir.resolve(f);
            if (Files.exists(p)) {
                throw new FileAlreadyExistsException(p.toString(), null, "refusing to overwrite an existing parameter file");
            }
            targets.add(p);
        }
        List<String> files = builtInFiles();
        for (int i = 0; i < files.size(); i++) {
            Files.createDirectories(targets.get(i).getParent());
            Files.writeString(targets.get(i), readBuiltIn(files.get(i)), StandardCharsets.UTF_8);
        }
        return List.copyOf(targets);
    }

    /** The text of a shipped file, or null if there is none. */
    static String readBuiltIn(String relative) {
        try (InputStream in = ParameterFiles.class.getResourceAsStream(RESOURCE_ROOT + relative)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How a file is named in messages: its path, or {@code <built-in>/<file>}. */
    static String display(Path folder, String relative) {
        return folder == null ? BUILT_IN_LABEL + relative : folder.resolve(relative).toString();
    }

    /**
     * The text of a file of {@code folder} (null = built-in), or null if it does not exist. A file
     * that exists but cannot be read is reported as unreadable (never as missing); a UTF-8
     * byte-order mark, as spreadsheet programs write it, is dropped.
     */
    static String readIfExists(Path folder, String relative) {
        if (folder == null) {
            return readBuiltIn(relative);
        }
        Path p = folder.resolve(relative);
        if (!Files.isRegularFile(p)) {
            if (Files.exists(p)) {
                throw new ParameterException(new SourceLocation(p.toString(), 0), null, "is a folder; expected a file");
            }
            Path parent = p.getParent();
            if (parent != null && Files.isDirectory(parent) && !(Files.isReadable(parent) && Files.isExecutable(parent))) {
                throw new ParameterException(new SourceLocation(p.toString(), 0), null,
                        "unreadable: the folder " + parent + " cannot be read (permission denied)");
            }
            return null;
        }
        return readText(p);
    }

    /** A user's text file, as UTF-8 without a byte-order mark; read errors as {@link ParameterException}. */
    static String readText(Path p) {
        try {
            return withoutBom(Files.readString(p, StandardCharsets.UTF_8));
        } catch (java.nio.file.AccessDeniedException e) {
            throw new ParameterException(new SourceLocation(p.toString(), 0), null, "unreadable (permission denied)");
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new ParameterException(new SourceLocation(p.toString(), 0), null,
                    "not UTF-8 text; save it as UTF-8 (in a spreadsheet program: 'CSV UTF-8')");
        } catch (IOException e) {
            throw new ParameterException(new SourceLocation(p.toString(), 0), null, "unreadable: " + e.getMessage());
        }
    }

    /** Drops a leading UTF-8 byte-order mark (U+FEFF). */
    static String withoutBom(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** Like {@link #readIfExists} but a missing file is a {@link ParameterException}. */
    static String read(Path folder, String relative) {
        String text = readIfExists(folder, relative);
        if (text == null) {
            throw new ParameterException(new SourceLocation(display(folder, relative), 0), null,
                    "missing file; a parameter folder holds " + PARAMETERS + ", " + REGIONS + " and " + SCENARIOS
                            + "/ ('euromesh params --export DIR' writes a complete copy to start from)");
        }
        return text;
    }
}
