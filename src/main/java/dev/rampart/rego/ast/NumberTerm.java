package dev.rampart.rego.ast;

import dev.rampart.rego.Location;
import java.math.BigDecimal;

/**
 * A number literal, kept as written (OPA keeps the source text so that big integers and decimals lose
 * nothing). Two numbers are equal when their values are, whatever their spelling ({@code 1} and {@code 1.0}).
 */
public record NumberTerm(String text, Location location) implements Term {

    /** The exact value. */
    public BigDecimal decimal() {
        return new BigDecimal(text);
    }

    /** True when the value has no fractional part ({@code 1}, {@code 1.0}, {@code 1e3}). */
    public boolean isInteger() {
        BigDecimal d = decimal();
        return d.signum() == 0 || d.stripTrailingZeros().scale() <= 0;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NumberTerm n && (n.text.equals(text) || n.decimal().compareTo(decimal()) == 0);
    }

    @Override
    public int hashCode() {
        BigDecimal d = decimal();
        return d.signum() == 0 ? 0 : d.stripTrailingZeros().hashCode();
    }

    @Override
    public String toString() {
        return text;
    }
}
