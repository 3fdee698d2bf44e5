package dev.rampart.wasm.builtins;

import static dev.rampart.wasm.builtins.Calls.assertBuiltinError;
import static dev.rampart.wasm.builtins.Calls.assertCall;
import static dev.rampart.wasm.builtins.Calls.assertTypeError;
import static dev.rampart.wasm.builtins.Calls.call;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StringBuiltinsTest {

    @Test
    void concatJoinsArraysAndSetsOfStrings() {
        assertCall("\"Hello, world\"", "concat", "\", \"", "[\"Hello\", \"world\"]");
        assertCall("\"Hello, world\"", "concat", "\", \"", "{\"world\", \"Hello\"}");
        assertCall("\"\"", "concat", "\",\"", "[]");
        assertCall("\"a\"", "concat", "\",\"", "[\"a\"]");
    }

    @Test
    void concatNamesWrongOperands() {
        assertTypeError("concat: operand 1 must be string but got null", "concat", "null", "[]");
        assertTypeError("concat: operand 2 must be one of {set, array} but got string", "concat", "\"\"", "\"\"");
        assertTypeError("concat: operand 2 must be array of strings but got array containing number", "concat", "\"\"", "[\"a\", 1]");
    }

    @Test
    void containsStartswithEndswith() {
        assertCall("true", "contains", "\"Hello, world\"", "\", \"");
        assertCall("true", "contains", "\"\"", "\"\"");
        assertCall("false", "contains", "\"\"", "\",\"");
        assertCall("true", "startswith", "\"Hello\"", "\"He\"");
        assertCall("true", "endswith", "\"Hello, world\"", "\"ld\"");
        assertCall("false", "endswith", "\"\"", "\"ld\"");
        assertTypeError("contains: operand 2 must be string but got set", "contains", "\"\"", "set()");
        assertTypeError("startswith: operand 1 must be string but got boolean", "startswith", "true", "\"\"");
    }

    @Test
    void lowerAndUpperMapEachCodePointLikeGo() {
        assertCall("\"abcd109\"", "lower", "\"aBcD109\"");
        assertCall("\"\u03c3\"", "lower", "\"\u03a3\"");
        assertCall("\"i\"", "lower", "\"\u0130\""); // one code point to one, as Go (Java's String.toLowerCase gives two)
    }

    @Test
    void lowerGivesASigmaThatEndsAWordItsFinalForm() {
        // ὈΔΥΣΣΕΎΣ → ὀδυσσεύς: only the last sigma ends the word (Go, and so OPA, gives σ there).
        assertCall("\"\u1f40\u03b4\u03c5\u03c3\u03c3\u03b5\u03cd\u03c2\"", "lower", "\"\u1f48\u0394\u03a5\u03a3\u03a3\u0395\u038e\u03a3\"");
        assertCall("\"\u03bf\u03c2 \u03c3\u03b1\"", "lower", "\"\u039f\u03a3 \u03a3\u0391\""); // ΟΣ ΣΑ → ος σα
        assertCall("\"\u03bf\u03c2.\"", "lower", "\"\u039f\u03a3.\""); // a full stop after the word
        assertCall("\"\u03bf\u03c3'\u03b1\"", "lower", "\"\u039f\u03a3'\u0391\""); // an apostrophe inside it
        assertCall("\"long\u0250string\"", "lower", "\"LONG\u2C6FSTRING\"");
        assertCall("\"ABC\u00df\"", "upper", "\"abc\u00df\"");
        assertTypeError("lower: operand 1 must be string but got number", "lower", "1");
    }

    @Test
    void indexofCountsCodePoints() {
        assertCall("2", "indexof", "\"Hello world\"", "\"llo\"");
        assertCall("-1", "indexof", "\"Hello world\"", "\"hel\"");
        assertCall("1", "indexof", "\"\u03bcx\"", "\"x\"");
        assertCall("9", "indexof", "\"sk\u00f6n var v\u00e5ren\"", "\"v\u00e5r\"");
        assertCall("-1", "indexof", "\"\u03bc\"", "\"\u03bc\u03bc\"");
        assertBuiltinError("indexof: empty search character", "indexof", "\"\"", "\"\"");
    }

    @Test
    void indexofNFindsOverlappingOccurrences() {
        assertCall("[0, 1]", "indexof_n", "\"aaa\"", "\"aa\"");
        assertCall("[0, 2, 4]", "indexof_n", "\"a\u00e5a\u00e5a\"", "\"a\"");
        assertCall("[]", "indexof_n", "\"abc\"", "\"x\"");
    }

    @Test
    void substringCountsCodePointsAndToleratesLongLengths() {
        assertCall("\"ell\"", "substring", "\"hello\"", "1", "3");
        assertCall("\"ello\"", "substring", "\"hello\"", "1", "-1");
        assertCall("\"\"", "substring", "\"aaa\"", "4", "-1");
        assertCall("\"\"", "substring", "\"\u00e5\u00e4\u00f6\"", "4", "-1");
        assertCall("\"\u00e4\u00f6\"", "substring", "\"\u00e5\u00e4\u00f6\"", "1", "10");
        assertBuiltinError("substring: negative offset", "substring", "\"abc\"", "-1", "1");
        assertTypeError("substring: operand 2 must be integer number but got floating-point number", "substring", "\"abc\"", "1.5", "1");
    }

    @Test
    void splitBehavesLikeGo() {
        assertCall("[\"a\", \"b\", \"c\"]", "split", "\"a.b.c\"", "\".\"");
        assertCall("[\"foo\"]", "split", "\"foo\"", "\".\"");
        assertCall("[\"t\", \"e\", \"s\", \"t\"]", "split", "\"test\"", "\"\"");
        assertCall("[]", "split", "\"\"", "\"\"");
        assertCall("[\"\", \"\"]", "split", "\",\"", "\",\"");
    }

    @Test
    void splitNTakesTheFirstOrLastParts() {
        assertCall("[\"a\", \"b\"]", "strings.split_n", "\"a.b.c.d\"", "\".\"", "2");
        assertCall("[\"c\", \"d\"]", "strings.split_n", "\"a.b.c.d\"", "\".\"", "-2");
        assertCall("[\"a\", \"b\", \"c\", \"d\"]", "strings.split_n", "\"a.b.c.d\"", "\".\"", "10");
        assertCall("[]", "strings.split_n", "\"a.b.c.d\"", "\".\"", "0");
        assertCall("[\"\"]", "strings.split_n", "\"\"", "\".\"", "2");
        assertCall("[\"b\", \"c\"]", "strings.split_n", "\"abc\"", "\"\"", "-2");
        assertTypeError("strings.split_n: operand 3 must be integer number but got floating-point number", "strings.split_n", "\"a.b.c\"", "\".\"", "1.5");
    }

    @Test
    void replaceReplacesEveryNonOverlappingOccurrence() {
        assertCall("\"foo,,.bar\"", "replace", "\"foo...bar\"", "\"..\"", "\",,\"");
        assertCall("\"XaXbX\"", "replace", "\"ab\"", "\"\"", "\"X\"");
    }

    @Test
    void replaceNAppliesPatternsInKeyOrderAtEachPosition() {
        assertCall("\"1 2 3\"", "strings.replace_n", "{\"a\": \"1\", \"b\": \"2\", \"c\": \"3\"}", "\"a b c\"");
        assertCall("\"Xb\"", "strings.replace_n", "{\"a\": \"X\", \"ab\": \"Y\"}", "\"ab\"");
        assertTypeError("strings.replace_n: operand 1 non-string value found in pattern object", "strings.replace_n", "{\"a\": 1}", "\"a\"");
        assertTypeError("strings.replace_n: operand 1 non-string key found in pattern object", "strings.replace_n", "{1: \"a\"}", "\"a\"");
    }

    @Test
    void trimFamily() {
        assertCall("\"b\"", "trim", "\"aabaa\"", "\"a\"");
        assertCall("\"baa\"", "trim_left", "\"aabaa\"", "\"a\"");
        assertCall("\"aab\"", "trim_right", "\"aabaa\"", "\"a\"");
        assertCall("\"baa\"", "trim_prefix", "\"aabaa\"", "\"aa\"");
        assertCall("\"aab\"", "trim_suffix", "\"aabaa\"", "\"aa\"");
        assertCall("\"x y\"", "trim_space", "\" \\t\\n x y\\u00a0\\u2003\"");
        assertCall("\"b\"", "trim", "\"xyxbyx\"", "\"yx\"");
    }

    @Test
    void formatIntTruncatesTowardZero() {
        assertCall("\"1010\"", "format_int", "10", "2");
        assertCall("\"12\"", "format_int", "10.7", "8");
        assertCall("\"-a\"", "format_int", "-10.999999999", "16");
        assertCall("\"f\"", "format_int", "15.5", "16");
        assertCall("\"-10\"", "format_int", "-10", "10");
        assertTypeError("format_int: operand 2 must be one of {2, 8, 10, 16}", "format_int", "10", "4");
        assertTypeError("format_int: operand 1 must be number but got string", "format_int", "\"10\"", "2");
    }

    @Test
    void anyPrefixAndSuffixMatch() {
        assertCall("true", "strings.any_prefix_match", "[\"a/b/c\", \"e/f/g\"]", "[\"a/\", \"x\"]");
        assertCall("false", "strings.any_prefix_match", "\"a/b\"", "{\"b\", \"c\"}");
        assertCall("true", "strings.any_suffix_match", "{\"a.txt\"}", "\".txt\"");
        assertCall("false", "strings.any_prefix_match", "[]", "\"a\"");
        assertTypeError("strings.any_prefix_match: operand 1 must be array of strings but got array containing number",
                "strings.any_prefix_match", "[\"a\", 1]", "\"a\"");
        assertTypeError("strings.any_prefix_match: operand 2 must be one of {string, set, array} but got number",
                "strings.any_prefix_match", "\"a\"", "1");
    }

    @Test
    void reverseAndCount() {
        assertCall("\"cba\"", "strings.reverse", "\"abc\"");
        assertCall("\"\uD83D\uDE00a\"", "strings.reverse", "\"a\uD83D\uDE00\"");
        assertCall("3", "strings.count", "\"cheese\"", "\"e\"");
        assertCall("2", "strings.count", "\"11111\"", "\"11\"");
        assertCall("6", "strings.count", "\"dummy\"", "\"\"");
        assertCall("1", "strings.count", "\"\"", "\"\"");
    }

    @Test
    void stringBuildingIsChargedToTheBudget() {
        BuiltinContext ctx = BuiltinContext.builder().meter(new AllocationBudget(100)).build();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Calls.call(ctx, "replace", "\"aaaaaaaaaa\"", "\"a\"", "\"bbbbbbbbbb\""))
                .isInstanceOf(AllocationBudgetExceededException.class);
        assertThat(call("replace", "\"ab\"", "\"a\"", "\"c\"")).hasToString("\"cb\"");
    }
}
