package dev.rampart.wasm.builtins;

import static dev.rampart.wasm.builtins.Calls.assertBuiltinError;
import static dev.rampart.wasm.builtins.Calls.assertCall;
import static dev.rampart.wasm.builtins.Calls.assertTypeError;

import org.junit.jupiter.api.Test;

class EncodingBuiltinsTest {

    @Test
    void base64RoundTrips() {
        assertCall("\"aGVsbG8=\"", "base64.encode", "\"hello\"");
        assertCall("\"hello\"", "base64.decode", "\"aGVsbG8=\"");
        assertCall("\"hello\"", "base64.decode", "\"aGVs\\nbG8=\"");
        assertCall("true", "base64.is_valid", "\"aGVsbG8=\"");
        assertCall("false", "base64.is_valid", "\"aGVsbG8\"");
        assertCall("false", "base64.is_valid", "1");
    }

    @Test
    void base64RejectsMalformedInputLikeGo() {
        assertBuiltinError("base64.decode: illegal base64 data at input byte 4", "base64.decode", "\"aGVsbG8\"");
        assertBuiltinError("base64.decode: illegal base64 data at input byte 2", "base64.decode", "\"aG!s\"");
        assertTypeError("base64.encode: operand 1 must be string but got number", "base64.encode", "1");
    }

    @Test
    void base64urlRestoresMissingPadding() {
        assertCall("\"Pz8_\"", "base64url.encode", "\"???\"");
        assertCall("\"aGk\"", "base64url.encode_no_pad", "\"hi\"");
        assertCall("\"hi\"", "base64url.decode", "\"aGk\"");
        assertCall("\"hi\"", "base64url.decode", "\"aGk=\"");
        assertBuiltinError("base64url.decode: illegal base64url string: a", "base64url.decode", "\"a\"");
    }

    @Test
    void hexRoundTrips() {
        assertCall("\"6869\"", "hex.encode", "\"hi\"");
        assertCall("\"hi\"", "hex.decode", "\"6869\"");
        assertBuiltinError("hex.decode: encoding/hex: odd length hex string", "hex.decode", "\"686\"");
        assertBuiltinError("hex.decode: encoding/hex: invalid byte: U+0067 'g'", "hex.decode", "\"6g\"");
    }

    @Test
    void urlqueryEscapesLikeGo() {
        assertCall("\"a+b%26c%3Dd~e%2A\"", "urlquery.encode", "\"a b&c=d~e*\"");
        assertCall("\"a b&c=d\"", "urlquery.decode", "\"a+b%26c%3Dd\"");
        assertBuiltinError("urlquery.decode: invalid URL escape \"%zz\"", "urlquery.decode", "\"%zz\"");
    }

    @Test
    void urlqueryObjectsSortKeysAndRepeatValues() {
        assertCall("\"a=1&b=x&b=y\"", "urlquery.encode_object", "{\"b\": [\"x\", \"y\"], \"a\": \"1\"}");
        assertCall("\"a=1\"", "urlquery.encode_object", "{\"a\": {\"1\"}}");
        assertTypeError("urlquery.encode_object: operand 1 values must be string, array[string], or set[string]",
                "urlquery.encode_object", "{\"a\": 1}");
        assertCall("{\"a\": [\"1\"], \"b\": [\"x\", \"y z\"]}", "urlquery.decode_object", "\"a=1&b=x&b=y+z\"");
        assertCall("{\"flag\": [\"\"]}", "urlquery.decode_object", "\"flag\"");
    }
}
