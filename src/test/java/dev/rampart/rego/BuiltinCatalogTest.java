package dev.rampart.rego;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The catalog names OPA's built-ins with OPA's arities; it is the list the runtime implements. */
class BuiltinCatalogTest {

    @ParameterizedTest(name = "{0}/{1}")
    @CsvSource({
        // operators
        "eq, 2", "equal, 2", "neq, 2", "lt, 2", "gt, 2", "lte, 2", "gte, 2", "plus, 2", "minus, 2", "mul, 2",
        "div, 2", "rem, 2", "and, 2", "or, 2", "internal.member_2, 2", "internal.member_3, 3",
        // aggregates
        "count, 1", "sum, 1", "product, 1", "max, 1", "min, 1", "sort, 1", "any, 1", "all, 1",
        // arrays and sets
        "array.concat, 2", "array.slice, 3", "array.reverse, 1", "intersection, 1", "union, 1",
        // objects
        "object.get, 3", "object.keys, 1", "object.remove, 2", "object.union, 2", "object.union_n, 1",
        "object.filter, 2", "json.filter, 2", "json.remove, 2",
        // strings
        "concat, 2", "contains, 2", "startswith, 2", "endswith, 2", "format_int, 2", "indexof, 2",
        "indexof_n, 2", "lower, 1", "upper, 1", "replace, 3", "split, 2", "sprintf, 2", "substring, 3",
        "trim, 2", "trim_left, 2", "trim_right, 2", "trim_prefix, 2", "trim_suffix, 2", "trim_space, 1",
        "strings.any_prefix_match, 2", "strings.any_suffix_match, 2", "strings.replace_n, 2",
        "strings.reverse, 1", "strings.count, 2",
        // regex and glob
        "regex.match, 2", "regex.find_n, 3", "regex.split, 2", "regex.replace, 3", "regex.is_valid, 1",
        "glob.match, 3",
        // types and conversions
        "is_number, 1", "is_string, 1", "is_boolean, 1", "is_array, 1", "is_set, 1", "is_object, 1",
        "is_null, 1", "type_name, 1", "to_number, 1", "cast_array, 1", "cast_set, 1", "cast_string, 1",
        "cast_boolean, 1", "cast_null, 1", "cast_object, 1",
        // encodings
        "json.marshal, 1", "json.unmarshal, 1", "json.is_valid, 1", "yaml.marshal, 1", "yaml.unmarshal, 1",
        "yaml.is_valid, 1", "base64.encode, 1", "base64.decode, 1", "base64url.encode, 1",
        "base64url.decode, 1", "hex.encode, 1", "hex.decode, 1", "urlquery.encode, 1", "urlquery.decode, 1",
        // networks and bits
        "net.cidr_contains, 2", "net.cidr_intersects, 2", "net.cidr_is_valid, 1", "net.cidr_expand, 1",
        "net.cidr_merge, 1", "bits.or, 2", "bits.and, 2", "bits.xor, 2", "bits.negate, 1", "bits.lsh, 2",
        "bits.rsh, 2",
        // numbers
        "numbers.range, 2", "round, 1", "ceil, 1", "floor, 1", "abs, 1",
        // documents, time, versions, units, ids
        "walk, 1", "time.now_ns, 0", "time.parse_rfc3339_ns, 1", "time.add_date, 4", "time.date, 1",
        "time.clock, 1", "time.weekday, 1", "semver.compare, 2", "semver.is_valid, 1", "units.parse, 1",
        "units.parse_bytes, 1", "uuid.rfc4122, 1", "uuid.parse, 1",
    })
    void namesTheBuiltInsRampartSupportsWithOpasArity(String name, int arity) {
        Builtin b = BuiltinCatalog.get(name);
        assertThat(b).as(name).isNotNull();
        assertThat(b.arity()).isEqualTo(arity);
    }

    @Test
    void printIsVariadicAndHasNoValue() {
        Builtin print = BuiltinCatalog.get("print");
        assertThat(print.variadic()).isTrue();
        assertThat(print.voidResult()).isTrue();
    }

    @Test
    void walkIsARelation() {
        assertThat(BuiltinCatalog.get("walk").relation()).isTrue();
    }

    @Test
    void castsAndAnyAllAreDeprecated() {
        assertThat(BuiltinCatalog.get("cast_array").deprecated()).isTrue();
        assertThat(BuiltinCatalog.get("all").deprecated()).isTrue();
        assertThat(BuiltinCatalog.get("count").deprecated()).isFalse();
    }

    @Test
    void operatorsKnowTheirInfixSpelling() {
        Map<String, String> infix = Map.of("plus", "+", "equal", "==", "internal.member_2", "in", "or", "|");
        infix.forEach((name, op) -> assertThat(BuiltinCatalog.get(name).infix()).isEqualTo(op));
    }

    @Test
    void networkCryptoAndHttpBuiltInsAreAbsent() {
        for (String name : new String[] {"http.send", "net.lookup_ip_addr", "crypto.sha256", "io.jwt.decode",
                "opa.runtime", "time.now"}) {
            assertThat(BuiltinCatalog.isBuiltin(name)).as(name).isFalse();
        }
    }
}
