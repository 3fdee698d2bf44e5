package dev.rampart.wasm.builtins;

import static dev.rampart.wasm.builtins.Calls.assertCall;
import static dev.rampart.wasm.builtins.Calls.assertTypeError;
import static dev.rampart.wasm.builtins.Calls.error;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RegexAndGlobBuiltinsTest {

    @Test
    void matchFindsThePatternAnywhereUnlessAnchored() {
        assertCall("true", "regex.match", "\"^[a-z]+\\\\[[0-9]+\\\\]$\"", "\"foo[1]\"");
        assertCall("true", "regex.match", "\"^$\"", "\"\"");
        assertCall("true", "regex.match", "\"\"", "\"x\"");
        assertCall("false", "regex.match", "\"^$\"", "\"something\"");
        assertCall("true", "re_match", "\"b+\"", "\"abbc\"");
    }

    @Test
    void invalidPatternIsABuiltinErrorWithGosMessage() {
        BuiltinError e = error("regex.match", "\"$^[[[\"", "\"something\"");
        assertThat(e.code()).isEqualTo(BuiltinError.Code.BUILTIN_ERROR);
        assertThat(e.getMessage()).startsWith("regex.match: error parsing regexp: missing closing ]");
    }

    @Test
    void re2SyntaxRejectsBackreferencesAndLookaround() {
        assertCall("false", "regex.is_valid", "\"(a)\\\\1\"");
        assertCall("false", "regex.is_valid", "\"a(?=b)\"");
        assertCall("true", "regex.is_valid", "\"(?P<name>a)\\\\pL\"");
        assertCall("false", "regex.is_valid", "1");
    }

    @Test
    void splitLikeGo() {
        assertCall("[\"a\", \"b\", \"c\"]", "regex.split", "\"[,;]\"", "\"a,b;c\"");
        assertCall("[\"\"]", "regex.split", "\"a\"", "\"\"");
        assertCall("[\"\", \"b\", \"\"]", "regex.split", "\"a\"", "\"aba\"");
    }

    @Test
    void findNSkipsAnEmptyMatchRightAfterAMatch() {
        assertCall("[\"\", \"aaa\", \"\"]", "regex.find_n", "\"a*\"", "\"baaac\"", "-1");
        assertCall("[\"1\", \"22\"]", "regex.find_n", "\"[0-9]+\"", "\"a1b22c333\"", "2");
        assertCall("[]", "regex.find_n", "\"[0-9]+\"", "\"a1\"", "0");
        assertTypeError("regex.find_n: operand 3 must be integer number but got floating-point number", "regex.find_n", "\"a\"", "\"a\"", "1.5");
    }

    @Test
    void findAllStringSubmatchGivesEveryGroup() {
        assertCall("[[\"a1\", \"a\", \"1\"], [\"b2\", \"b\", \"2\"]]", "regex.find_all_string_submatch_n", "\"([a-z])([0-9])\"", "\"a1 b2\"", "-1");
        assertCall("[[\"a\", \"\"]]", "regex.find_all_string_submatch_n", "\"a(x)?\"", "\"a\"", "-1");
    }

    @Test
    void replaceExpandsGroupsTheGoWay() {
        assertCall("\"b-a\"", "regex.replace", "\"a-b\"", "\"(\\\\w)-(\\\\w)\"", "\"$2-$1\"");
        assertCall("\"[x]\"", "regex.replace", "\"x\"", "\"(?P<v>x)\"", "\"[${v}]\"");
        assertCall("\"$1\"", "regex.replace", "\"x\"", "\"x\"", "\"$$1\"");
        assertCall("\"\"", "regex.replace", "\"x\"", "\"(x)\"", "\"$1x\"");
        assertCall("\"baa\"", "regex.replace", "\"aaa\"", "\"^a\"", "\"b\"");
        assertCall("\"-a-b-\"", "regex.replace", "\"ab\"", "\"\"", "\"-\"");
    }

    @Test
    void globMatchesWithDelimiters() {
        assertCall("true", "glob.match", "\"*.github.com\"", "[]", "\"api.github.com\"");
        assertCall("false", "glob.match", "\"*.github.com\"", "[]", "\"api.cdn.github.com\"");
        assertCall("true", "glob.match", "\"*hub.com\"", "null", "\"api.cdn.github.com\"");
        assertCall("true", "glob.match", "\"*:github:com\"", "[\":\"]", "\"api:github:com\"");
        assertCall("true", "glob.match", "\"api.**.com\"", "[]", "\"api.cdn.github.com\"");
        assertCall("true", "glob.match", "\"api://*/appId\"", "null", "\"api://foo.com/appId\"");
    }

    @Test
    void globCharacterClassesAndAlternatives() {
        assertCall("true", "glob.match", "\"?at\"", "[]", "\"cat\"");
        assertCall("false", "glob.match", "\"?at\"", "[]", "\"at\"");
        assertCall("true", "glob.match", "\"[abc]at\"", "[]", "\"bat\"");
        assertCall("false", "glob.match", "\"[!abc]at\"", "[]", "\"cat\"");
        assertCall("true", "glob.match", "\"[!a-c]at\"", "[]", "\"lat\"");
        assertCall("true", "glob.match", "\"{cat,bat,[fr]at}\"", "[]", "\"rat\"");
        assertCall("false", "glob.match", "\"{cat,bat,[fr]at}\"", "[]", "\"at\"");
        assertCall("true", "glob.match", "\"a\\\\*b\"", "[]", "\"a*b\"");
        assertCall("false", "glob.match", "\"a\\\\*b\"", "[]", "\"axb\"");
    }

    @Test
    void globChecksItsOperands() {
        assertTypeError("glob.match: operand 2 must be one of {array, null} but got string", "glob.match", "\"a\"", "\"b\"", "\"a\"");
        assertTypeError("glob.match: operand 2 must be array of runes but got array containing string", "glob.match", "\"a\"", "[\"ab\"]", "\"a\"");
        assertCall("\"\\\\*\\\\?x\\\\[\\\\]\"", "glob.quote_meta", "\"*?x[]\"");
    }

    @Test
    void compiledPatternsAreCachedWithinABound() {
        for (int i = 0; i < 1500; i++) {
            assertCall("true", "regex.match", "\"^p" + i + "$\"", "\"p" + i + "\"");
        }
        assertThat(RegexCache.size()).isLessThanOrEqualTo(1000);
        assertThat(RegexCache.get("^p1499$")).isSameAs(RegexCache.get("^p1499$"));
    }
}
