package dev.rampart.wasm.builtins;

import static dev.rampart.wasm.builtins.Calls.assertBuiltinError;
import static dev.rampart.wasm.builtins.Calls.assertCall;
import static dev.rampart.wasm.builtins.Calls.assertTypeError;
import static dev.rampart.wasm.builtins.Calls.call;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rampart.wasm.value.SetValue;
import org.junit.jupiter.api.Test;

class NetBuiltinsTest {

    @Test
    void cidrContainsAddressesAndNetworks() {
        assertCall("true", "net.cidr_contains", "\"10.0.0.0/8\"", "\"10.1.2.3\"");
        assertCall("false", "net.cidr_contains", "\"10.0.0.0/8\"", "\"11.0.0.1\"");
        assertCall("true", "net.cidr_contains", "\"10.0.0.0/8\"", "\"10.5.0.0/16\"");
        assertCall("false", "net.cidr_contains", "\"10.5.0.0/16\"", "\"10.0.0.0/8\"");
        assertCall("true", "net.cidr_contains", "\"2001:db8::/32\"", "\"2001:db8::1\"");
        assertCall("false", "net.cidr_contains", "\"::/0\"", "\"1.2.3.4\"");
        assertCall("true", "net.cidr_contains", "\"10.0.0.0/8\"", "\"::ffff:10.0.0.1\"");
        assertCall("true", "net.cidr_overlap", "\"0.0.0.0/0\"", "\"8.8.8.8\"");
    }

    @Test
    void cidrContainsReportsBadInputLikeOpa() {
        assertBuiltinError("net.cidr_contains: invalid CIDR address: 10.0.0.0", "net.cidr_contains", "\"10.0.0.0\"", "\"10.0.0.1\"");
        assertBuiltinError("net.cidr_contains: not a valid textual representation of an IP address or CIDR: nope",
                "net.cidr_contains", "\"10.0.0.0/8\"", "\"nope\"");
        assertTypeError("net.cidr_contains: operand 1 must be string but got number", "net.cidr_contains", "\"10.0.0.0/8\"", "1");
    }

    @Test
    void goRejectsLeadingZerosAndOutOfRangeOctets() {
        assertCall("false", "net.cidr_is_valid", "\"010.0.0.0/8\"");
        assertCall("false", "net.cidr_is_valid", "\"256.0.0.0/8\"");
        assertCall("false", "net.cidr_is_valid", "\"10.0.0.0/33\"");
        assertCall("true", "net.cidr_is_valid", "\"10.0.0.0/08\"");
        assertCall("true", "net.cidr_is_valid", "\"fe80::1:2:3:4/64\"");
        assertCall("false", "net.cidr_is_valid", "7");
    }

    @Test
    void cidrIntersectsWhenEitherHoldsTheOthersStart() {
        assertCall("true", "net.cidr_intersects", "\"192.168.1.0/24\"", "\"192.168.1.128/25\"");
        assertCall("false", "net.cidr_intersects", "\"192.168.1.0/25\"", "\"192.168.1.128/25\"");
        assertBuiltinError("net.cidr_intersects: invalid CIDR address: not-a-cidr", "net.cidr_intersects", "\"192.168.1.0/28\"", "\"not-a-cidr\"");
    }

    @Test
    void cidrExpandListsEveryAddress() {
        assertCall("{\"10.0.0.0\", \"10.0.0.1\", \"10.0.0.2\", \"10.0.0.3\"}", "net.cidr_expand", "\"10.0.0.1/30\"");
        assertCall("{\"2001:db8::\", \"2001:db8::1\"}", "net.cidr_expand", "\"2001:db8::/127\"");
        assertThat(((SetValue) call("net.cidr_expand", "\"10.0.0.0/16\"")).size()).isEqualTo(65536);
    }

    @Test
    void cidrExpandIsBounded() {
        assertBuiltinError("net.cidr_expand: network 0.0.0.0/1 has 2147483648 addresses, more than the 1048576 net.cidr_expand may produce",
                "net.cidr_expand", "\"1.0.0.0/1\"");
        BuiltinContext ctx = BuiltinContext.builder().meter(new AllocationBudget(100_000)).build();
        assertThatThrownBy(() -> Calls.call(ctx, "net.cidr_expand", "\"10.0.0.0/16\"")).isInstanceOf(AllocationBudgetExceededException.class);
    }

    @Test
    void cidrMergeMergesAdjacentAndContainedNetworks() {
        assertCall("{\"192.0.128.0/23\"}", "net.cidr_merge", "[\"192.0.128.0/24\", \"192.0.129.0/24\"]");
        assertCall("{\"10.0.0.0/8\"}", "net.cidr_merge", "{\"10.0.0.0/8\", \"10.1.0.0/16\"}");
        assertCall("{\"10.0.0.0/31\", \"10.0.0.2/32\"}", "net.cidr_merge", "[\"10.0.0.0/32\", \"10.0.0.1\", \"10.0.0.2\"]");
        assertCall("{\"2601:600:8a80:207e::/64\"}", "net.cidr_merge",
                "[\"2601:600:8a80:207e:a57d:7567:e2c9:e7b3/64\", \"2601:600:8a80:207e:a57d:7567:e2c9:e7b3/128\"]");
        assertCall("{\"2601:600:8a80:207e:a57d:7567:e2c9:e7b3/128\"}", "net.cidr_merge",
                "[\"2601:600:8a80:207e:a57d:7567:e2c9:e7b3/128\", \"2601:600:8a80:207e:a57d:7567:e2c9:e7b3/128\"]");
        assertCall("set()", "net.cidr_merge", "[]");
    }

    @Test
    void cidrMergeRejectsBadElements() {
        assertBuiltinError("net.cidr_merge: IPv6 invalid: needs prefix length", "net.cidr_merge", "[\"2601:600:8a80:207e:a57d:7567:e2c9:e7b3\"]");
        assertBuiltinError("net.cidr_merge: element must be string", "net.cidr_merge", "[1]");
        assertBuiltinError("net.cidr_merge: operand must be an array", "net.cidr_merge", "\"10.0.0.0/8\"");
    }

    @Test
    void cidrContainsMatchesPairsKeys() {
        assertCall("{[0, \"a\"], [1, \"b\"]}", "net.cidr_contains_matches", "[\"10.0.0.0/8\", \"192.168.0.0/16\"]",
                "{\"a\": \"10.1.1.1\", \"b\": [\"192.168.1.1\", \"extra\"], \"c\": \"8.8.8.8\"}");
    }
}
