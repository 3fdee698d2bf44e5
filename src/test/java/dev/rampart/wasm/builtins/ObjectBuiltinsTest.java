package dev.rampart.wasm.builtins;

import static dev.rampart.wasm.builtins.Calls.assertCall;
import static dev.rampart.wasm.builtins.Calls.assertTypeError;
import static dev.rampart.wasm.builtins.Calls.assertUndefined;

import org.junit.jupiter.api.Test;

class ObjectBuiltinsTest {
    private static final String OBJ = "{\"a\": 5, \"b\": {\"c\": 8}, \"c\": 7, {1}: 8, {\"a\": 5}: 9, true: false, 5: 10, null: 5}";

    @Test
    void getReturnsTheValueOrTheDefault() {
        assertCall("5", "object.get", OBJ, "\"a\"", "\"default\"");
        assertCall("9", "object.get", OBJ, "{\"a\": 5}", "\"default\"");
        assertCall("\"default\"", "object.get", OBJ, "\"zz\"", "\"default\"");
    }

    @Test
    void getFollowsAPathArray() {
        assertCall("8", "object.get", OBJ, "[\"b\", \"c\"]", "\"default\"");
        assertCall("\"default\"", "object.get", OBJ, "[\"a\", \"b\"]", "\"default\"");
        assertCall("2", "object.get", "{\"a\": [1, 2]}", "[\"a\", 1]", "0");
        assertCall("0", "object.get", "{\"a\": [1, 2]}", "[\"a\", 1.0]", "0");
        assertCall("\"x\"", "object.get", "{\"s\": {\"x\"}}", "[\"s\", \"x\"]", "0");
        assertCall("{\"a\": 1}", "object.get", "{\"a\": 1}", "[]", "0");
        assertTypeError("object.get: operand 1 must be object but got array", "object.get", "[]", "\"a\"", "0");
    }

    @Test
    void keysAreASetOfAnyKind() {
        assertCall("{\"a\", \"b\", \"c\", {1}, {\"a\": 5}, true, 5, null}", "object.keys", OBJ);
        assertCall("set()", "object.keys", "{}");
        assertTypeError("object.keys: operand 1 must be object but got string", "object.keys", "\"a\"");
    }

    @Test
    void removeDropsKeysGivenAsArraySetOrObject() {
        String expected = "{\"c\": 7, {\"a\": 5}: 9, true: false, 5: 10, null: 5}";
        assertCall(expected, "object.remove", OBJ, "[\"a\", \"b\", {1}]");
        assertCall(expected, "object.remove", OBJ, "{\"a\", \"b\", {1}}");
        assertCall(expected, "object.remove", OBJ, "{\"a\": 1, \"b\": 1, {1}: 1}");
    }

    @Test
    void removeNamesWrongOperands() {
        assertTypeError("object.remove: operand 1 must be object but got string", "object.remove", "\"foo\"", "[]");
        assertTypeError("object.remove: operand 2 must be one of {object, set, array} but got null", "object.remove", "{}", "null");
    }

    @Test
    void filterKeepsTheNamedKeys() {
        assertCall("{\"a\": 5, {1}: 8}", "object.filter", OBJ, "[\"a\", {1}]");
        assertCall("{\"a\": 5, \"c\": 7}", "object.filter", OBJ, "{\"a\": 1, \"c\": 0}");
        assertCall("{\"a\": 5, \"c\": 7}", "object.filter", OBJ, "{\"a\", \"c\", \"nope\"}");
    }

    @Test
    void unionMergesNestedObjectsAndTheRightSideWins() {
        assertCall("{\"a\": 1, \"b\": 2, \"c\": 3}", "object.union", "{\"a\": 1, \"b\": 0}", "{\"b\": 2, \"c\": 3}");
        assertCall("{\"a\": {\"b\": 1, \"c\": 2}}", "object.union", "{\"a\": {\"b\": 1}}", "{\"a\": {\"c\": 2}}");
        assertCall("{\"a\": 4}", "object.union", "{\"a\": {\"b\": 1}}", "{\"a\": 4}");
        assertTypeError("object.union: operand 2 must be object but got array", "object.union", "{}", "[1, 2, 3]");
    }

