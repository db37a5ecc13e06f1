/**
 * The sourced parameter set of EuroMesh MC (docs/MODEL.md), loaded from human-editable files into
 * immutable, validated records.
 *
 * <p>A parameter folder holds {@code parameters.yaml} (scalars, framing, confidence policy,
 * targets, correlation, scorecard weights), {@code regions.csv} (the per-region table) and
 * {@code scenarios/<name>.yaml} (overlays). The shipped baseline is on the classpath
 * ({@code org/euromesh/params/baseline/}); {@link org.euromesh.params.ParameterFiles#copyBuiltInTo}
 * exports it for a user to edit. Each file's header comment documents its format.
 *
 * <p>Entry points: {@link org.euromesh.params.ParameterLoader} (load, apply a scenario, list
 * scenarios) and {@link org.euromesh.params.ParameterTable} (one printable row per parameter).
 * Every problem in a file is a {@link org.euromesh.params.ParameterException} naming file, line
 * and parameter; a set is never returned half-validated. Overlay semantics are described on
 * {@code ScenarioOverlay} and in the header of every scenario file.
 */
package org.euromesh.params;
