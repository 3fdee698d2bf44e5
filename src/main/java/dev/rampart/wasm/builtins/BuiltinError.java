package dev.rampart.wasm.builtins;

import dev.rampart.RampartException;

/**
 * A built-in function that could not produce a result, with OPA's error code and message
 * ({@code "count: operand 1 must be one of {array, object, set, string} but got null"}).
 *
 * <p>What the error does is the caller's decision, and OPA's rule is simple: every built-in error, type
 * errors included, makes the calling expression undefined unless evaluation is strict, in which case the
 * first one aborts the query. (Conflicts between rule values are not built-in errors and always abort.)
 * The conformance corpus agrees: each OPA case expecting a built-in error sets {@code strict_error}, and
 * regorus' {@code nonstrict} cases expect {@code count(null)} and {@code to_number("abc")} to be undefined.
 */
public final class BuiltinError extends RampartException {
    /** OPA's error codes for failing built-ins. */
    public enum Code {
        /** An operand of the wrong type ({@code operand 2 must be string but got number}). */
        TYPE_ERROR("eval_type_error"),
        /** Any other failure ({@code divide by zero}, {@code invalid regular expression}, …). */
        BUILTIN_ERROR("eval_builtin_error");

        private final String opaName;

        Code(String opaName) {
            this.opaName = opaName;
        }

        /** The code as OPA reports it, e.g. {@code eval_type_error}. */
        public String opaName() {
            return opaName;
        }
    }

    private final Code code;
    private final String builtin; // null until the dispatcher names the failing built-in
    private final String detail;

    private BuiltinError(Code code, String builtin, String detail, Throwable cause) {
        super(builtin == null ? detail : builtin + ": " + detail, cause);
        this.code = code;
        this.builtin = builtin;
        this.detail = detail;
    }

    /** An operand type error; the dispatcher adds the built-in's name. */
    public static BuiltinError typeError(String detail) {
        return new BuiltinError(Code.TYPE_ERROR, null, detail, null);
    }

    /** Any other failure; the dispatcher adds the built-in's name. */
    public static BuiltinError failure(String detail) {
        return new BuiltinError(Code.BUILTIN_ERROR, null, detail, null);
    }

    /** Any other failure, keeping its cause for debugging. */
    public static BuiltinError failure(String detail, Throwable cause) {
        return new BuiltinError(Code.BUILTIN_ERROR, null, detail, cause);
    }

    /** This error attributed to {@code name}, unless it already names a built-in. */
    BuiltinError from(String name) {
        return builtin != null ? this : new BuiltinError(code, name, detail, getCause());
    }

    public Code code() {
        return code;
    }

    /** The built-in that failed, e.g. {@code "count"}. */
    public String builtin() {
        return builtin;
    }

    /** The message without the built-in's name, e.g. {@code "divide by zero"}. */
    public String detail() {
        return detail;
    }

    /** Whether this is an operand type error ({@code eval_type_error}). */
    public boolean isTypeError() {
        return code == Code.TYPE_ERROR;
    }
}
