package dev.rampart.wasm.value;

import static dev.rampart.wasm.value.Terms.parse;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CollectionValuesTest {

    @Test
    void objectIteratesInKeyOrderWhateverTheInsertionOrder() {
        ObjectValue o = ObjectValue.builder(3)
                .put("b", Values.number(2)).put("c", Values.number(3)).put("a", Values.number(1)).build();
        assertThat(o.keys()).containsExactly(Values.string("a"), Values.string("b"), Values.string("c"));
        assertThat(o.values()).containsExactly(Values.number(1), Values.number(2), Values.number(3));
    }

    @Test
    void repeatedObjectKeyKeepsItsLastValue() {
        ObjectValue o = ObjectValue.builder(3)
                .put("a", Values.number(1)).put("b", Values.number(2)).put("a", Values.number(3)).build();
        assertThat(o.size()).isEqualTo(2);
        assertThat(o.get("a")).isEqualTo(Values.number(3));
    }

    @Test
    void repeatedKeyInALargeUnsortedObjectKeepsItsLastValue() {
        ObjectValue.Builder b = ObjectValue.builder(100);
        for (int i = 99; i >= 0; i--) {
            b.put("k" + i, Values.number(i));
        }
        b.put("k5", Values.string("last"));
        ObjectValue o = b.build();
        assertThat(o.size()).isEqualTo(100);
        assertThat(o.get("k5")).isEqualTo(Values.string("last"));
    }

    @Test
    void largeObjectFindsEveryKeyAndMissesAbsentOnes() {
        ObjectValue.Builder b = ObjectValue.builder(1000);
        for (int i = 999; i >= 0; i--) {
            b.put("key" + i, Values.number(i));
        }
        ObjectValue o = b.build();
        for (int i = 0; i < 1000; i++) {
            assertThat(o.get("key" + i)).isEqualTo(Values.number(i));
        }
        assertThat(o.get("key1000")).isNull();
        assertThat(o.keyAt(0)).isEqualTo(Values.string("key0"));
        assertThat(o.keyAt(1)).isEqualTo(Values.string("key1"));
        assertThat(o.keyAt(2)).isEqualTo(Values.string("key10"));
    }

    @Test
    void objectKeysMayBeAnyKindAndOneEqualsOnePointZero() {
        ObjectValue o = (ObjectValue) parse("{1: \"one\", [1, 2]: \"pair\", {1}: \"set\", null: 0, true: 1}");
        assertThat(o.get(parse("1.0"))).isEqualTo(Values.string("one"));
        assertThat(o.get(parse("[1, 2]"))).isEqualTo(Values.string("pair"));
        assertThat(o.get(parse("{1}"))).isEqualTo(Values.string("set"));
        assertThat(o.keyAt(0)).isEqualTo(parse("null"));
    }

    @Test
    void objectsWithTheSameEntriesAreEqualAndHashAlike() {
        Value a = parse("{\"x\": 1, \"y\": [1, 2]}");
        Value b = parse("{\"y\": [1, 2.0], \"x\": 1.0}");
        assertThat(a).isEqualTo(b);
        assertThat(a.hashCode()).isEqualTo(b.hashCode());
    }

    @Test
    void objectWithAndWithoutLeaveTheOriginalUnchanged() {
        ObjectValue o = (ObjectValue) parse("{\"a\": 1, \"c\": 3}");
        assertThat(o.with(Values.string("b"), Values.number(2))).isEqualTo(parse("{\"a\": 1, \"b\": 2, \"c\": 3}"));
        assertThat(o.with(Values.string("a"), Values.number(9))).isEqualTo(parse("{\"a\": 9, \"c\": 3}"));
        assertThat(o.without(Values.string("a"))).isEqualTo(parse("{\"c\": 3}"));
        assertThat(o).isEqualTo(parse("{\"a\": 1, \"c\": 3}"));
    }

    @Test
    void setCollapsesEqualMembersIncludingOneAndOnePointZero() {
        SetValue s = (SetValue) parse("{3.5, 3.50, 35e-1, 0.35e1, 1, 1.0}");
        assertThat(s.size()).isEqualTo(2);
        assertThat(s.contains(parse("3.5"))).isTrue();
        assertThat(s.asList()).containsExactly(parse("1"), parse("3.5"));
    }

    @Test
    void largeSetFindsEveryMember() {
        SetValue.Builder b = SetValue.builder(500);
        for (int i = 0; i < 500; i++) {
            b.add(Values.string("m" + (i * 7919 % 500)));
        }
        SetValue s = b.build();
        assertThat(s.size()).isEqualTo(500);
        for (int i = 0; i < 500; i++) {
            assertThat(s.contains(Values.string("m" + i))).isTrue();
        }
        assertThat(s.contains(Values.string("m500"))).isFalse();
    }

    @Test
    void setAlgebraKeepsSortedOrder() {
        SetValue a = (SetValue) parse("{1, 2, 3}");
        SetValue b = (SetValue) parse("{2, 3, 4}");
        assertThat(a.union(b).asList()).containsExactly(parse("1"), parse("2"), parse("3"), parse("4"));
        assertThat(a.intersection(b)).isEqualTo(parse("{2, 3}"));
        assertThat(a.difference(b)).isEqualTo(parse("{1}"));
        assertThat(a.difference(a)).isEqualTo(SetValue.EMPTY);
    }

    @Test
    void objectKeySetIsTheSetOfItsKeys() {
        assertThat(((ObjectValue) parse("{\"b\": 1, 2: 0}")).keySet()).isEqualTo(parse("{2, \"b\"}"));
    }

    @Test
    void arraySliceAndListViewReflectTheElements() {
        ArrayValue a = (ArrayValue) parse("[1, 2, 3, 4]");
        assertThat(a.slice(1, 3)).isEqualTo(parse("[2, 3]"));
        assertThat(a.slice(2, 2)).isEqualTo(ArrayValue.EMPTY);
        assertThat(a.asList()).hasSize(4).startsWith(parse("1"));
    }

    @Test
    void childLooksUpObjectKeysArrayIndexesAndSetMembersAsOpa() {
        Value doc = parse("{\"a\": [10, 20], \"s\": {\"x\"}}");
        assertThat(Values.child(doc, Values.string("a"))).isEqualTo(parse("[10, 20]"));
        assertThat(Values.at(doc, java.util.List.of(Values.string("a"), Values.number(1)))).isEqualTo(parse("20"));
        assertThat(Values.at(doc, java.util.List.of(Values.string("a"), parse("1.0")))).isNull();
        assertThat(Values.at(doc, java.util.List.of(Values.string("a"), Values.number(2)))).isNull();
        assertThat(Values.at(doc, java.util.List.of(Values.string("s"), Values.string("x")))).isEqualTo(Values.string("x"));
        assertThat(Values.child(Values.string("abc"), Values.number(0))).isNull();
        assertThat(Values.at(doc, java.util.List.of())).isSameAs(doc);
    }

    @Test
    void buildersAnswerLookupsWhileBuilding() {
        ObjectValue.Builder o = ObjectValue.builder(2).put("a", Values.number(1));
        assertThat(o.get(Values.string("a"))).isEqualTo(Values.number(1));
        o.put("a", Values.number(2)).put("b", Values.number(3));
        assertThat(o.get(Values.string("a"))).isEqualTo(Values.number(2));
        assertThat(o.get(Values.string("c"))).isNull();
        SetValue.Builder s = SetValue.builder(2).add(Values.number(1));
        assertThat(s.contains(parse("1.0"))).isTrue();
        s.add(Values.number(2));
        assertThat(s.contains(Values.number(2))).isTrue();
        assertThat(s.contains(Values.number(3))).isFalse();
    }
}
