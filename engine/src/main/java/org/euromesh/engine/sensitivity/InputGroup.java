package org.euromesh.engine.sensitivity;

import java.util.List;
import java.util.Objects;

/**
 * Inputs treated as one factor by the variance-based indices: the group's first-order index is
 * the share of variance explained by the group's inputs jointly (their interactions with each
 * other included), its total index everything the group touches.
 *
 * @param name   label, e.g. {@code DiLoCo efficiency}
 * @param inputs member input names (fixed members contribute nothing and are ignored)
 */
public record InputGroup(String name, List<String> inputs) {

    public InputGroup {
        Objects.requireNonNull(name, "name");
        inputs = List.copyOf(inputs);
        if (name.isBlank()) {
            throw new IllegalArgumentException("group name must not be blank");
        }
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("group '" + name + "' has no inputs");
        }
        if (inputs.stream().distinct().count() != inputs.size()) {
            throw new IllegalArgumentException("group '" + name + "' lists an input twice: " + inputs);
        }
    }

    public static InputGroup of(String name, String... inputs) {
        return new InputGroup(name, List.of(inputs));
    }
}
