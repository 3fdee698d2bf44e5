package dev.rampart.wasm.abi;

/**
 * The functions a Rampart module imports from module {@value #MODULE}, in the order of the module's import
 * section (their function indexes). Every parameter and result is an i32: value handles, indexes, flags.
 * Adding an import or changing a signature changes {@link #MODULE}'s version.
 */
public enum HostImport {
    /** {@code (src, key) → value}: {@code src[key]} by OPA's lookup rules, 0 when undefined. */
    DOT(2, true),
    /** {@code (src, key) → value}: as {@link #DOT}, and a number key also finds an object key spelt as it. */
    DOT_STORAGE(2, true),
    /** {@code (src) → n}: number of elements of a collection, -1 for anything else (undefined too). */
    LEN(1, true),
    /** {@code (src, i) → key}: the i-th key (array index, object key, set member). */
    KEY_AT(2, true),
    /** {@code (src, i) → value}: the i-th value (array element, object value, set member). */
    VALUE_AT(2, true),
    /** {@code (a, b) → 1|0}: equality by OPA's rules. */
    EQUAL(2, true),
    /** {@code (kind) → collection}: a new empty array (0), object (1) or set (2) under construction. */
    MAKE(1, true),
    /** {@code (value, array)}: appends. */
    ARRAY_APPEND(2, false),
    /** {@code (value, set)}: adds. */
    SET_ADD(2, false),
    /** {@code (key, value, object, site)}: inserts; with a site ≥ 0 a different existing value is a conflict. */
    OBJECT_INSERT(4, false),
    /** {@code (doc, pathArray, value, setMember, site)}: inserts at a path of nested objects (ref heads). */
    DOC_INSERT(5, false),
    /** {@code (base, overlay) → merged}: objects merged recursively; either may be 0. */
    MERGE(2, true),
    /** {@code (doc, pathArray, value) → copy}: a copy of doc with value at path ({@code with}). */
    UPSERT(3, true),
    /** {@code (current, new, site) → value}: new when current is 0 or equal, else a conflict error. */
    ASSIGN_ONCE(3, true),
    /** {@code (value, kind, size) → 1|0}: is it a collection of that kind (and size, when ≥ 0)? */
    IS_COLLECTION(3, true),
    /** {@code (func, input, data) → value}: a memoised result, 0 if it was undefined, -1 if not computed yet. */
    MEMO_GET(3, true),
    /** {@code (func, input, data, value)}: remembers a result for this evaluation. */
    MEMO_PUT(4, false),
    /** {@code (builtin, site) → value}: calls a built-in with no argument (0 when undefined). */
    BUILTIN0(2, true),
    /** {@code (builtin, site, a) → value}. */
    BUILTIN1(3, true),
    /** {@code (builtin, site, a, b) → value}. */
    BUILTIN2(4, true),
    /** {@code (builtin, site, a, b, c) → value}. */
    BUILTIN3(5, true),
    /** {@code (builtin, site, a, b, c, d) → value}. */
    BUILTIN4(6, true),
    /** {@code (builtin, site, argsArray) → value}: built-ins with more arguments. */
    BUILTIN_ARRAY(3, true);

    /** The import module name; its suffix is the interface version. */
    public static final String MODULE = "rampart.v1";

    /** Highest arity passed directly; more arguments go in an array. */
    public static final int MAX_DIRECT_ARGS = 4;

    private final int params;
    private final boolean result;

    HostImport(int params, boolean result) {
        this.params = params;
        this.result = result;
    }

    public int params() {
        return params;
    }

    public boolean hasResult() {
        return result;
    }

    /** The import's field name, e.g. {@code object_insert}. */
    public String field() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The import for a built-in called with {@code arity} arguments. */
    public static HostImport builtin(int arity) {
        return switch (arity) {
            case 0 -> BUILTIN0;
            case 1 -> BUILTIN1;
            case 2 -> BUILTIN2;
            case 3 -> BUILTIN3;
            case 4 -> BUILTIN4;
            default -> BUILTIN_ARRAY;
        };
    }
}
