package dev.rampart.wasm.builtins;

import static dev.rampart.wasm.builtins.Calls.assertBuiltinError;
import static dev.rampart.wasm.builtins.Calls.assertCall;
import static dev.rampart.wasm.builtins.Calls.assertTypeError;
import static dev.rampart.wasm.builtins.Calls.assertUndefined;
import static dev.rampart.wasm.builtins.Calls.call;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rampart.wasm.value.StringValue;
import dev.rampart.wasm.value.Value;
import org.junit.jupiter.api.Test;

class SemverUnitsUuidBuiltinsTest {

    @Test
    void semverComparesCoreThenPreRelease() {
        assertCall("1", "semver.compare", "\"1.9.10\"", "\"1.8.15\"");
        assertCall("-1", "semver.compare", "\"1.0.0-alpha\"", "\"1.0.0\"");
        assertCall("-1", "semver.compare", "\"1.0.0-alpha.1\"", "\"1.0.0-alpha.beta\"");
        assertCall("-1", "semver.compare", "\"1.0.0-2\"", "\"1.0.0-10\"");
        assertCall("-1", "semver.compare", "\"1.0.0-alpha\"", "\"1.0.0-alpha.1\"");
        assertCall("0", "semver.compare", "\"1.0.0+build1\"", "\"1.0.0+build2\"");
    }

    @Test
    void semverValidity() {
        assertCall("true", "semver.is_valid", "\"1.1.12-rc1+foo\"");
        assertCall("false", "semver.is_valid", "\"1.1\"");
        assertCall("false", "semver.is_valid", "\"v1.0.0\"");
        assertCall("false", "semver.is_valid", "1");
        assertBuiltinError("semver.compare: operand 2: string \"x\" is not a valid SemVer", "semver.compare", "\"1.0.0\"", "\"x\"");
        assertTypeError("semver.compare: operand 1 must be string but got number", "semver.compare", "1", "\"\"");
    }

    @Test
    void unitsParseKnowsSiAndBinarySuffixes() {
        assertCall("1000", "units.parse", "\"1k\"");
        assertCall("1000000", "units.parse", "\"1M\"");
        assertCall("0.001", "units.parse", "\"1m\"");
        assertCall("1024", "units.parse", "\"1Ki\"");
        assertCall("1024", "units.parse", "\"1KI\"");
        assertCall("1152921504606846976", "units.parse", "\"1Ei\"");
        assertCall("1000000000000000000", "units.parse", "\"1e\"");
        assertCall("1", "units.parse", "\"\\\"1\\\"\"");
        assertCall("1500", "units.parse", "\"1.5k\"");
        assertThat(call("units.parse", "\"1m\"").toString()).isEqualTo("0.0010000000");
    }

    @Test
    void unitsParseRejectsUnknownUnitsAndSpaces() {
        assertBuiltinError("units.parse: unit Qx not recognized", "units.parse", "\"1Qx\"");
        assertBuiltinError("units.parse: unit mb not recognized", "units.parse", "\"1mb\"");
        assertBuiltinError("units.parse: spaces not allowed in resource strings", "units.parse", "\"1 m\"");
        assertBuiltinError("units.parse: no amount provided", "units.parse", "\"k\"");
        assertTypeError("units.parse: operand 1 must be string but got array", "units.parse", "[\"1\"]");
    }

    @Test
    void unitsParseBytesIsCaseInsensitiveAndTruncates() {
        assertCall("1024", "units.parse_bytes", "\"1KiB\"");
        assertCall("1000000", "units.parse_bytes", "\"1MB\"");
        assertCall("1000", "units.parse_bytes", "\"1k\"");
        assertCall("1536", "units.parse_bytes", "\"1.5ki\"");
        assertCall("12", "units.parse_bytes", "\"12.7\"");
        assertCall("1152921504606846976", "units.parse_bytes", "\"1EIB\"");
        assertBuiltinError("units.parse_bytes: byte unit xi not recognized", "units.parse_bytes", "\"1xi\"");
        assertBuiltinError("units.parse_bytes: spaces not allowed in resource strings", "units.parse_bytes", "\"1 m\"");
        assertBuiltinError("units.parse_bytes: no byte amount provided", "units.parse_bytes", "\"mb\"");
    }

    @Test
    void unitsBeyondOpaAreExactExtensions() {
        assertCall("1000000000000000000000000000000", "units.parse", "\"1Q\"");
        assertCall("0.001", "units.parse", "\"1m\"");
        assertCall("1e-30", "units.parse", "\"1q\"");
        assertCall("10", "units.parse", "\"1da\"");
        assertCall("1208925819614629174706176", "units.parse_bytes", "\"1yi\"");
        assertCall("1000000000000000000000000000000", "units.parse_bytes", "\"1QB\"");
    }

    @Test
    void uuidRfc4122IsAStableRandomVersion4PerKey() {
        BuiltinContext ctx = Calls.context();
        Value a = Calls.call(ctx, "uuid.rfc4122", "\"1\"");
        assertThat(Calls.call(ctx, "uuid.rfc4122", "\"1\"")).isEqualTo(a);
        assertThat(Calls.call(ctx, "uuid.rfc4122", "\"2\"")).isNotEqualTo(a);
        String s = ((StringValue) a).value();
        assertThat(s).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
        assertThat(Calls.call(ctx, "uuid.parse", "\"" + s + "\"")).hasToString("{\"variant\": \"RFC4122\", \"version\": 4}");
        assertTypeError("uuid.rfc4122: operand 1 must be string but got number", "uuid.rfc4122", "42");
    }

    @Test
    void uuidParseDecodesVersionsOneTwoAndTheTimeOfSeven() {
        assertCall("{\"clocksequence\": 555, \"macvariables\": \"local:unicast\", \"nodeid\": \"7a-b0-b9-e5-e0-c0\", "
                + "\"time\": 1703282931110717000, \"variant\": \"RFC4122\", \"version\": 1}",
                "uuid.parse", "\"b01d0062-a116-11ee-822b-7ab0b9e5e0c0\"");
        assertCall("{\"clocksequence\": 11776, \"domain\": \"Person\", \"id\": 1000, \"macvariables\": \"local:unicast\", "
                + "\"nodeid\": \"32-50-96-b3-9f-47\", \"time\": 1703290796079613600, \"variant\": \"RFC4122\", \"version\": 2}",
                "uuid.parse", "\"000003e8-a129-21ee-ae00-325096b39f47\"");
        assertCall("{\"time\": 1645557742000000000, \"variant\": \"RFC4122\", \"version\": 7}", "uuid.parse",
                "\"017F22E2-79B0-7CC3-98C4-DC0C0C07398F\"");
        assertCall("{\"variant\": \"RFC4122\", \"version\": 4}", "uuid.parse", "\"{a6342df8-7801-469c-b3f3-c5317a0ebdaa}\"");
    }

    @Test
    void uuidParseOfNonUuidIsUndefined() {
        assertUndefined("uuid.parse", "\"not-valid\"");
        assertTypeError("uuid.parse: operand 1 must be string but got number", "uuid.parse", "42");
    }
}
