package org.euromesh.distributions;

/** A correlation matrix that cannot drive a Gaussian copula; the message names the offending entry. */
public final class InvalidCorrelationException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public InvalidCorrelationException(String message) {
        super(message);
    }
}
