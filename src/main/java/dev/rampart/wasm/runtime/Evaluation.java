package dev.rampart.wasm.runtime;

import dev.rampart.rego.Location;
import dev.rampart.wasm.EvalOptions;
import dev.rampart.wasm.PolicyEvaluationException;
import dev.rampart.wasm.PolicyEvaluationException.Code;
import dev.rampart.wasm.abi.Handles;
import dev.rampart.wasm.builtins.AllocationBudget;
import dev.rampart.wasm.builtins.AllocationBudgetExceededException;
import dev.rampart.wasm.builtins.AllocationMeter;
import dev.rampart.wasm.builtins.BuiltinContext;
import dev.rampart.wasm.value.ArrayValue;
import dev.rampart.wasm.value.BooleanValue;
import dev.rampart.wasm.value.NullValue;
import dev.rampart.wasm.value.ObjectValue;
import dev.rampart.wasm.value.SetValue;
import dev.rampart.wasm.value.Value;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The host side of one evaluation at a time on one instance: the handle arena (constants first, then what
 * this evaluation made, reset for the next), collections under construction, the memo of rule results,
 * and the budgets. Every import the module calls goes through {@link #tick()}, which enforces the
 * deadline; every handle and collection element is charged to the allocation budget.
 */
final class Evaluation {
    private static final int DEADLINE_CHECK_INTERVAL = 1024;
    /** The largest arena kept for the next evaluation (8 MB of references). */
    private static final int MAX_KEPT_SLOTS = 1 << 20;

    final LoadedModule module;
    private final Value[] constants;
    private final int firstDynamic;
    private Object[] slots = new Object[256];
    private int size;
    private final Map<MemoKey, Integer> memo = new HashMap<>();
    private AllocationBudget budget;
    private BuiltinContext builtins;
    private java.time.Duration timeout;
    private long deadline;
    private int ticks;
    private String entrypoint;

    private record MemoKey(int func, int input, int data) {}

    Evaluation(LoadedModule module) {
        this.module = module;
        this.constants = module.constants();
        this.firstDynamic = constants.length + 1;
    }

    /** Prepares for a new evaluation: forgets the previous one's handles and memo. */
    void reset(String entrypoint, EvalOptions options) {
        if (slots.length > MAX_KEPT_SLOTS) {
            slots = new Object[256]; // do not keep a huge arena alive between evaluations
        } else {
            Arrays.fill(slots, 0, size, null); // keep the array: the next scan will need as many handles
        }
        size = 0;
        memo.clear();
        this.entrypoint = entrypoint;
        this.budget = new AllocationBudget(options.allocationBytes());
        this.builtins = BuiltinContext.builder().strict(options.strict()).meter(budget)
                .printSink(options.printSink()).build();
        this.timeout = options.timeout();
        this.deadline = System.nanoTime() + timeout.toNanos();
        this.ticks = 0;
    }

    /** Names the entrypoint now being evaluated, for error messages. */
    void enter(String name) {
        this.entrypoint = name;
    }

    long deadline() {
        return deadline;
    }

    String entrypoint() {
        return entrypoint;
    }

    BuiltinContext builtins() {
        return builtins;
    }

    /** Counts a host call and checks the deadline now and then. */
    void tick() {
        if (++ticks % DEADLINE_CHECK_INTERVAL == 0 && System.nanoTime() > deadline) {
            throw error(Code.TIMEOUT, null, "evaluation exceeded its time budget of " + dev.rampart.Durations.format(timeout));
        }
    }

    PolicyEvaluationException error(Code code, Location where, String message) {
        return new PolicyEvaluationException(code, entrypoint, where, message, null);
    }

    PolicyEvaluationException budgetExceeded(AllocationBudgetExceededException e) {
        return new PolicyEvaluationException(Code.BUDGET, entrypoint, null,
                "evaluation exceeded its allocation budget of " + budget.limit() + " bytes", e);
    }

    // ---- handles

    /** The handle of a value: the fixed ones for booleans and null, a new one otherwise (0 for null). */
    int handle(Value v) {
        if (v == null) {
            return Handles.UNDEFINED;
        }
        if (v instanceof BooleanValue b) {
            return b.value() ? Handles.TRUE : Handles.FALSE;
        }
        if (v instanceof NullValue) {
            return Handles.NULL;
        }
        return add(v);
    }

    /** A new handle for a value or a collection under construction. */
    int add(Object o) {
        charge(AllocationMeter.BYTES_PER_VALUE);
        if (size == slots.length) {
            slots = Arrays.copyOf(slots, size * 2);
        }
        slots[size] = o;
        return firstDynamic + size++;
    }

    void charge(long bytes) {
        try {
            budget.charge(bytes);
        } catch (AllocationBudgetExceededException e) {
            throw budgetExceeded(e);
        }
    }

    /** The value of a handle; a collection under construction is finished (sealed) on first read. */
    Value value(int h) {
        if (h < firstDynamic) {
            if (h <= 0) {
                throw new IllegalStateException("read of an undefined handle");
            }
            return constants[h - 1];
        }
        Object o = slots[h - firstDynamic];
        if (o instanceof Value v) {
            return v;
        }
        Value sealed = switch (o) {
            case ArrayValue.Builder b -> b.build();
            case ObjectValue.Builder b -> b.build();
            case SetValue.Builder b -> b.build();
            case DocTree t -> t.build();
            default -> throw new IllegalStateException("unexpected slot " + o);
        };
        slots[h - firstDynamic] = sealed;
        return sealed;
    }

    /** The collection under construction behind {@code h}, reopened (copied) if it was already read. */
    Object builder(int h) {
        if (h < firstDynamic) {
            throw new IllegalStateException("constants cannot be modified");
        }
        Object o = slots[h - firstDynamic];
        Object reopened = switch (o) {
            case ArrayValue a -> ArrayValue.builder(a.size()).addAll(a);
            case ObjectValue ov -> {
                ObjectValue.Builder b = ObjectValue.builder(ov.size());
                ov.forEach(b::put);
                yield b;
            }
            case SetValue s -> SetValue.builder(s.size()).addAll(s);
            default -> o;
        };
        slots[h - firstDynamic] = reopened;
        return reopened;
    }

    void replaceBuilder(int h, Object b) {
        slots[h - firstDynamic] = b;
    }

    // ---- memo

    int memoGet(int func, int input, int data) {
        Integer h = memo.get(new MemoKey(func, input, data));
        return h == null ? -1 : h;
    }

    void memoPut(int func, int input, int data, int value) {
        memo.put(new MemoKey(func, input, data), value);
    }
}
