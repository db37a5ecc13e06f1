package org.euromesh.params;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.euromesh.distributions.Confidence;
import org.euromesh.distributions.ConfidencePolicy;

/**
 * Reads {@code regions.csv} (docs/MODEL.md §3 per-region table). Lead times are PERT(low, central,
 * high); accessible MW, price and carbon are centrals given the confidence policy (docs/MODEL.md says
 * so). Each quantity carries its own source and confidence columns.
 */
final class RegionTableReader {

    static final List<String> COLUMNS = List.of(
            "region",
            "lead_medium_low", "lead_medium_central", "lead_medium_high", "lead_medium_source", "lead_medium_confidence",
            "lead_1gw_low", "lead_1gw_central", "lead_1gw_high", "lead_1gw_source", "lead_1gw_confidence",
            "accessible_mw", "accessible_mw_source", "accessible_mw_confidence",
            "price_eur_per_mwh", "price_source", "price_confidence",
            "carbon_g_per_kwh", "carbon_source", "carbon_confidence");

    private RegionTableReader() {
    }

    static List<Region> read(String file, String text, ConfidencePolicy policy, ParameterSchema schema) {
        CsvTable table = CsvTable.parse(file, text);
        CsvTable.Row header = table.header();
        SourceLocation headerAt = new SourceLocation(file, header.line());
        Map<String, Integer> col = new HashMap<>();
        for (int i = 0; i < header.fields().size(); i++) {
            String name = header.fields().get(i);
            if (!COLUMNS.contains(name)) {
                throw new ParameterException(headerAt, name, "unknown column '" + name + "'; expected " + COLUMNS);
            }
            if (col.put(name, i) != null) {
                throw new ParameterException(headerAt, name, "duplicate column '" + name + "'");
            }
        }
        for (String c : COLUMNS) {
            if (!col.containsKey(c)) {
                throw new ParameterException(headerAt, c, "missing column '" + c + "'");
            }
        }
        if (table.rows().isEmpty()) {
            throw new ParameterException(headerAt, null, "no regions: expected at least one row after the header");
        }
        List<Region> regions = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (CsvTable.Row row : table.rows()) {
            SourceLocation at = new SourceLocation(file, row.line());
            if (row.fields().size() != COLUMNS.size()) {
                throw new ParameterException(at, null, "expected " + COLUMNS.size() + " columns, found "
                        + row.fields().size() + " (quote fields that contain commas)");
            }
            Cells cells = new Cells(row, col, at);
            String name = cells.text("region", "region");
            if (!name.matches("[a-z0-9_]+")) {
                throw new ParameterException(at, "region." + name, "region names must be lower_snake_case");
            }
            if (!seen.add(name)) {
                throw new ParameterException(at, "region." + name, "duplicate region '" + name + "'");
            }
            String p = "region." + name + ".";
            regions.add(new Region(name,
                    lead(cells, p + "lead_medium", "lead_medium", policy, schema),
                    lead(cells, p + "lead_1gw", "lead_1gw", policy, schema),
                    central(cells, p + "accessible_mw", "accessible_mw", "accessible_mw", policy, schema),
                    central(cells, p + "price", "price_eur_per_mwh", "price", policy, schema),
                    central(cells, p + "carbon", "carbon_g_per_kwh", "carbon", policy, schema)));
        }
        return regions;
    }

    private static Parameter lead(Cells c, String param, String column, ConfidencePolicy policy,
                                  ParameterSchema schema) {
        double low = c.number(column + "_low", param);
        double central = c.number(column + "_central", param);
        double high = c.number(column + "_high", param);
        if (low < 0) {
            throw new ParameterException(c.at, param, "negative lead time " + Specs.show(low) + "; expected >= 0 years");
        }
        if (low > high) {
            throw new ParameterException(c.at, param, "low " + Specs.show(low) + " > high " + Specs.show(high));
        }
        if (central < low || central > high) {
            throw new ParameterException(c.at, param, "central " + Specs.show(central) + " is outside [low, high] = ["
                    + Specs.show(low) + ", " + Specs.show(high) + "]");
        }
        String spec = low == high ? "fixed"
                : "pert(" + Specs.num(low) + ", " + Specs.num(central) + ", " + Specs.num(high) + ")";
        return ParameterBuilder.build(schema, param, schema.lookup(param).unit(), central, spec, c.text(column + "_source", param),
                c.confidence(column + "_confidence", param), c.at, policy);
    }

    private static Parameter central(Cells c, String param, String column, String prefix, ConfidencePolicy policy,
                                     ParameterSchema schema) {
        return ParameterBuilder.build(schema, param, schema.lookup(param).unit(), c.number(column, param), null,
                c.text(prefix + "_source", param), c.confidence(prefix + "_confidence", param), c.at, policy);
    }

    /** One row's cells by column name. */
    private record Cells(CsvTable.Row row, Map<String, Integer> col, SourceLocation at) {

        String text(String column, String param) {
            String s = row.fields().get(col.get(column));
            if (s.isBlank()) {
                throw new ParameterException(at, param, "column '" + column + "' is empty");
            }
            return s;
        }

        double number(String column, String param) {
            String s = text(column, param);
            try {
                double v = Double.parseDouble(s);
                if (Double.isFinite(v)) {
                    return v;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new ParameterException(at, param, "column '" + column + "' must be a finite number, got '" + s + "'");
        }

        Confidence confidence(String column, String param) {
            return ParameterBuilder.confidence(text(column, param), at, param);
        }
    }
}
