package org.euromesh.params;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A YAML mapping read through snakeyaml's node API, so every value keeps its line for error
 * messages. Duplicate keys are rejected here: snakeyaml's composer keeps them silently.
 * Scalars are read as text and converted by us (YAML 1.1 would read {@code 8e9} as a string).
 */
final class YamlMap {

    private final String file;
    private final Map<String, NodeTuple> entries;
    /** Where the mapping is named (its key's line), for errors about the mapping as a whole. */
    private final SourceLocation at;

    private YamlMap(String file, Map<String, NodeTuple> entries, SourceLocation at) {
        this.file = file;
        this.entries = entries;
        this.at = at;
    }

    /** Parses a whole document, which must be a mapping. */
    static YamlMap parse(String file, String text) {
        Node root;
        try {
            root = new Yaml(new LoaderOptions()).compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            Mark m = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            int line = m == null ? 0 : m.getLine() + 1;
            throw new ParameterException(new SourceLocation(file, line), null,
                    "not valid YAML: " + e.getProblem());
        } catch (YAMLException e) {
            throw new ParameterException(new SourceLocation(file, 0), null, "not valid YAML: " + e.getMessage());
        }
        if (root == null) {
            throw new ParameterException(new SourceLocation(file, 1), null, "the file is empty; expected a YAML mapping");
        }
        return of(file, root, null);
    }

    /** Views {@code n} as a mapping; {@code param} names what it describes in errors. */
    static YamlMap of(String file, Node n, String param) {
        if (!(n instanceof MappingNode m)) {
            throw new ParameterException(location(file, n), param, "expected a mapping of key: value lines");
        }
        Map<String, NodeTuple> entries = new LinkedHashMap<>();
        for (NodeTuple t : m.getValue()) {
            String key = text(file, t.getKeyNode(), param);
            if (entries.putIfAbsent(key, t) != null) {
                throw new ParameterException(location(file, t.getKeyNode()), param == null ? key : param,
                        "duplicate key '" + key + "' (first at line "
                                + location(file, entries.get(key).getKeyNode()).line() + ")");
            }
        }
        return new YamlMap(file, entries, location(file, n));
    }

    private YamlMap at(SourceLocation where) {
        return new YamlMap(file, entries, where);
    }

    static SourceLocation location(String file, Node n) {
        return new SourceLocation(file, n == null ? 0 : n.getStartMark().getLine() + 1);
    }

    String file() {
        return file;
    }

    SourceLocation location() {
        return at;
    }

    SourceLocation location(Node n) {
        return location(file, n);
    }

    /** Where a key is written, for errors about its value as a whole. */
    SourceLocation keyLocation(String key) {
        NodeTuple t = entries.get(key);
        return t == null ? at : location(file, t.getKeyNode());
    }

    Set<String> keys() {
        return entries.keySet();
    }

    boolean has(String key) {
        return entries.containsKey(key);
    }

    Node get(String key) {
        NodeTuple t = entries.get(key);
        return t == null ? null : t.getValueNode();
    }

    /**
     * Rejects keys outside {@code allowed} and reports the first of {@code required} missing.
     * {@code param} names the parameter these keys describe (null for sections).
     */
    YamlMap expectKeys(String param, Collection<String> required, Collection<String> allowed) {
        for (Map.Entry<String, NodeTuple> e : entries.entrySet()) {
            if (!allowed.contains(e.getKey())) {
                throw new ParameterException(location(e.getValue().getKeyNode()), param == null ? e.getKey() : param,
                        "unknown key '" + e.getKey() + "'; expected one of " + allowed);
            }
        }
        for (String r : required) {
            if (!entries.containsKey(r)) {
                throw new ParameterException(location(), param == null ? r : param, "missing key '" + r + "'");
            }
        }
        return this;
    }

    YamlMap map(String key, String param) {
        return of(file, require(key, param), param).at(keyLocation(key));
    }

    Node require(String key, String param) {
        Node n = get(key);
        if (n == null) {
            throw new ParameterException(location(), param == null ? key : param, "missing key '" + key + "'");
        }
        return n;
    }

    String string(String key, String param) {
        String s = text(file, require(key, param), param);
        if (s.isBlank()) {
            throw new ParameterException(location(get(key)), param, "'" + key + "' is empty");
        }
        return s.trim();
    }

    double number(String key, String param) {
        return number(file, require(key, param), param, key);
    }

    static String text(String file, Node n, String param) {
        if (!(n instanceof ScalarNode s)) {
            throw new ParameterException(location(file, n), param, "expected a single value, found a "
                    + (n instanceof SequenceNode ? "list" : "mapping"));
        }
        return s.getValue();
    }

    static double number(String file, Node n, String param, String what) {
        String s = text(file, n, param).trim();
        try {
            double v = Double.parseDouble(s.replace("_", ""));
            if (Double.isFinite(v)) {
                return v;
            }
        } catch (NumberFormatException e) {
            // fall through to the error below
        }
        throw new ParameterException(location(file, n), param, "'" + what + "' must be a finite number, got '" + s + "'");
    }

    static List<Node> list(String file, Node n, String param) {
        if (!(n instanceof SequenceNode s)) {
            throw new ParameterException(location(file, n), param, "expected a list");
        }
        return new ArrayList<>(s.getValue());
    }

    boolean bool(String key, String param) {
        String s = text(file, require(key, param), param).trim();
        return switch (s.toLowerCase(java.util.Locale.ROOT)) {
            case "true", "yes", "on" -> true;
            case "false", "no", "off" -> false;
            default -> throw new ParameterException(location(get(key)), param, "expected true or false, got '" + s + "'");
        };
    }
}
