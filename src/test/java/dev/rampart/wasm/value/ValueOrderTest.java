package dev.rampart.wasm.value;

import static dev.rampart.wasm.value.Terms.parse;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValueOrderTest {

    @Test
    void kindsSortNullBooleanNumberStringArrayObjectSet() {
        List<Value> values = new ArrayList<>(List.of(
                parse("{1}"), parse("{}"), parse("[]"), parse("\"a\""), parse("1"), parse("false"), parse("null")));
        Collections.sort(values);
        assertThat(values).extracting(Value::kind).containsExactly(
                Kind.NULL, Kind.BOOLEAN, Kind.NUMBER, Kind.STRING, Kind.ARRAY, Kind.OBJECT, Kind.SET);
    }

    @Test
    void falseSortsBeforeTrue() {
        assertThat(parse("false").compareTo(parse("true"))).isNegative();
    }

    @Test
    void arraysCompareElementByElementThenByLength() {
        assertThat(parse("[1, 2]").compareTo(parse("[1, 3]"))).isNegative();
        assertThat(parse("[1, 2]").compareTo(parse("[1, 2, 0]"))).isNegative();
        assertThat(parse("[2]").compareTo(parse("[1, 9, 9]"))).isPositive();
    }

    @Test
    void objectsCompareKeyThenValueInKeyOrder() {
        assertThat(parse("{\"a\": 2}").compareTo(parse("{\"b\": 1}"))).isNegative();
        assertThat(parse("{\"a\": 1}").compareTo(parse("{\"a\": 2}"))).isNegative();
        assertThat(parse("{\"a\": 1}").compareTo(parse("{\"a\": 1, \"b\": 0}"))).isNegative();
        assertThat(parse("{\"a\": 1, \"c\": 0}").compareTo(parse("{\"a\": 1, \"b\": 5}"))).isPositive();
    }

    @Test
    void setsCompareSortedMembersThenSize() {
        assertThat(parse("{1, 3}").compareTo(parse("{2}"))).isNegative();
        assertThat(parse("{1}").compareTo(parse("{1, 2}"))).isNegative();
        assertThat(parse("set()").compareTo(parse("{1}"))).isNegative();
    }

    @Test
    void stringsOrderByCodePointNotUtf16Unit() {
        String supplementary = new String(Character.toChars(0x1F600));
        assertThat(StringValue.of(supplementary).compareTo(StringValue.of("\uFFFD"))).isPositive();
        assertThat(StringValue.of("a").compareTo(StringValue.of("b"))).isNegative();
        assertThat(StringValue.of("ab").compareTo(StringValue.of("a"))).isPositive();
    }

    @Test
    void orderIsConsistentWithEquals() {
        assertThat(parse("[1, {\"a\": 1.0}]").compareTo(parse("[1.0, {\"a\": 1}]"))).isZero();
        assertThat(parse("[1, {\"a\": 1.0}]")).isEqualTo(parse("[1.0, {\"a\": 1}]"));
    }
}
