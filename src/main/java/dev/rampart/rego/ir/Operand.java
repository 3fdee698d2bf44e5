package dev.rampart.rego.ir;

/** What a statement reads: a local of the current function, or an entry of the plan's constant table. */
public sealed interface Operand permits Operand.Local, Operand.Const {

    /** A local variable slot; it holds a value or is undefined. */
    record Local(int index) implements Operand {
        @Override
        public String toString() {
            return "l" + index;
        }
    }

    /** The {@code index}-th constant of the plan; constants 0, 1 and 2 are {@code false}, {@code true} and {@code null}. */
    record Const(int index) implements Operand {
        public static final Const FALSE = new Const(0);
        public static final Const TRUE = new Const(1);
        public static final Const NULL = new Const(2);

        @Override
        public String toString() {
            return "c" + index;
        }
    }
}
