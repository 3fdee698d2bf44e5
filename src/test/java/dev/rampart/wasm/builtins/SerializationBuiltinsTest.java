package dev.rampart.wasm.builtins;

import static dev.rampart.wasm.builtins.Calls.assertCall;
import static dev.rampart.wasm.builtins.Calls.assertTypeError;
import static dev.rampart.wasm.builtins.Calls.error;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SerializationBuiltinsTest {

    @Test
    void jsonMarshalWritesCompactSortedGoJson() {
        assertCall("\"{\\\"a\\\":[1,2],\\\"b\\\":\\\"\\\\u003cx\\\\u003e\\\"}\"", "json.marshal", "{\"b\": \"<x>\", \"a\": {2, 1}}");
        assertCall("\"{\\\"1\\\":true}\"", "json.marshal", "{1: true}");
    }

    @Test
    void jsonMarshalWithOptionsPrettyPrints() {
        assertCall("\"{\\n\\t\\\"a\\\": 1\\n}\"", "json.marshal_with_options", "{\"a\": 1}", "{\"pretty\": true}");
        assertCall("\"--{\\n--  \\\"a\\\": 1\\n--}\"", "json.marshal_with_options", "{\"a\": 1}", "{\"prefix\": \"--\", \"indent\": \"  \"}");
        assertCall("\"{\\\"a\\\":1}\"", "json.marshal_with_options", "{\"a\": 1}", "{\"indent\": \"  \", \"pretty\": false}");
        assertTypeError("json.marshal_with_options: operand 2 object contained unknown key x", "json.marshal_with_options", "1", "{\"x\": 1}");
    }

    @Test
    void jsonUnmarshalKeepsNumbersExact() {
        assertCall("{\"a\": [1, 18446744073709551617, 0.1]}", "json.unmarshal", "\"{\\\"a\\\": [1, 18446744073709551617, 0.1]}\"");
        BuiltinError e = error("json.unmarshal", "\"{\"");
        assertThat(e.code()).isEqualTo(BuiltinError.Code.BUILTIN_ERROR);
        assertThat(e.getMessage()).startsWith("json.unmarshal: invalid JSON at line 1");
    }

    @Test
    void jsonIsValidIsFalseForNonStrings() {
        assertCall("false", "json.is_valid", "\"plainstring\"");
        assertCall("false", "json.is_valid", "\"{\"");
        assertCall("true", "json.is_valid", "\"{\\\"json\\\": \\\"ok\\\"}\"");
        assertCall("false", "json.is_valid", "1");
    }

    @Test
    void yamlRoundTripsSetsAsSequences() {
        assertCall("\"- foo:\\n  - 1\\n  - 2\\n  - 3\\n\"", "yaml.marshal", "[{\"foo\": {1, 2, 3}}]");
        assertCall("[{\"foo\": [1, 2, 3]}]", "yaml.unmarshal", "\"- foo:\\n  - 1\\n  - 2\\n  - 3\\n\"");
        assertCall("{\"a\": true}", "yaml.unmarshal", "\"a: yes\"");
    }

    @Test
    void yamlIsValidChecksEveryDocument() {
        assertCall("true", "yaml.is_valid", "\"foo:\\n- qux: bar\\n- baz: 2\"");
        assertCall("false", "yaml.is_valid", "\"foo:\\n- qux: bar\\n- baz: {\"");
        assertCall("false", "yaml.is_valid", "\"  test:\\ntest1: hello\\n\"");
        assertCall("false", "yaml.is_valid", "\"a: 1\\n---\\n\\tb: 2\\n\"");
        assertCall("true", "yaml.is_valid", "\"a: 1\\n---\\nb: 2\\n\"");
        assertCall("false", "yaml.is_valid", "1");
        assertThat(error("yaml.unmarshal", "\"a: [\"").getMessage()).startsWith("yaml.unmarshal: invalid YAML");
    }

    @Test
    void decodingIsChargedToTheBudget() {
        BuiltinContext ctx = BuiltinContext.builder().meter(new AllocationBudget(1000)).build();
        String big = "\"[" + "1,".repeat(500) + "1]\"";
        assertThatThrownBy(() -> Calls.call(ctx, "json.unmarshal", big)).isInstanceOf(AllocationBudgetExceededException.class);
    }
}
