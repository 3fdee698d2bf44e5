package dev.rampart.rego.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rampart.rego.ErrorCode;
import dev.rampart.rego.RegoError;
import dev.rampart.rego.RegoSource;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Syntax errors name OPA's code, the place and what was expected. */
class ParseErrorTest {

    private static List<RegoError> errors(String src) {
        return errors(src, false);
    }

    private static List<RegoError> errors(String src, boolean v0) {
        RegoParser.ModuleResult r = RegoParser.parseModule(new RegoSource("e.rego", src), v0);
        assertThat(r.module()).isNull();
        assertThat(r.errors()).isNotEmpty().allMatch(e -> e.code() == ErrorCode.PARSE);
        return r.errors();
    }

    private static String first(String src) {
        return errors(src).get(0).format();
    }

    @Test
    void moduleMustStartWithPackage() {
        assertThat(first("p := 1")).isEqualTo("e.rego:1:1: rego_parse_error: package expected");
    }

    @Test
    void emptyModule() {
        assertThat(first("# only a comment\n")).isEqualTo("e.rego:1:1: rego_parse_error: empty module");
    }

    @Test
    void unterminatedBodyPointsAtTheEnd() {
        assertThat(first("package p\np if {\n  true\n")).isEqualTo("e.rego:4:1: rego_parse_error: unexpected eof token");
        assertThat(first("package p\np if { true false }")).isEqualTo(
                "e.rego:2:13: rego_parse_error: unexpected false keyword: expected \\n or ; or }");
    }

    @Test
    void unterminatedArray() {
        assertThat(first("package p\nx := [1, 2\ny := 1")).isEqualTo(
                "e.rego:3:1: rego_parse_error: unexpected ident token: expected \",\" or \"]\"");
    }

    @Test
    void unterminatedString() {
        assertThat(first("package p\nx := \"abc\n")).isEqualTo("e.rego:2:6: rego_parse_error: non-terminated string");
    }

    @Test
    void illegalEscapeInString() {
        assertThat(first("package p\nx := \"a\\qb\"")).isEqualTo("e.rego:2:6: rego_parse_error: illegal escape sequence");
    }

    @Test
    void illegalCharacter() {
        assertThat(first("package p\nx := @")).isEqualTo("e.rego:2:6: rego_parse_error: illegal token");
    }

    @Test
    void numbersWithLeadingZeros() {
        assertThat(first("package p\nx := 007")).isEqualTo(
                "e.rego:2:6: rego_parse_error: unexpected number token: expected number without leading zero");
    }

    @Test
    void whitespaceAfterADotIsNotAllowedInRefs() {
        assertThat(first("package p\nx := input.\n  a")).isEqualTo(
                "e.rego:3:3: rego_parse_error: unexpected ident token: expected ident");
    }

    @Test
    void v1RequiresIfBeforeBodies() {
        assertThat(first("package p\np { true }")).isEqualTo(
                "e.rego:2:1: rego_parse_error: `if` keyword is required before rule body");
    }

    @Test
    void v1RequiresContainsForSets() {
        List<RegoError> es = errors("package p\np[x] if { x := 1 }\nq[x] { x := 1 }");
        assertThat(es).extracting(RegoError::format).containsExactly(
                "e.rego:3:1: rego_parse_error: `if` keyword is required before rule body",
                "e.rego:3:1: rego_parse_error: `contains` keyword is required for partial set rules");
    }

    @Test
    void v1RequiresABodyOrAValue() {
        assertThat(first("package p\np.a.b")).isEqualTo(
                "e.rego:2:1: rego_parse_error: rule must have value assignment and/or body declaration");
    }

    @Test
    void aBareVariableIsNotARule() {
        assertThat(first("package p\np")).isEqualTo("e.rego:2:1: rego_parse_error: var cannot be used for rule name");
    }

    @Test
    void defaultValuesMustBeConstant() {
        assertThat(first("package p\ndefault a := x")).isEqualTo(
                "e.rego:2:1: rego_parse_error: illegal default rule (value cannot contain var)");
        assertThat(first("package p\ndefault a := count([])")).isEqualTo(
                "e.rego:2:1: rego_parse_error: illegal default rule (value cannot contain call)");
    }

    @Test
    void defaultOnASetRuleIsRejected() {
        assertThat(first("package p\ndefault s contains 1")).isEqualTo(
                "e.rego:2:1: rego_parse_error: illegal default rule (must have a value)");
    }

    @Test
    void elseIsNotAllowedOnSetRules() {
        assertThat(first("package p\nq contains 1 if { true } else := 2")).startsWith("e.rego:2:");
        assertThat(first("package p\nq[x] := 1 if { x := 1 } else := 2")).isEqualTo(
                "e.rego:2:25: rego_parse_error: else keyword cannot be used on rules with variables in head");
    }

    @Test
    void importsMustStartWithARootDocument() {
        assertThat(first("package p\nimport foo.bar")).isEqualTo(
                "e.rego:2:8: rego_parse_error: unexpected import path, must begin with one of: "
                        + "{data, future, input, rego}, got: foo");
    }

    @Test
    void unknownFutureKeyword() {
        assertThat(first("package p\nimport future.keywords.unless")).isEqualTo(
                "e.rego:2:8: rego_parse_error: unexpected keyword, must be one of [contains every if in not]");
    }

    @Test
    void regoV1AndFutureKeywordsExcludeEachOtherInV0() {
        assertThat(errors("package p\nimport rego.v1\nimport future.keywords.in", true).get(0).format())
                .isEqualTo("e.rego:3:1: rego_parse_error: the `rego.v1` import implies `future.keywords`, "
                        + "these are therefore mutually exclusive");
    }

    @Test
    void negatingSomeIsIllegal() {
        assertThat(first("package p\np if { not some x in [1] }")).isEqualTo(
                "e.rego:2:12: rego_parse_error: unexpected some keyword: illegal negation of 'some'");
    }

    @Test
    void unaryMinusOnlyAppliesToNumbers() {
        assertThat(first("package p\nx := -y")).isEqualTo(
                "e.rego:2:7: rego_parse_error: unexpected ident token: expected number");
    }

    @Test
    void deepNestingIsAnErrorNotACrash() {
        String deep = "package p\nx := " + "[".repeat(50_000) + "]".repeat(50_000);
        assertThat(first(deep)).endsWith("rego_parse_error: max parsing recursion depth exceeded");
    }

    @Test
    void longOperatorChainsCountAgainstTheDepthBound() {
        String chain = "package p\nx := 1" + " + 1".repeat(50_000);
        assertThat(first(chain)).endsWith("rego_parse_error: max parsing recursion depth exceeded");
    }
}
