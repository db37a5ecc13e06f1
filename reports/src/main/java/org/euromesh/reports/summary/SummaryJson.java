package org.euromesh.reports.summary;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * {@link Summary} to and from JSON.
 *
 * <p>Conventions: keys in record-component order (fixed by the code, so the same run gives the
 * same bytes); two-space indentation and {@code \n} line ends on every platform; doubles in
 * shortest round-trip form; non-finite doubles as the JSON strings {@code "Infinity"},
 * {@code "-Infinity"} and {@code "NaN"} (JSON has no such numbers). {@code +Infinity} in a
 * percentile of a time means "after 2049". Absent values (a VALUE output's probability, a fixed-N
 * run's precision) are {@code null}.
 */
public final class SummaryJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonWriteFeature.WRITE_NAN_AS_STRINGS)
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private static final DefaultPrettyPrinter PRINTER = new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"));

    private SummaryJson() {
    }

    /** Pretty-printed JSON, ending with a newline. */
    public static String write(Summary s) {
        try {
            return MAPPER.writer(PRINTER).writeValueAsString(s) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise summary: " + e.getMessage(), e);
        }
    }

    /**
     * Reads a summary written by {@link #write}. A missing or unreadable file, malformed JSON, a
     * JSON that is not a EuroMesh summary, a format version other than 2 or 3, or a missing or bad
     * field throws {@link IllegalArgumentException} naming the file, the field and what was expected.
     * A version-2 summary (before the decision sections were stored) reads as version 3 without them.
     */
    public static Summary read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException(file + ": no such file; expected a summary.json written by 'euromesh run'");
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": cannot read: " + e.getMessage(), e);
        }
        return parse(text, file.toString());
    }

    /** {@link #read} for text in memory; {@code origin} names it in errors. */
    public static Summary parse(String text, String origin) {
        String expected = "expected a summary.json written by 'euromesh run' (\"format\": \"" + Summary.FORMAT
                + "\", \"formatVersion\": " + Summary.FORMAT_VERSION + ")";
        JsonNode tree;
        try {
            tree = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(origin + ": malformed JSON at line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage() + "; " + expected, e);
        }
        if (tree == null || !tree.isObject() || !Summary.FORMAT.equals(tree.path("format").asText(null))) {
            throw new IllegalArgumentException(origin + ": not a EuroMesh summary; " + expected);
        }
        JsonNode v = tree.path("formatVersion");
        if (!v.isInt() || v.intValue() > Summary.FORMAT_VERSION || v.intValue() < Summary.OLDEST_READABLE_VERSION) {
            String which = !v.isInt() ? "" : v.intValue() > Summary.FORMAT_VERSION
                    ? " (newer than this euromesh: read it with the euromesh that wrote it)"
                    : " (older than this euromesh reads: rerun 'euromesh run', or 'euromesh check --update' for a baseline)";
            throw new IllegalArgumentException(origin + ": unsupported summary format version " + v + which
                    + "; this euromesh reads versions " + Summary.OLDEST_READABLE_VERSION + " to " + Summary.FORMAT_VERSION);
        }
        if (v.intValue() == 2) {
            // Version 2 is version 3 without the decision sections (run computed them but did not store
            // them): read it as a version-3 summary that has none, so 'report' rebuilds it without them.
            if (tree.has("decision")) {
                throw new IllegalArgumentException(origin + ": bad summary at field 'decision': a version-2 summary has "
                        + "no decision section; " + expected);
            }
            ((ObjectNode) tree).put("formatVersion", Summary.FORMAT_VERSION);
            ((ObjectNode) tree).putNull("decision");
        }
        try {
            return MAPPER.treeToValue(tree, Summary.class);
        } catch (JsonProcessingException | RuntimeException e) {
            // A record's own check (e.g. a box that does not match its restrictions) says it best.
            Throwable why = e instanceof JsonMappingException && e.getCause() instanceof IllegalArgumentException
                    ? e.getCause() : e;
            String msg = why instanceof JsonProcessingException j ? j.getOriginalMessage() : why.getMessage();
            String where = e instanceof JsonMappingException j && !j.getPath().isEmpty()
                    ? " at field '" + field(j.getPath()) + "'" : "";
            String what = firstLine(msg).replaceFirst("^Missing creator property '([^']*)'.*", "missing field '$1'");
            throw new IllegalArgumentException(origin + ": bad summary" + where + ": " + what + "; " + expected, e);
        }
    }

    /** The JSON path of a mapping error as the file spells it: {@code decision.targets[0].prim}. */
    private static String field(List<JsonMappingException.Reference> path) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference r : path) {
            if (r.getFieldName() != null) {
                sb.append(sb.isEmpty() ? "" : ".").append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                sb.append('[').append(r.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int i = s.indexOf('\n');
        return i < 0 ? s : s.substring(0, i);
    }
}
