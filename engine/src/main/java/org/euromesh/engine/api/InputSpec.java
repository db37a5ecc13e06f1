package org.euromesh.engine.api;

import java.util.Objects;
import org.euromesh.distributions.Distribution;

/** One model input: a name (unique within its space) and the distribution it is drawn from. */
public record InputSpec(String name, Distribution distribution) {

    public InputSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(distribution, "distribution");
    }
}
