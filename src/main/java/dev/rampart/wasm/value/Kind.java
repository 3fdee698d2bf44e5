package dev.rampart.wasm.value;

/** The seven kinds of OPA value, declared in OPA's sort order (null sorts first, set last). */
public enum Kind {
    NULL("null"),
    BOOLEAN("boolean"),
    NUMBER("number"),
    STRING("string"),
    ARRAY("array"),
    OBJECT("object"),
    SET("set");

    private final String typeName;

    Kind(String typeName) {
        this.typeName = typeName;
    }

    /** The name OPA uses for this kind in {@code type_name} and in error messages. */
    public String typeName() {
        return typeName;
    }
}
