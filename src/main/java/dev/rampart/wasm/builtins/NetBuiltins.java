package dev.rampart.wasm.builtins;

import dev.rampart.wasm.value.ArrayValue;
import dev.rampart.wasm.value.BooleanValue;
import dev.rampart.wasm.value.NumberValue;
import dev.rampart.wasm.value.ObjectValue;
import dev.rampart.wasm.value.SetValue;
import dev.rampart.wasm.value.StringValue;
import dev.rampart.wasm.value.Value;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * {@code net.cidr_contains} (and its old name {@code net.cidr_overlap}), {@code net.cidr_intersects},
 * {@code net.cidr_is_valid}, {@code net.cidr_expand} (bounded), {@code net.cidr_merge} and
 * {@code net.cidr_contains_matches}, with Go's address syntax and error messages.
 */
final class NetBuiltins {
    /** {@code net.cidr_expand} refuses networks larger than a /12 of IPv4. */
    static final long MAX_EXPANDED_ADDRESSES = 1L << 20;

    private NetBuiltins() {}

    static void register(Registry r) {
        FunctionBuiltin.Body contains = (ctx, a) -> BooleanValue.of(contains(a[0], a[1]));
        r.function("net.cidr_contains", 2, contains);
        r.function("net.cidr_overlap", 2, contains);
        r.function("net.cidr_intersects", 2, (ctx, a) -> {
            IpNetwork x = cidr(a[0]);
            IpNetwork y = cidr(a[1]);
            return BooleanValue.of(x.contains(y.base(), y.bits()) || y.contains(x.base(), x.bits()));
        });
        r.function("net.cidr_is_valid", 1, (ctx, a) ->
                BooleanValue.of(a[0] instanceof StringValue s && IpNetwork.parseCidr(s.value()) != null));
        r.function("net.cidr_expand", 1, (ctx, a) -> expand(ctx, cidr(a[0])));
        r.function("net.cidr_merge", 1, (ctx, a) -> merge(a[0]));
        r.function("net.cidr_contains_matches", 2, (ctx, a) -> containsMatches(a[0], a[1]));
    }

    // OPA reads every CIDR operand as "operand 1", whatever its position.
    private static IpNetwork cidr(Value v) {
        String s = Operands.string(v, 1);
        IpNetwork n = IpNetwork.parseCidr(s);
        if (n == null) {
            throw BuiltinError.failure("invalid CIDR address: " + s);
        }
        return n;
    }

    private static boolean contains(Value outer, Value inner) {
        IpNetwork net = cidr(outer);
        String s = Operands.string(inner, 1);
        IpNetwork address = IpNetwork.parseAddress(s);
        if (address != null) {
            return net.contains(address.base(), address.bits());
        }
        IpNetwork other = IpNetwork.parseCidr(s);
        if (other == null) {
            throw BuiltinError.failure("not a valid textual representation of an IP address or CIDR: " + s);
        }
        return net.contains(other);
    }

    private static SetValue expand(BuiltinContext ctx, IpNetwork net) {
        BigInteger size = net.size();
        if (size.compareTo(BigInteger.valueOf(MAX_EXPANDED_ADDRESSES)) > 0) {
            throw BuiltinError.failure("network " + net + " has " + size + " addresses, more than the "
                    + MAX_EXPANDED_ADDRESSES + " net.cidr_expand may produce");
        }
        int n = size.intValue();
        ctx.charge(n * (AllocationMeter.BYTES_PER_VALUE + 16 * AllocationMeter.BYTES_PER_CHAR));
        SetValue.Builder b = SetValue.builder(n);
        BigInteger address = net.base();
        for (int i = 0; i < n; i++, address = address.add(BigInteger.ONE)) {
            b.add(StringValue.of(IpNetwork.format(address, net.bits())));
        }
        return b.build();
    }

