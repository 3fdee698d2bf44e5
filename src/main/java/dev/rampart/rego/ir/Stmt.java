package dev.rampart.rego.ir;

import dev.rampart.rego.ir.Operand.Local;
import java.util.List;

/**
 * One IR statement. Statements marked "fails" end the innermost enclosing {@link Block} when their condition
 * does not hold; the others always complete. {@code site} operands index the plan's {@link Site} table, which
 * gives errors raised there a location and a message.
 */
public sealed interface Stmt {

    /** Runs each block in turn; a failure ends only the block it happens in. */
    record BlockStmt(List<Block> blocks) implements Stmt {
        public BlockStmt {
            blocks = List.copyOf(blocks);
        }
    }

    /** Ends the {@code index}-th enclosing block (0: the current one), as if a statement had failed there. */
    record BreakStmt(int index) implements Stmt {}

    /**
     * Runs {@code body} once per element of {@code source} (array index/element, object key/value, set
     * member/member) with {@code key} (null: not needed) and {@code value} set; nothing when it is not a collection.
     */
    record ScanStmt(Local source, Local key, Local value, Block body) implements Stmt {}

    /** Fails when {@code body} completes; completes when {@code body} fails. */
    record NotStmt(Block body) implements Stmt {}

    /** {@code target = source[key]}; fails when undefined. */
    record DotStmt(Operand source, Operand key, Local target) implements Stmt {}

    /** {@code target = source}; fails when {@code source} is undefined. */
    record AssignStmt(Operand source, Local target) implements Stmt {}

    /**
     * {@code target = source[key]} for base data read through a {@code data} reference: as OPA's storage
     * paths do, a number key also finds an object key spelt as that number ({@code data.x[2]} finds
     * {@code "2"}); fails when undefined.
     */
    record StorageDotStmt(Operand source, Operand key, Local target) implements Stmt {}

    /** {@code target = source} when {@code target} is undefined or equal; a conflict error otherwise. */
    record AssignOnceStmt(Operand source, Local target, int site) implements Stmt {}

    /** Makes {@code target} undefined. */
    record ResetStmt(Local target) implements Stmt {}

    /** A new empty array, object or set in {@code target}. */
    record MakeStmt(Collection kind, Local target) implements Stmt {}

    /** Appends to an array made by {@link MakeStmt}. */
    record ArrayAppendStmt(Operand value, Local array) implements Stmt {}

    /** Adds a member to a set made by {@link MakeStmt}. */
    record SetAddStmt(Operand value, Local set) implements Stmt {}

    /**
     * Puts {@code key: value} into an object made by {@link MakeStmt}. With a {@code site} (≥ 0) a different
     * value already under the key is a conflict error; without one (-1) the new value replaces it.
     */
    record ObjectInsertStmt(Operand key, Operand value, Local object, int site) implements Stmt {}

    /**
     * Puts {@code value} at {@code path} inside the object {@code doc} (made by {@link MakeStmt}), creating
     * objects on the way: as a member of a set there when {@code setMember}, else as the value (a different
     * value already there is a conflict error at {@code site}). Rules with ref heads build their documents so.
     */
    record DocInsertStmt(Local doc, List<Operand> path, Operand value, boolean setMember, int site)
            implements Stmt {
        public DocInsertStmt {
            path = List.copyOf(path);
        }
    }

    /**
     * {@code target} = {@code base} with {@code overlay} merged in, recursively for objects on both sides;
     * either may be undefined. Virtual documents are merged with base data so.
     */
    record MergeStmt(Operand base, Operand overlay, Local target) implements Stmt {}

    /** {@code target} = a copy of {@code doc} with {@code value} at {@code path} (objects created as needed): {@code with}. */
    record UpsertStmt(Operand doc, List<Operand> path, Operand value, Local target) implements Stmt {
        public UpsertStmt {
            path = List.copyOf(path);
        }
    }

    /** Fails unless {@code a} and {@code b} are equal values. */
    record EqualStmt(Operand a, Operand b) implements Stmt {}

    /** Fails when {@code a} and {@code b} are equal values. */
    record NotEqualStmt(Operand a, Operand b) implements Stmt {}

    /** Fails unless {@code value} is defined and not {@code false}: an expression's test. */
    record TruthyStmt(Operand value) implements Stmt {}

    /** Fails unless {@code local} is defined. */
    record IsDefinedStmt(Local local) implements Stmt {}

    /** Fails unless {@code local} is undefined. */
    record IsUndefinedStmt(Local local) implements Stmt {}

    /**
     * Fails unless {@code value} is a collection of that kind (any kind when {@code kind} is null), with
     * {@code size} elements when {@code size ≥ 0}.
     */
    record IsCollectionStmt(Operand value, Collection kind, int size) implements Stmt {}

    /** Calls a planned function; fails when its result is undefined. */
    record CallStmt(String func, List<Operand> args, Local result) implements Stmt {
        public CallStmt {
            args = List.copyOf(args);
        }
    }

    /**
     * Calls a built-in function on the host; fails when the result is undefined (or, outside strict mode,
     * when the built-in reports an error).
     */
    record BuiltinStmt(String name, List<Operand> args, Local result, int site) implements Stmt {
        public BuiltinStmt {
            args = List.copyOf(args);
        }
    }

    /** The kinds of collection statements build and test. */
    enum Collection { ARRAY, OBJECT, SET }
}
