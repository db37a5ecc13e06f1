package org.euromesh.params;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Entry point of the params module: loads a parameter folder (the shipped baseline, or a
 * user's copy with the same file names) into an immutable, fully validated {@link ParameterSet},
 * and applies named scenario overlays. Any bad input throws {@link ParameterException} naming
 * file, line and parameter; nothing is returned half-loaded.
 */
public final class ParameterLoader {

    public static final String BASELINE = "baseline";

    private ParameterLoader() {
    }

    /** The baseline shipped in the jar ({@code org/euromesh/params/baseline/}), checked against {@code schema}. */
    public static ParameterSet loadBuiltIn(ParameterSchema schema) {
        return QuantileTables.build(BaselineReader.read(null, Objects.requireNonNull(schema, "schema")));
    }

    /**
     * A user's folder: {@code parameters.yaml}, {@code regions.csv}, optional {@code scenarios/},
     * checked against {@code schema} (the model's declaration of what it reads).
     */
    public static ParameterSet load(Path dir, ParameterSchema schema) {
        Objects.requireNonNull(dir, "dir");
        Objects.requireNonNull(schema, "schema");
        if (!Files.isDirectory(dir)) {
            throw new ParameterException(new SourceLocation(dir.toString(), 0), null,
                    "not a folder" + (Files.exists(dir) ? "" : " (it does not exist)")
                            + "; expected a parameter folder ('euromesh params --export DIR' creates one)");
        }
        if (Files.exists(dir.resolve(ParameterFiles.scenarioFile(BASELINE)))) {
            // 'baseline' is the folder's own parameters.yaml and regions.csv: an overlay of that
            // name would never be applied, and ignoring it silently misleads.
            throw new ParameterException(new SourceLocation(dir.resolve(ParameterFiles.scenarioFile(BASELINE)).toString(), 0),
                    null, "'baseline' is the name of the folder's own parameters.yaml and regions.csv, so this overlay "
                            + "would never be applied; rename it (e.g. scenarios/my-baseline.yaml, then --scenario my-baseline)");
        }
        return QuantileTables.build(BaselineReader.read(dir, schema));
    }

    /**
     * {@code base} with the named overlay applied. {@code baseline} returns {@code base} itself.
     * The overlay is looked up in the set's folder's {@code scenarios/} first, then among the
     * shipped ones, so a user can override a shipped scenario by name.
     */
    public static ParameterSet scenario(ParameterSet base, String name) {
        Objects.requireNonNull(name, "name");
        if (name.equals(BASELINE)) {
            return base;
        }
        if (!name.matches("[A-Za-z0-9_.-]+")) {
            throw new ParameterException(new SourceLocation(ParameterFiles.SCENARIOS, 0), null,
                    "scenario '" + name + "': names may use letters, digits, '_', '-' and '.'");
        }
        String rel = ParameterFiles.scenarioFile(name);
        Path folder = base.folder();
        String text = folder == null ? null : ParameterFiles.readIfExists(folder, rel);
        if (text == null) {
            folder = null;
            text = ParameterFiles.readBuiltIn(rel);
        }
        if (text == null) {
            throw new ParameterException(new SourceLocation(ParameterFiles.display(base.folder(), rel), 0), null,
                    "unknown scenario '" + name + "'; known: " + scenarioNames(base));
        }
        return QuantileTables.build(ScenarioOverlay.apply(base, name, ParameterFiles.display(folder, rel), text));
    }

    /** An overlay file anywhere on disk applied to {@code base}; the scenario is named after the file. */
    public static ParameterSet applyOverlay(ParameterSet base, Path overlayFile) {
        String fileName = overlayFile.getFileName().toString();
        String name = fileName.endsWith(".yaml") ? fileName.substring(0, fileName.length() - 5) : fileName;
        if (!Files.isRegularFile(overlayFile)) {
            throw new ParameterException(new SourceLocation(overlayFile.toString(), 0), null,
                    Files.exists(overlayFile) ? "is a folder; expected a scenario overlay file" : "no such file");
        }
        return QuantileTables.build(ScenarioOverlay.apply(base, name, overlayFile.toString(),
                ParameterFiles.readText(overlayFile)));
    }

    /** {@code baseline}, the shipped scenarios, then any extra overlays in the set's folder. */
    public static List<String> scenarioNames(ParameterSet set) {
        List<String> names = new ArrayList<>();
        names.add(BASELINE);
        names.addAll(ParameterFiles.BUILT_IN_SCENARIOS);
        if (set.folder() != null) {
            Path dir = set.folder().resolve(ParameterFiles.SCENARIOS);
            if (Files.isDirectory(dir)) {
                List<String> extra = new ArrayList<>();
                try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.yaml")) {
                    for (Path f : files) {
                        String n = f.getFileName().toString();
                        extra.add(n.substring(0, n.length() - ".yaml".length()));
                    }
                } catch (IOException e) {
                    throw new ParameterException(new SourceLocation(dir.toString(), 0), null,
                            "unreadable folder: " + e.getMessage());
                }
                extra.sort(null);
                extra.stream().filter(n -> !names.contains(n)).forEach(names::add);
            }
        }
        return List.copyOf(names);
    }
}
