package org.euromesh.params;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a model reads from a parameter folder, declared once by the model: every scalar by name
 * with the unit the files must state and its physical range, and the same for each column of the
 * region table. The loader checks a folder against it (an unknown or missing name is an error
 * naming the file and line), and the model binds its input vector to the loaded set by these
 * names. This module knows no model: the schema is handed in.
 *
 * <p>A scalar is either <em>sampled</em> (an input of the model's vector: uncertain, or fixed at
 * a constant) or a <em>setting</em> (read once, never sampled, so it must be fixed: e.g. a
 * horizon). Build with {@link #builder()}; immutable.
 */
public final class ParameterSchema {

    /**
     * One declared parameter.
     *
     * @param name     the key in the files ({@code alpha0}), or a region column ({@code lead_medium})
     * @param unit     the unit the file must state, {@code "-"} for dimensionless
     * @param quantity its physical range
     * @param sampled  true for an input of the model's vector; false for a setting or a column the
     *                 model loads but does not sample
     * @param index    for a sampled scalar its slot in the vector; for a sampled region column its
     *                 offset within a region's stride; -1 otherwise
     */
    public record Entry(String name, String unit, Quantity quantity, boolean sampled, int index) {

        public Entry {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(unit, "unit");
            Objects.requireNonNull(quantity, "quantity");
        }
    }

    private final Map<String, Entry> scalars;
    private final Map<String, Entry> regionColumns;
    private final List<String> sampledScalars;
    private final List<String> sampledRegionColumns;

    private ParameterSchema(Map<String, Entry> scalars, Map<String, Entry> regionColumns) {
        this.scalars = Collections.unmodifiableMap(new LinkedHashMap<>(scalars));
        this.regionColumns = Collections.unmodifiableMap(new LinkedHashMap<>(regionColumns));
        this.sampledScalars = scalars.values().stream().filter(Entry::sampled).map(Entry::name).toList();
        this.sampledRegionColumns = regionColumns.values().stream().filter(Entry::sampled).map(Entry::name).toList();
        for (String c : Region.COLUMNS) {
            if (!regionColumns.containsKey(c)) {
                throw new IllegalArgumentException("schema declares no unit for region column '" + c
                        + "'; the region table has " + Region.COLUMNS);
            }
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Every scalar a parameter file must hold, in declaration order. */
    public List<String> scalarNames() {
        return List.copyOf(scalars.keySet());
    }

    /** The scalars that are inputs of the model's vector, in vector order. */
    public List<String> sampledScalars() {
        return sampledScalars;
    }

    /** The region columns sampled per region, in stride order. */
    public List<String> sampledRegionColumns() {
        return sampledRegionColumns;
    }

    /** The declared scalar, or null. */
    public Entry scalar(String name) {
        return scalars.get(name);
    }

    /** The declared region column (e.g. {@code lead_medium}), or null. */
    public Entry regionColumn(String column) {
        return regionColumns.get(column);
    }

    /** The entry of a scalar or of a {@code region.<name>.<column>} parameter, or null. */
    public Entry lookup(String parameterName) {
        Entry e = scalars.get(parameterName);
        if (e == null && parameterName.startsWith("region.")) {
            e = regionColumns.get(parameterName.substring(parameterName.lastIndexOf('.') + 1));
        }
        return e;
    }

    /** What a message about an unknown name lists. */
    String expected() {
        return scalarNames() + " or region.<name>." + regionColumns.keySet();
    }

    /**
     * Declares a model's parameters in order. Each {@code sampled...} call returns the slot the
     * parameter takes, so a model can keep its index constants next to the declarations.
     */
    public static final class Builder {

        private final Map<String, Entry> scalars = new LinkedHashMap<>();
        private final Map<String, Entry> regionColumns = new LinkedHashMap<>();
        private final List<String> order = new ArrayList<>();
        private int nextScalar;
        private int nextColumn;

        private Builder() {
        }

        /** A scalar input of the model's vector; returns its slot. */
        public int sampled(String name, String unit, Quantity quantity) {
            put(scalars, new Entry(name, unit, quantity, true, nextScalar));
            return nextScalar++;
        }

        /** A scalar read once and never sampled (it must be fixed). */
        public Builder setting(String name, String unit, Quantity quantity) {
            put(scalars, new Entry(name, unit, quantity, false, -1));
            return this;
        }

        /** A region column sampled for every region; returns its offset within a region's stride. */
        public int sampledRegionColumn(String column, String unit, Quantity quantity) {
            put(regionColumns, new Entry(column, unit, quantity, true, nextColumn));
            return nextColumn++;
        }

        /** A region column the table must hold and the loader validates, but the model does not sample. */
        public Builder loadedRegionColumn(String column, String unit, Quantity quantity) {
            put(regionColumns, new Entry(column, unit, quantity, false, -1));
            return this;
        }

        private void put(Map<String, Entry> into, Entry e) {
            if (order.contains(e.name())) {
                throw new IllegalArgumentException("parameter '" + e.name() + "' declared twice");
            }
            if (into == regionColumns && !Region.COLUMNS.contains(e.name())) {
                throw new IllegalArgumentException("unknown region column '" + e.name() + "'; the region table has "
                        + Region.COLUMNS);
            }
            order.add(e.name());
            into.put(e.name(), e);
        }

        public ParameterSchema build() {
            return new ParameterSchema(scalars, regionColumns);
        }
    }
}
