package dev.rampart.rego;

/** The kinds of Rego compile errors, named exactly as OPA names them so users can search for them. */
public enum ErrorCode {
    PARSE("rego_parse_error"),
    COMPILE("rego_compile_error"),
    UNSAFE_VAR("rego_unsafe_var_error"),
    RECURSION("rego_recursion_error"),
    TYPE("rego_type_error");

    private final String opaName;

    ErrorCode(String opaName) {
        this.opaName = opaName;
    }

    /** OPA's spelling, e.g. {@code rego_parse_error}. */
    public String opaName() {
        return opaName;
    }

    @Override
    public String toString() {
        return opaName;
    }
}