    /** The smallest set of CIDRs covering the same addresses: duplicates, contained and adjacent blocks merge. */
    private static SetValue merge(Value addrs) {
        List<Value> items = switch (addrs) {
            case ArrayValue arr -> arr.asList();
            case SetValue s -> s.asList();
            default -> throw BuiltinError.failure("operand must be an array");
        };
        List<IpNetwork> v4 = new ArrayList<>();
        List<IpNetwork> v6 = new ArrayList<>();
        for (Value item : items) {
            if (!(item instanceof StringValue s)) {
                throw BuiltinError.failure("element must be string");
            }
            IpNetwork net = IpNetwork.parseAddress(s.value());
            if (net == null) {
                net = IpNetwork.parseCidr(s.value());
                if (net == null) {
                    throw BuiltinError.failure("invalid CIDR address: " + s.value());
                }
            } else if (net.bits() == 128) {
                throw BuiltinError.failure("IPv6 invalid: needs prefix length");
            }
            (net.bits() == 32 ? v4 : v6).add(net);
        }
        SetValue.Builder out = SetValue.builder(items.size());
        for (List<IpNetwork> space : List.of(v4, v6)) {
            for (IpNetwork n : mergeSpace(space)) {
                out.add(StringValue.of(n.toString()));
            }
        }
        return out.build();
    }

    private static List<IpNetwork> mergeSpace(List<IpNetwork> nets) {
        List<IpNetwork> out = new ArrayList<>();
        if (nets.isEmpty()) {
            return out;
        }
        List<IpNetwork> sorted = new ArrayList<>(nets);
        sorted.sort(Comparator.comparing(IpNetwork::base).thenComparing(IpNetwork::last));
        int bits = sorted.getFirst().bits();
        BigInteger first = sorted.getFirst().base();
        BigInteger last = sorted.getFirst().last();
        IpNetwork only = sorted.getFirst();
        for (IpNetwork n : sorted.subList(1, sorted.size())) {
            if (n.base().compareTo(last.add(BigInteger.ONE)) <= 0) {
                last = last.max(n.last());
                only = null;
            } else {
                emit(out, only, first, last, bits);
                first = n.base();
                last = n.last();
                only = n;
            }
        }
        emit(out, only, first, last, bits);
        return out;
    }

    private static void emit(List<IpNetwork> out, IpNetwork only, BigInteger first, BigInteger last, int bits) {
        if (only != null) {
            out.add(only);
            return;
        }
        // The largest aligned blocks, left to right.
        BigInteger a = first;
        while (a.compareTo(last) <= 0) {
            int hostBits = a.signum() == 0 ? bits : Math.min(bits, a.getLowestSetBit());
            while (hostBits > 0 && a.add(BigInteger.ONE.shiftLeft(hostBits)).subtract(BigInteger.ONE).compareTo(last) > 0) {
                hostBits--;
            }
            out.add(new IpNetwork(a, bits - hostBits, bits));
            a = a.add(BigInteger.ONE.shiftLeft(hostBits));
        }
    }

    /** Pairs {@code [i, j]} where network {@code i} of the first operand contains item {@code j} of the second. */
    private static SetValue containsMatches(Value cidrs, Value candidates) {
        SetValue.Builder out = SetValue.builder(8);
        eachMatchTerm(1, cidrs, (cidr, i) -> eachMatchTerm(2, candidates, (candidate, j) -> {
            if (contains(cidr, candidate)) {
                out.add(ArrayValue.of(i, j));
            }
        }));
        return out.build();
    }

    // Strings stand for themselves; arrays, sets and objects give (CIDR, key) pairs, where an element may
    // itself be an array whose first element is the CIDR.
    private static void eachMatchTerm(int pos, Value v, BiConsumer<Value, Value> each) {
        switch (v) {
            case StringValue s -> each.accept(s, s);
            case ArrayValue arr -> {
                for (int i = 0; i < arr.size(); i++) {
                    each.accept(matchTerm(pos, arr.get(i)), NumberValue.of(i));
                }
            }
            case SetValue s -> {
                for (Value m : s.asList()) {
                    each.accept(matchTerm(pos, m), m);
                }
            }
            case ObjectValue o -> {
                for (int i = 0; i < o.size(); i++) {
                    each.accept(matchTerm(pos, o.valueAt(i)), o.keyAt(i));
                }
            }
            default -> { }
        }
    }

    private static Value matchTerm(int pos, Value v) {
        if (v instanceof StringValue) {
            return v;
        }
        if (v instanceof ArrayValue arr && !arr.isEmpty()) {
            return arr.get(0);
        }
        throw BuiltinError.failure("operand " + pos + ": element must be string or non-empty array");
    }
}
