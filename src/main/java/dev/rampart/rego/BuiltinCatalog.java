package dev.rampart.rego;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The built-in functions Rampart's Rego knows, by OPA's exact names and arities. The compiler uses it to
 * check calls (unknown function, wrong arity); the Wasm runtime implements the same names. It holds the
 * built-ins Rampart supports (the operators, aggregates, strings, regex, encodings, CIDR, bits, time in UTC,
 * semver, units, uuid …) and every built-in the conformance corpus calls. Network, crypto, JWT, HTTP and
 * OPA-internal built-ins are deliberately absent, so calling them is an "undefined function" error.
 */
public final class BuiltinCatalog {

    private static final Map<String, Builtin> ALL = new LinkedHashMap<>();

    static {
        // operators
        op("eq", "=", "x", "y");
        op("assign", ":=", "var", "value");
        op("equal", "==", "x", "y");
        op("neq", "!=", "x", "y");
        op("lt", "<", "x", "y");
        op("gt", ">", "x", "y");
        op("lte", "<=", "x", "y");
        op("gte", ">=", "x", "y");
        op("plus", "+", "x", "y");
        op("minus", "-", "x", "y");
        op("mul", "*", "x", "y");
        op("div", "/", "x", "y");
        op("rem", "%", "x", "y");
        op("and", "&", "x", "y");
        op("or", "|", "x", "y");
        op("internal.member_2", "in", "x", "y");
        op("internal.member_3", "in", "key", "value", "collection");
        // numbers
        fn("abs", "x");
        fn("round", "x");
        fn("ceil", "x");
        fn("floor", "x");
        fn("numbers.range", "a", "b");
        fn("rand.intn", "str", "n");
        // aggregates
        fn("count", "collection");
        fn("sum", "collection");
        fn("product", "collection");
        fn("max", "collection");
        fn("min", "collection");
        fn("sort", "collection");
        deprecated("any", "collection");
        deprecated("all", "collection");
        // sets
        fn("intersection", "xs");
        fn("union", "xs");
        // arrays
        fn("array.concat", "x", "y");
        fn("array.slice", "arr", "start", "stop");
        fn("array.reverse", "arr");
        fn("array.flatten", "arr");
        // objects
        fn("object.get", "object", "key", "default");
        fn("object.keys", "object");
        fn("object.remove", "object", "keys");
        fn("object.union", "a", "b");
        fn("object.union_n", "objects");
        fn("object.filter", "object", "keys");
        fn("json.filter", "object", "paths");
        fn("json.remove", "object", "paths");
        fn("json.patch", "object", "patches");
        // strings
        fn("concat", "delimiter", "collection");
        fn("contains", "haystack", "needle");
        fn("startswith", "search", "base");
        fn("endswith", "search", "base");
        fn("format_int", "number", "base");
        fn("indexof", "haystack", "needle");
        fn("indexof_n", "haystack", "needle");
        fn("lower", "x");
        fn("upper", "x");
        fn("replace", "x", "old", "new");
        fn("split", "x", "delimiter");
        fn("sprintf", "format", "values");
        fn("substring", "value", "offset", "length");
        fn("trim", "value", "cutset");
        fn("trim_left", "value", "cutset");
        fn("trim_right", "value", "cutset");
        fn("trim_prefix", "value", "prefix");
        fn("trim_suffix", "value", "suffix");
        fn("trim_space", "value");
        fn("strings.any_prefix_match", "search", "base");
        fn("strings.any_suffix_match", "search", "base");
        fn("strings.replace_n", "patterns", "value");
        fn("strings.reverse", "x");
        fn("strings.count", "search", "substring");
        fn("strings.split_n", "x", "delimiter", "n");
        // regular expressions and globs
        fn("regex.match", "pattern", "value");
        fn("regex.is_valid", "pattern");
        fn("regex.split", "pattern", "value");
        fn("regex.find_n", "pattern", "value", "number");
        fn("regex.replace", "s", "pattern", "value");
        fn("glob.match", "pattern", "delimiters", "match");
        // types
        fn("is_number", "x");
        fn("is_string", "x");
        fn("is_boolean", "x");
        fn("is_array", "x");
        fn("is_set", "x");
        fn("is_object", "x");
        fn("is_null", "x");
        fn("type_name", "x");
        // conversions
        fn("to_number", "x");
        deprecated("cast_array", "x");
        deprecated("cast_set", "x");
        deprecated("cast_string", "x");
        deprecated("cast_boolean", "x");
        deprecated("cast_null", "x");
        deprecated("cast_object", "x");
        // encodings
        fn("json.marshal", "x");
        fn("json.unmarshal", "x");
        fn("json.is_valid", "x");
        fn("yaml.marshal", "x");
        fn("yaml.unmarshal", "x");
        fn("yaml.is_valid", "x");
        fn("base64.encode", "x");
        fn("base64.decode", "x");
        fn("base64url.encode", "x");
        fn("base64url.encode_no_pad", "x");
        fn("base64url.decode", "x");
        fn("hex.encode", "x");
        fn("hex.decode", "x");
        fn("urlquery.encode", "x");
        fn("urlquery.decode", "x");
        // networks (no lookups)
        fn("net.cidr_contains", "cidr", "cidr_or_ip");
        fn("net.cidr_intersects", "cidr1", "cidr2");
        fn("net.cidr_is_valid", "cidr");
        fn("net.cidr_expand", "cidr");
        fn("net.cidr_merge", "addrs");
        // bits
        fn("bits.or", "x", "y");
        fn("bits.and", "x", "y");
        fn("bits.xor", "x", "y");
        fn("bits.negate", "x");
        fn("bits.lsh", "x", "s");
        fn("bits.rsh", "x", "s");
        // documents
        add(new Builtin("walk", List.of("x"), false, true, false, false, null));
        // time (UTC)
        fn("time.now_ns");
        fn("time.parse_ns", "layout", "value");
        fn("time.parse_rfc3339_ns", "value");
        fn("time.parse_duration_ns", "duration");
        fn("time.format", "x");
        fn("time.date", "x");
        fn("time.clock", "x");
        fn("time.weekday", "x");
        fn("time.add_date", "ns", "years", "months", "days");
        fn("time.diff", "ns1", "ns2");
        // versions, units, ids
        fn("semver.compare", "a", "b");
        fn("semver.is_valid", "vsn");
        fn("units.parse", "x");
        fn("units.parse_bytes", "x");
        fn("uuid.rfc4122", "k");
        fn("uuid.parse", "uuid");
        // debugging
        add(new Builtin("print", List.of(), true, false, true, false, null));
    }

    private BuiltinCatalog() {}

    private static void add(Builtin b) {
        ALL.put(b.name(), b);
    }

    private static void fn(String name, String... params) {
        add(new Builtin(name, List.of(params), false, false, false, false, null));
    }

    private static void deprecated(String name, String... params) {
        add(new Builtin(name, List.of(params), false, false, false, true, null));
    }

    private static void op(String name, String infix, String... params) {
        add(new Builtin(name, List.of(params), false, false, false, false, infix));
    }

    /** The built-in called {@code name}, or null. */
    public static Builtin get(String name) {
        return ALL.get(name);
    }

    /** True when {@code name} is a built-in. */
    public static boolean isBuiltin(String name) {
        return ALL.containsKey(name);
    }

    /** Every built-in, in catalog order. */
    public static Collection<Builtin> all() {
        return java.util.Collections.unmodifiableCollection(ALL.values());
    }
}