    @Test
    void unionNFoldsLeftToRight() {
        assertCall("{\"a\": {\"c\": 3}}", "object.union_n", "[{\"a\": {\"b\": 2}}, {\"a\": 4}, {\"a\": {\"c\": 3}}]");
        assertCall("{\"a\": 1, \"b\": {\"x\": 1, \"y\": 2}}", "object.union_n", "[{\"a\": 1}, {\"b\": {\"x\": 1}}, {\"b\": {\"y\": 2}}]");
        assertCall("{}", "object.union_n", "[]");
        assertTypeError("object.union_n: operand 1 must be array of objects but got array containing number", "object.union_n", "[{}, 1]");
    }

    @Test
    void jsonFilterKeepsThePathsGivenAsPointersOrArrays() {
        String obj = "{\"a\": 5, \"b\": {\"c\": {\"d\": 6}, \"d\": 7}, \"c\": 8}";
        assertCall("{\"a\": 5, \"b\": {\"c\": {\"d\": 6}}}", "json.filter", obj, "[\"a\", \"b/c\"]");
        assertCall("{\"b\": {\"d\": 7}, \"c\": 8}", "json.filter", obj, "{\"c\", [\"b\", \"d\"]}");
    }

    @Test
    void jsonFilterIndexesArraysByDecimalStringsAndSetsByMember() {
        String s = "{\"a\": [[1, [7, 8, 9], 2], {\"a\": 1, \"b\": 2, \"c\": 3}]}";
        assertCall("{\"a\": []}", "json.filter", s, "[[\"a\", 1]]");
        assertCall("{\"a\": [[[8, 9], 2]]}", "json.filter", s, "[\"a/0/1/2\", [\"a\", \"0\", \"2\"], \"a/0/1/1\"]");
        String t = "{\"a\": {1, 2, {\"x\"}, {8, 9, 10}}}";
        assertCall("{\"a\": {1}}", "json.filter", t, "[[\"a\", 1]]");
        assertCall("{\"a\": {{\"x\"}}}", "json.filter", t, "[[\"a\", {\"x\"}]]");
        assertCall("{\"a\": {{9}}}", "json.filter", t, "[[\"a\", {8, 9, 10}, 9]]");
    }

    @Test
    void jsonFilterUnescapesPointerSegments() {
        assertCall("{\"a/b\": {\"~c\": 1}}", "json.filter", "{\"a/b\": {\"~c\": 1, \"d\": 2}}", "[\"a~1b/~0c\"]");
    }

    @Test
    void jsonRemoveDropsThePaths() {
        String obj = "{\"a\": 5, \"b\": {\"c\": {\"d\": 6}, \"d\": 7}, \"c\": 8}";
        assertCall("{\"b\": {\"d\": 7}, \"c\": 8}", "json.remove", obj, "[\"a\", \"b/c\"]");
        assertCall("{\"a\": [1, 3]}", "json.remove", "{\"a\": [1, 2, 3]}", "[\"a/1\"]");
        assertCall("{\"a\": {1}}", "json.remove", "{\"a\": {1, 2}}", "[[\"a\", 2]]");
        assertTypeError("json.remove: operand 2 must be one of {set, array} but got string", "json.remove", "{}", "\"a\"");
        assertTypeError("json.remove: operand 2 must be one of {set, array} containing string paths or array of path segments but got number",
                "json.remove", "{}", "[1]");
    }

    @Test
    void jsonPatchAppliesOperationsInOrder() {
        assertCall("{\"a\": {\"foo\": 42, \"bar\": 2}}", "json.patch", "{\"a\": {\"foo\": 1}}",
                "[{\"op\": \"add\", \"path\": \"/a/bar\", \"value\": 2}, {\"op\": \"replace\", \"path\": \"/a/foo\", \"value\": 42}]");
        assertCall("{\"a\": {}, \"b\": {\"foo\": 1}}", "json.patch", "{\"a\": {\"foo\": 1}, \"b\": {}}",
                "[{\"op\": \"move\", \"from\": \"/a/foo\", \"path\": \"/b/foo\"}]");
        assertCall("{\"a\": {\"foo\": 1}, \"b\": {\"foo\": 1}}", "json.patch", "{\"a\": {\"foo\": 1}, \"b\": {}}",
                "[{\"op\": \"copy\", \"from\": \"/a/foo\", \"path\": \"/b/foo\"}]");
        assertCall("{\"a\": {\"foo\": 1}}", "json.patch", "{\"a\": {\"foo\": 1}}", "[{\"op\": \"test\", \"path\": \"/a/foo\", \"value\": 1}]");
        assertCall("{\"foo/bar\": {\"baz~\": 1, \"baz~test\": 2}}", "json.patch", "{\"foo/bar\": {\"baz~\": 1}}",
                "[{\"op\": \"add\", \"path\": \"/foo~1bar/baz~0test\", \"value\": 2}]");
    }

