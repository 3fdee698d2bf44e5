package dev.rampart.wasm.builtins;

import dev.rampart.wasm.value.Value;

/** Checks shared by every call; wrong arity is a compiler bug, not a policy error, so it is not a BuiltinError. */
final class Dispatch {
    private Dispatch() {}

    static void checkArity(String name, int arity, Value[] args) {
        if (args.length != arity) {
            throw new IllegalArgumentException(name + " takes " + arity + " operands, called with " + args.length);
        }
        for (int i = 0; i < args.length; i++) {
            if (args[i] == null) {
                throw new IllegalArgumentException(name + ": operand " + (i + 1) + " is undefined");
            }
        }
    }
}
