package dev.rampart.wasm.value;

import static dev.rampart.wasm.value.Terms.parse;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RegoPrinterTest {

    @Test
    void compositesPrintInRegoSyntax() {
        assertThat(Values.toRego(parse("{\"hello\": \"world\", 1: [1, 2], \"s\": {1, 2}}")))
                .isEqualTo("{1: [1, 2], \"hello\": \"world\", \"s\": {1, 2}}");
    }

    @Test
    void emptySetPrintsAsSetCall() {
        assertThat(Values.toRego(SetValue.EMPTY)).isEqualTo("set()");
        assertThat(Values.toRego(ObjectValue.EMPTY)).isEqualTo("{}");
    }

    @Test
    void stringsAreQuotedLikeGo() {
        assertThat(Values.toRego(Values.string("a\"b\\c\n\u0001\u00a0é"))).isEqualTo("\"a\\\"b\\\\c\\n\\x01\\u00a0é\"");
    }
}
