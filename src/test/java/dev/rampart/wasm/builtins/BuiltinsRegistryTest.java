package dev.rampart.wasm.builtins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rampart.wasm.value.NumberValue;
import dev.rampart.wasm.value.StringValue;
import java.util.List;
import org.junit.jupiter.api.Test;

class BuiltinsRegistryTest {

    /** Every built-in issue 4 asks for, by OPA's name. */
    private static final List<String> REQUIRED = List.of(
            "equal", "neq", "lt", "lte", "gt", "gte", "plus", "minus", "mul", "div", "rem", "and", "or",
            "intersection", "union", "internal.member_2", "internal.member_3",
            "count", "sum", "product", "max", "min", "sort", "any", "all",
            "array.concat", "array.slice", "array.reverse",
            "object.get", "object.keys", "object.remove", "object.union", "object.union_n", "object.filter",
            "json.filter", "json.remove",
            "concat", "contains", "startswith", "endswith", "format_int", "indexof", "indexof_n", "lower", "upper",
            "replace", "split", "sprintf", "substring", "trim", "trim_left", "trim_right", "trim_prefix",
            "trim_suffix", "trim_space", "strings.any_prefix_match", "strings.any_suffix_match", "strings.replace_n",
            "strings.reverse", "strings.count",
            "regex.match", "regex.find_n", "regex.split", "regex.replace", "regex.is_valid", "glob.match",
            "is_number", "is_string", "is_boolean", "is_array", "is_set", "is_object", "is_null", "type_name",
            "to_number", "cast_array", "cast_set", "cast_string", "cast_boolean", "cast_null", "cast_object",
            "json.marshal", "json.unmarshal", "json.is_valid", "yaml.marshal", "yaml.unmarshal", "yaml.is_valid",
            "base64.encode", "base64.decode", "base64url.encode", "base64url.decode", "hex.encode", "hex.decode",
            "urlquery.encode", "urlquery.decode",
            "net.cidr_contains", "net.cidr_intersects", "net.cidr_is_valid", "net.cidr_expand", "net.cidr_merge",
            "bits.and", "bits.or", "bits.xor", "bits.negate", "bits.lsh", "bits.rsh",
            "numbers.range", "round", "ceil", "floor", "abs", "walk", "internal.print",
            "time.now_ns", "time.parse_rfc3339_ns", "time.add_date", "time.date", "time.clock", "time.weekday",
            "semver.compare", "semver.is_valid", "units.parse", "units.parse_bytes", "uuid.rfc4122", "uuid.parse");

    /** Built-ins the conformance corpus calls beyond issue 4's list. */
    private static final List<String> FROM_THE_CORPUS = List.of(
            "array.flatten", "json.patch", "strings.split_n", "rand.intn", "time.parse_ns", "time.parse_duration_ns",
            "time.format", "time.diff");

    @Test
    void everyRequiredBuiltinIsRegistered() {
        assertThat(Builtins.names()).containsAll(REQUIRED).containsAll(FROM_THE_CORPUS);
    }

    @Test
    void networkFileAndCryptoBuiltinsAreNotProvided() {
        assertThat(Builtins.lookup("http.send")).isEmpty();
        assertThat(Builtins.lookup("io.jwt.decode")).isEmpty();
        assertThat(Builtins.lookup("crypto.sha256")).isEmpty();
        assertThat(Builtins.lookup("opa.runtime")).isEmpty();
    }

    @Test
    void walkIsTheOnlyRelation() {
        assertThat(Builtins.names().stream().filter(n -> Builtins.lookup(n).orElseThrow() instanceof RelationBuiltin))
                .containsExactly("walk");
    }

    @Test
    void lookupGivesNameAndArity() {
        Builtin b = Builtins.lookup("object.get").orElseThrow();
        assertThat(b.name()).isEqualTo("object.get");
        assertThat(b.arity()).isEqualTo(3);
        assertThat(Builtins.lookup("no.such")).isEmpty();
    }

    @Test
    void wrongOperandCountIsAProgrammingErrorNotAPolicyError() {
        FunctionBuiltin count = Calls.function("count");
        assertThatThrownBy(() -> count.call(Calls.context())).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("count takes 1 operands, called with 0");
        assertThatThrownBy(() -> count.call(Calls.context(), (dev.rampart.wasm.value.Value) null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void errorsCarryTheBuiltinNameCodeAndDetail() {
        BuiltinError e = Calls.error("count", "null");
        assertThat(e.builtin()).isEqualTo("count");
        assertThat(e.detail()).isEqualTo("operand 1 must be one of {array, object, set, string} but got null");
        assertThat(e.isTypeError()).isTrue();
        assertThat(e).isInstanceOf(dev.rampart.RampartException.class);
    }

    @Test
    void budgetCanBeResetForTheNextEvaluation() {
        AllocationBudget budget = new AllocationBudget(1000);
        BuiltinContext ctx = BuiltinContext.builder().meter(budget).build();
        FunctionBuiltin range = Calls.function("numbers.range");
        assertThatThrownBy(() -> range.call(ctx, NumberValue.of(1), NumberValue.of(100))).isInstanceOf(AllocationBudgetExceededException.class);
        budget.reset();
        assertThat(range.call(ctx, NumberValue.of(1), NumberValue.of(10))).isNotNull();
        assertThat(budget.used()).isEqualTo(160);
    }

    @Test
    void builtinsAreSafeToShareAcrossThreads() throws Exception {
        FunctionBuiltin match = Calls.function("regex.match");
        List<Thread> threads = new java.util.ArrayList<>();
        java.util.concurrent.atomic.AtomicInteger failures = new java.util.concurrent.atomic.AtomicInteger();
        for (int t = 0; t < 4; t++) {
            int id = t;
            threads.add(Thread.ofPlatform().start(() -> {
                BuiltinContext ctx = BuiltinContext.standard();
                for (int i = 0; i < 500; i++) {
                    var r = match.call(ctx, StringValue.of("^a" + (i % 50) + "$"), StringValue.of("a" + (i % 50)));
                    if (!r.equals(dev.rampart.wasm.value.BooleanValue.TRUE)) {
                        failures.incrementAndGet();
                    }
                }
                assertThat(id).isNotNegative();
            }));
        }
        for (Thread t : threads) {
            t.join();
        }
        assertThat(failures.get()).isZero();
    }
}
