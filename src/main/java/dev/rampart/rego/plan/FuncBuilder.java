package dev.rampart.rego.plan;

import dev.rampart.rego.Location;
import dev.rampart.rego.ir.Func;
import dev.rampart.rego.ir.Operand.Local;
import dev.rampart.rego.ir.Stmt;
import java.util.ArrayList;
import java.util.List;

/** One function being planned: its locals and the block statements currently go to. */
final class FuncBuilder {
    private final String name;
    private final Location location;
    private final List<Local> params = new ArrayList<>();
    private final BlockBuilder root = new BlockBuilder();
    private BlockBuilder current = root;
    private int locals;
    private int depth = 1; // IR blocks enclosing the current one, itself included

    FuncBuilder(String name, Location location) {
        this.name = name;
        this.location = location;
    }

    String name() {
        return name;
    }

    Local param() {
        Local l = newLocal();
        params.add(l);
        return l;
    }

    Local newLocal() {
        return new Local(locals++);
    }

    void emit(Stmt s) {
        current.add(s);
    }

    BlockBuilder current() {
        return current;
    }

    /** Makes {@code b} the block statements go to, and returns the previous one for {@link #restore}. */
    BlockBuilder enter(BlockBuilder b) {
        BlockBuilder prev = current;
        current = b;
        depth++;
        return prev;
    }

    void restore(BlockBuilder prev) {
        current = prev;
        depth--;
    }

    /** How many blocks enclose the current point (the function's body counts as one). */
    int depth() {
        return depth;
    }

    /** Plans {@code body} into {@code b}, then goes back to the current block. */
    void in(BlockBuilder b, Runnable body) {
        BlockBuilder prev = enter(b);
        try {
            body.run();
        } finally {
            restore(prev);
        }
    }

    Func build(Local result, boolean memoized) {
        return new Func(name, params, result, locals, root.build(), memoized, location);
    }
}
