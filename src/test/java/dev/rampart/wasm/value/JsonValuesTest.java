package dev.rampart.wasm.value;

import static dev.rampart.wasm.value.Terms.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class JsonValuesTest {

    @Test
    void jsonRoundTripsWithKeysSorted() {
        Value v = Values.fromJson("{\"b\": [1, 2.5, \"x\", null, true], \"a\": {\"c\": {}}}");
        assertThat(Values.toJson(v)).isEqualTo("{\"a\":{\"c\":{}},\"b\":[1,2.5,\"x\",null,true]}");
        assertThat(Values.fromJson(Values.toJson(v))).isEqualTo(v);
    }

    @Test
    void bigNumbersSurviveExactly() {
        String json = "[123456789012345678901234567890, 0.1234567890123456789012345, 1e400, -0.0]";
        assertThat(Values.toJson(Values.fromJson(json)))
                .isEqualTo("[123456789012345678901234567890,0.1234567890123456789012345,1e400,-0.0]");
    }

    @Test
    void repeatedKeyKeepsTheLastValue() {
        assertThat(Values.fromJson("{\"a\": 1, \"a\": 2}")).isEqualTo(parse("{\"a\": 2}"));
    }

    @Test
    void setsAreWrittenAsSortedArrays() {
        assertThat(Values.toJson(parse("{\"s\": {3, 1, 2}}"))).isEqualTo("{\"s\":[1,2,3]}");
    }

    @Test
    void nonStringKeysAreWrittenAsTheirJsonText() {
        assertThat(Values.toJson(parse("{1: \"a\", [1, \"x\"]: 2, true: 3, \"b\": 4}")))
                .isEqualTo("{\"1\":\"a\",\"[1,\\\"x\\\"]\":2,\"b\":4,\"true\":3}");
    }

    @Test
    void prettyJsonIndentsByTwoSpaces() {
        assertThat(Values.toPrettyJson(parse("{\"a\": [1, {}], \"b\": []}")))
                .isEqualTo("{\n  \"a\": [\n    1,\n    {}\n  ],\n  \"b\": []\n}");
    }

    @Test
    void goJsonEscapesHtmlAndControlCharacters() {
        assertThat(Values.toGoJson(Values.string("<a>&\n\u0001\u2028"), "", null))
                .isEqualTo("\"\\u003ca\\u003e\\u0026\\n\\u0001\\u2028\"");
        assertThat(Values.toJson(Values.string("<a>"))).isEqualTo("\"<a>\"");
    }

    @Test
    void goJsonWithPrefixAndIndentMatchesMarshalIndent() {
        assertThat(Values.toGoJson(parse("{\"a\": [1]}"), "--", "\t")).isEqualTo("{\n--\t\"a\": [\n--\t\t1\n--\t]\n--}");
    }

    @Test
    void syntaxErrorNamesLineAndColumn() {
        assertThatThrownBy(() -> Values.fromJson("{\n  \"a\": tru\n}", "input.json"))
                .isInstanceOf(InvalidDocumentException.class)
                .hasMessageStartingWith("input.json: invalid JSON at line 2, column");
    }

    @Test
    void contentAfterTheValueIsRejected() {
        assertThatThrownBy(() -> Values.fromJson("{} {}"))
                .isInstanceOf(InvalidDocumentException.class)
                .hasMessageContaining("unexpected content after the JSON value");
    }

    @Test
    void emptyDocumentIsRejected() {
        assertThatThrownBy(() -> Values.fromJson("  ")).isInstanceOf(InvalidDocumentException.class);
    }

    @Test
    void unicodeSurvivesTheRoundTrip() {
        Value v = Values.fromJson("\"v\\u00e5ren \\ud83d\\ude00\"");
        assertThat(((StringValue) v).value()).isEqualTo("våren \uD83D\uDE00");
        assertThat(Values.toJson(v)).isEqualTo("\"våren \uD83D\uDE00\"");
    }

    @Test
    void absurdNestingIsAnErrorNotACrash() {
        String deep = "[".repeat(100_000) + "]".repeat(100_000);
        assertThatThrownBy(() -> Values.fromJson(deep)).isInstanceOf(InvalidDocumentException.class)
                .hasMessageContaining("nesting depth");
    }
}
