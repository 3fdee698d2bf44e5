package dev.rampart.wasm.value;

import static dev.rampart.wasm.value.Terms.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class YamlValuesTest {

    @Test
    void scalarsResolveAsYaml11() {
        Value v = Values.fromYaml("a: yes\nb: off\nc: ~\nd: 0x1F\ne: 1.5\nf: '1'\ng: hello\nh: 012\ni: 1_000");
        assertThat(v).isEqualTo(parse(
                "{\"a\": true, \"b\": false, \"c\": null, \"d\": 31, \"e\": 1.5, \"f\": \"1\", \"g\": \"hello\", \"h\": 10, \"i\": 1000}"));
    }

    @Test
    void mappingKeysBecomeStrings() {
        assertThat(Values.fromYaml("1: a\ntrue: b\nnull: c")).isEqualTo(parse("{\"1\": \"a\", \"true\": \"b\", \"null\": \"c\"}"));
    }

    @Test
    void firstDocumentOfAValidStreamIsTheResult() {
        assertThat(Values.fromYaml("a: 1\n---\nb: 2\n")).isEqualTo(parse("{\"a\": 1}"));
    }

    @Test
    void anInvalidLaterDocumentMakesTheStreamInvalid() {
        assertThatThrownBy(() -> Values.fromYaml("a: 1\n---\n\tb: 2\n"))
                .isInstanceOf(InvalidDocumentException.class)
                .hasMessageContaining("line 3");
    }

    @Test
    void aMisindentedMappingIsInvalid() {
        assertThatThrownBy(() -> Values.fromYaml("  test:\ntest1: hello\n")).isInstanceOf(InvalidDocumentException.class);
    }

    @Test
    void aliasesExpandToTheirAnchorsValue() {
        assertThat(Values.fromYaml("a: &x [1, 2]\nb: *x")).isEqualTo(parse("{\"a\": [1, 2], \"b\": [1, 2]}"));
    }

    @Test
    void emptyStreamIsNull() {
        assertThat(Values.fromYaml("")).isEqualTo(NullValue.INSTANCE);
    }

    @Test
    void yamlOutputIsBlockStyleWithSortedKeysAndQuotesWhatWouldNotReadBackAsAString() {
        // "yes" and the key "y" are YAML 1.1 booleans, so go-yaml quotes them.
        assertThat(Values.toYaml(parse("{\"foo\": {1, 2}, \"bar\": {\"x\": \"yes\", \"y\": \"a: b\"}, \"e\": []}")))
                .isEqualTo("bar:\n  x: \"yes\"\n  \"y\": 'a: b'\ne: []\nfoo:\n- 1\n- 2\n");
    }

    @Test
    void nestedSequencesShareTheDashLine() {
        assertThat(Values.toYaml(parse("[[1, 2], [3]]"))).isEqualTo("- - 1\n  - 2\n- - 3\n");
    }

    @Test
    void yamlOutputReadsBackToTheSameValue() {
        Value v = parse("[{\"foo\": [1, [2, [3]], {\"x\": [{}]}], \"s\": \"multi\\nline\", \"n\": null, \"t\": \"true\"}, \"\", 1.5, [[1, 2], [3]]]");
        assertThat(Values.fromYaml(Values.toYaml(v))).isEqualTo(v);
    }

    @Test
    void absurdNestingIsAnErrorNotACrash() {
        String deep = "[".repeat(200_000) + "]".repeat(200_000);
        assertThatThrownBy(() -> Values.fromYaml(deep)).isInstanceOf(InvalidDocumentException.class);
    }

    @Test
    void nestingBeyondJacksonsLimitIsRefused() {
        String deep = "[".repeat(1500) + "]".repeat(1500);
        assertThatThrownBy(() -> Values.fromYaml(deep)).isInstanceOf(InvalidDocumentException.class)
                .hasMessageContaining("nested more than 1000 levels");
    }

    @Test
    void manyAliasesToCollectionsAreRefused() {
        StringBuilder bomb = new StringBuilder("a: &a [x, x]\n");
        for (int i = 0; i < 60; i++) {
            bomb.append("b").append(i).append(": [*a, *a]\n");
        }
        assertThatThrownBy(() -> Values.fromYaml(bomb.toString())).isInstanceOf(InvalidDocumentException.class);
    }
}