    @Test
    void jsonPatchEditsArraysByIndexAndDash() {
        assertCall("{\"arr\": [1, \"inserted\", 2, 3]}", "json.patch", "{\"arr\": [1, 2, 3]}", "[{\"op\": \"add\", \"path\": \"/arr/1\", \"value\": \"inserted\"}]");
        assertCall("{\"arr\": [1, 2, 3, 4]}", "json.patch", "{\"arr\": [1, 2, 3]}", "[{\"op\": \"add\", \"path\": \"/arr/-\", \"value\": 4}]");
        assertCall("{\"arr\": [1, 3]}", "json.patch", "{\"arr\": [1, 2, 3]}", "[{\"op\": \"remove\", \"path\": \"/arr/1\"}]");
    }

    @Test
    void jsonPatchAddressesSetMembersByValue() {
        assertCall("{\"a\", \"b\", \"c\", \"d\"}", "json.patch", "{\"a\", \"b\", \"c\"}", "[{\"op\": \"add\", \"path\": [\"d\"], \"value\": \"d\"}]");
        assertCall("{\"a\", \"c\"}", "json.patch", "{\"a\", \"b\", \"c\"}", "[{\"op\": \"remove\", \"path\": [\"b\"]}]");
        assertCall("{{\"a\": [1, 1]}}", "json.patch", "{{\"a\": [1]}}",
                "[{\"op\": \"copy\", \"from\": [{\"a\": [1]}, \"a\", 0], \"path\": [{\"a\": [1]}, \"a\", \"-\"]}]");
        assertUndefined("json.patch", "{\"a\", \"b\"}", "[{\"op\": \"replace\", \"path\": [\"a\"], \"value\": \"c\"}]");
        assertUndefined("json.patch", "{{\"a\": [1, 2]}}", "[{\"op\": \"replace\", \"path\": [{\"a\": [1, 2]}, \"a\", 1], \"value\": 9}]");
    }

    @Test
    void jsonPatchThatDoesNotApplyIsUndefined() {
        assertUndefined("json.patch", "[\"a\", \"b\"]", "[{\"op\": \"remove\", \"path\": [1.0]}]");
        assertUndefined("json.patch", "[1, 2]", "[{\"op\": \"remove\", \"path\": [-1]}]");
        assertUndefined("json.patch", "[1, 2]", "[{\"op\": \"remove\", \"path\": \"/01\"}]");
        assertUndefined("json.patch", "[1, 2]", "[{\"op\": \"remove\", \"path\": \"/-\"}]");
        assertUndefined("json.patch", "{}", "[{\"path\": \"/a\", \"value\": 1}]");
        assertUndefined("json.patch", "{}", "[{\"op\": \"add\", \"path\": \"/a\"}]");
        assertUndefined("json.patch", "{\"a\": {\"b\": 1}}", "[{\"op\": \"move\", \"from\": \"/a\", \"path\": \"/a/c\"}]");
        assertUndefined("json.patch", "{\"a\": 1}", "[{\"op\": \"test\", \"path\": \"/a\", \"value\": 2}]");
    }

    @Test
    void jsonPatchRootOperations() {
        assertUndefined("json.patch", "{\"a\": 1}", "[{\"op\": \"remove\", \"path\": \"\"}]");
        assertCall("{\"b\": 2}", "json.patch", "{\"a\": 1}",
                "[{\"op\": \"remove\", \"path\": \"\"}, {\"op\": \"add\", \"path\": \"\", \"value\": {\"b\": 2}}]");
        assertTypeError("json.patch: operand 2 must be array but got object", "json.patch", "{}", "{}");
    }
}
