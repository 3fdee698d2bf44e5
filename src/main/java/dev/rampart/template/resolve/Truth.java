package dev.rampart.template.resolve;

/**
 * The outcome of a CloudFormation condition: true, false, or unknown (with why).
 *
 * @param value the truth value, or null when unknown
 * @param unknown why it is unknown, when it is
 */
public record Truth(Boolean value, Value.Unknown unknown) {
    public static final Truth TRUE = new Truth(true, null);
    public static final Truth FALSE = new Truth(false, null);

    public static Truth of(boolean b) {
        return b ? TRUE : FALSE;
    }

    public static Truth unknown(Value.Unknown why) {
        return new Truth(null, why);
    }

    public boolean isTrue() {
        return Boolean.TRUE.equals(value);
    }

    public boolean isFalse() {
        return Boolean.FALSE.equals(value);
    }

    public boolean isUnknown() {
        return value == null;
    }
}
