package org.euromesh.reports.summary;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

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
     * JSON that is not a EuroMesh summary, another format version or a missing field throws
     * {@link IllegalArgumentException} naming the file and what was expected.
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
        if (!v.isInt() || v.intValue() != Summary.FORMAT_VERSION) {
            throw new IllegalArgumentException(origin + ": unsupported summary format version " + v
                    + "; this is euromesh reading version " + Summary.FORMAT_VERSION
                    + " (rerun 'euromesh run', or 'euromesh check --update' for a baseline)");
        }
        try {
            return MAPPER.treeToValue(tree, Summary.class);
        } catch (JsonProcessingException | RuntimeException e) {
            String msg = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
            String where = e instanceof com.fasterxml.jackson.databind.JsonMappingException j ? " at " + j.getPathReference() : "";
            throw new IllegalArgumentException(origin + ": bad summary" + where + ": " + firstLine(msg) + "; " + expected, e);
        }
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int i = s.indexOf('\n');
        return i < 0 ? s : s.substring(0, i);
    }
}
