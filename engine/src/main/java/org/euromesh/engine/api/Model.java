package org.euromesh.engine.api;

/**
 * Anything the sampler can run: named, distributed inputs in, a fixed vector of outputs out.
 * The sampler knows nothing of any particular model; toy models with closed-form answers test it.
 *
 * <p>A model is immutable and shareable between threads; each worker asks for its own
 * {@link Evaluator}, which may hold scratch arrays so that evaluation allocates nothing.
 */
public interface Model {

    /** The inputs, their distributions and rank correlation. */
    InputSpace inputs();

    /** The outputs, in the order {@link Evaluator#evaluate} writes them. */
    java.util.List<OutputSpec> outputs();

    /** A new evaluator with private scratch space; one per worker thread. */
    Evaluator newEvaluator();

    /** Evaluates the model on one input vector. Must not allocate: it runs millions of times. */
    interface Evaluator {

        /**
         * @param inputs  one value per {@link InputSpace} input, in its order (read only)
         * @param outputs one slot per {@link OutputSpec}, overwritten
         */
        void evaluate(double[] inputs, double[] outputs);
    }
}
