package dev.rampart.wasm.runtime;

import com.dylibso.chicory.runtime.HostFunction;
import com.dylibso.chicory.runtime.ImportValues;
import com.dylibso.chicory.runtime.WasmFunctionHandle;
import com.dylibso.chicory.wasm.types.FunctionType;
import com.dylibso.chicory.wasm.types.ValType;
import dev.rampart.wasm.PolicyEvaluationException.Code;
import dev.rampart.wasm.abi.Handles;
import dev.rampart.wasm.abi.HostImport;
import dev.rampart.wasm.builtins.AllocationBudgetExceededException;
import dev.rampart.wasm.builtins.AllocationMeter;
import dev.rampart.wasm.builtins.Builtin;
import dev.rampart.wasm.builtins.BuiltinError;
import dev.rampart.wasm.builtins.FunctionBuiltin;
import dev.rampart.wasm.builtins.RelationBuiltin;
import dev.rampart.wasm.value.ArrayValue;
import dev.rampart.wasm.value.NumberValue;
import dev.rampart.wasm.value.ObjectValue;
import dev.rampart.wasm.value.SetValue;
import dev.rampart.wasm.value.Value;
import dev.rampart.wasm.value.Values;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The implementations of {@link HostImport}, bound to one {@link Evaluation}. */
final class HostFunctions {
    private static final long[] NONE = null;

    private final Evaluation ev;

    HostFunctions(Evaluation ev) {
        this.ev = ev;
    }

    ImportValues imports() {
        ImportValues.Builder b = ImportValues.builder();
        for (HostImport h : HostImport.values()) {
            b.addFunction(new HostFunction(HostImport.MODULE, h.field(), type(h), handle(h)));
        }
        return b.build();
    }

    private static FunctionType type(HostImport h) {
        return FunctionType.of(Collections.nCopies(h.params(), ValType.I32),
                h.hasResult() ? List.of(ValType.I32) : List.of());
    }

    private WasmFunctionHandle handle(HostImport h) {
        return switch (h) {
            case DOT -> (inst, a) -> ret(dot((int) a[0], (int) a[1]));
            case DOT_STORAGE -> (inst, a) -> ret(dotStorage((int) a[0], (int) a[1]));
            case LEN -> (inst, a) -> ret(len((int) a[0]));
            case KEY_AT -> (inst, a) -> ret(keyAt((int) a[0], (int) a[1]));
            case VALUE_AT -> (inst, a) -> ret(valueAt((int) a[0], (int) a[1]));
            case EQUAL -> (inst, a) -> ret(equal((int) a[0], (int) a[1]) ? 1 : 0);
            case MAKE -> (inst, a) -> ret(make((int) a[0]));
            case ARRAY_APPEND -> (inst, a) -> {
                arrayAppend((int) a[0], (int) a[1]);
                return NONE;
            };
            case SET_ADD -> (inst, a) -> {
                setAdd((int) a[0], (int) a[1]);
                return NONE;
            };
            case OBJECT_INSERT -> (inst, a) -> {
                objectInsert((int) a[0], (int) a[1], (int) a[2], (int) a[3]);
                return NONE;
            };
            case DOC_INSERT -> (inst, a) -> {
                docInsert((int) a[0], (int) a[1], (int) a[2], a[3] != 0, (int) a[4]);
                return NONE;
            };
            case MERGE -> (inst, a) -> ret(merge((int) a[0], (int) a[1]));
            case UPSERT -> (inst, a) -> ret(upsert((int) a[0], (int) a[1], (int) a[2]));
            case ASSIGN_ONCE -> (inst, a) -> ret(assignOnce((int) a[0], (int) a[1], (int) a[2]));
            case IS_COLLECTION -> (inst, a) -> ret(isCollection((int) a[0], (int) a[1], (int) a[2]) ? 1 : 0);
            case MEMO_GET -> (inst, a) -> ret(ev.memoGet((int) a[0], (int) a[1], (int) a[2]));
            case MEMO_PUT -> (inst, a) -> {
                ev.memoPut((int) a[0], (int) a[1], (int) a[2], (int) a[3]);
                return NONE;
            };
            case BUILTIN0, BUILTIN1, BUILTIN2, BUILTIN3, BUILTIN4 -> (inst, a) -> ret(builtin(a));
            case BUILTIN_ARRAY -> (inst, a) -> ret(builtinArray((int) a[0], (int) a[1], (int) a[2]));
        };
    }

    /**
     * The result of an import. Chicory copies it onto the Wasm stack as soon as the import returns and keeps no
     * reference, and a runner evaluates on one thread at a time, so one array serves every call (imports are
     * called millions of times per scan; a fresh array each time was most of what a scan allocated).
     */
    private long[] ret(int v) {
        result[0] = v;
        return result;
    }

    private final long[] result = new long[1];

    // ---- lookups and iteration

    private int dot(int src, int key) {
        ev.tick();
        if (src == Handles.UNDEFINED || key == Handles.UNDEFINED) {
            return Handles.UNDEFINED;
        }
        return ev.handle(Values.child(ev.value(src), ev.value(key)));
    }

    private int dotStorage(int src, int key) {
        int found = dot(src, key);
        if (found != Handles.UNDEFINED || src == Handles.UNDEFINED || key == Handles.UNDEFINED) {
            return found;
        }
        if (ev.value(src) instanceof ObjectValue o && ev.value(key) instanceof NumberValue n) {
            return ev.handle(o.get(n.render()));
        }
        return Handles.UNDEFINED;
    }

    private int len(int src) {
        ev.tick();
        if (src == Handles.UNDEFINED) {
            return -1;
        }
        return switch (ev.value(src)) {
            case ArrayValue a -> a.size();
            case ObjectValue o -> o.size();
            case SetValue s -> s.size();
            default -> -1;
        };
    }

    private int keyAt(int src, int i) {
        ev.tick();
        return switch (ev.value(src)) {
            case ArrayValue a -> ev.handle(NumberValue.of(i));
            case ObjectValue o -> ev.handle(o.keyAt(i));
            case SetValue s -> ev.handle(s.get(i));
            default -> Handles.UNDEFINED;
        };
    }

    private int valueAt(int src, int i) {
        ev.tick();
        return switch (ev.value(src)) {
            case ArrayValue a -> ev.handle(a.get(i));
            case ObjectValue o -> ev.handle(o.valueAt(i));
            case SetValue s -> ev.handle(s.get(i));
            default -> Handles.UNDEFINED;
        };
    }

    private boolean equal(int a, int b) {
        ev.tick();
        if (a == b) {
            return a != Handles.UNDEFINED;
        }
        if (a == Handles.UNDEFINED || b == Handles.UNDEFINED) {
            return false;
        }
        return ev.value(a).equals(ev.value(b));
    }

    private boolean isCollection(int h, int kind, int size) {
        ev.tick();
        if (h == Handles.UNDEFINED) {
            return false;
        }
        int n = switch (ev.value(h)) {
            case ArrayValue a when kind == Handles.ARRAY || kind == Handles.ANY_COLLECTION -> a.size();
            case ObjectValue o when kind == Handles.OBJECT || kind == Handles.ANY_COLLECTION -> o.size();
            case SetValue s when kind == Handles.SET || kind == Handles.ANY_COLLECTION -> s.size();
            default -> -1;
        };
        return n >= 0 && (size < 0 || n == size);
    }

    // ---- construction

    private int make(int kind) {
        ev.tick();
        return ev.add(switch (kind) {
            case Handles.ARRAY -> ArrayValue.builder(4);
            case Handles.OBJECT -> ObjectValue.builder(4);
            case Handles.SET -> SetValue.builder(4);
            default -> throw new IllegalArgumentException("collection kind " + kind);
        });
    }

    private void arrayAppend(int value, int array) {
        ev.tick();
        ev.charge(AllocationMeter.BYTES_PER_VALUE);
        ((ArrayValue.Builder) ev.builder(array)).add(ev.value(value));
    }

    private void setAdd(int value, int set) {
        ev.tick();
        SetValue.Builder b = (SetValue.Builder) ev.builder(set);
        Value v = ev.value(value);
        if (!b.contains(v)) {
            ev.charge(AllocationMeter.BYTES_PER_VALUE);
            b.add(v);
        }
    }

    private void objectInsert(int key, int value, int object, int site) {
        ev.tick();
        Object target = ev.builder(object);
        Value k = ev.value(key);
        Value v = ev.value(value);
        if (target instanceof DocTree t) {
            insertInto(t, List.of(k), v, false, site);
            return;
        }
        ObjectValue.Builder b = (ObjectValue.Builder) target;
        if (site >= 0) {
            Value existing = b.get(k);
            if (existing != null) {
                if (!existing.equals(v)) {
                    throw conflict(site);
                }
                return;
            }
        }
        ev.charge(AllocationMeter.BYTES_PER_VALUE * 2);
        b.put(k, v);
    }

    private void docInsert(int doc, int path, int value, boolean setMember, int site) {
        ev.tick();
        Object target = ev.builder(doc);
        DocTree tree;
        if (target instanceof DocTree t) {
            tree = t;
        } else if (target instanceof ObjectValue.Builder b && b.size() == 0) {
            tree = new DocTree();
            ev.replaceBuilder(doc, tree);
        } else {
            throw new IllegalStateException("document under construction expected");
        }
        insertInto(tree, ((ArrayValue) ev.value(path)).asList(), ev.value(value), setMember, site);
    }

    private void insertInto(DocTree tree, List<Value> path, Value value, boolean setMember, int site) {
        ev.charge(AllocationMeter.BYTES_PER_VALUE * (path.size() + 1));
        try {
            tree.insert(path, value, setMember);
        } catch (DocTree.Conflict c) {
            throw conflict(site);
        }
    }

    private int assignOnce(int current, int next, int site) {
        ev.tick();
        if (current == Handles.UNDEFINED || current == next) {
            return next;
        }
        if (ev.value(current).equals(ev.value(next))) {
            return current;
        }
        throw conflict(site);
    }

    private RuntimeException conflict(int site) {
        return ev.error(Code.CONFLICT, ev.module.siteLocation(site), ev.module.siteMessage(site));
    }

    private int merge(int base, int overlay) {
        ev.tick();
        if (base == Handles.UNDEFINED) {
            return overlay;
        }
        if (overlay == Handles.UNDEFINED) {
            return base;
        }
        return ev.handle(Documents.merge(ev.value(base), ev.value(overlay)));
    }

    private int upsert(int doc, int path, int value) {
        ev.tick();
        Value d = doc == Handles.UNDEFINED ? null : ev.value(doc);
        List<Value> p = ((ArrayValue) ev.value(path)).asList();
        ev.charge(AllocationMeter.BYTES_PER_VALUE * (p.size() + 1));
        return ev.handle(Documents.upsert(d, p, 0, ev.value(value)));
    }

    // ---- built-ins

    private int builtin(long[] a) {
        Value[] args = new Value[a.length - 2];
        for (int i = 0; i < args.length; i++) {
            int h = (int) a[i + 2];
            if (h == Handles.UNDEFINED) {
                return Handles.UNDEFINED;
            }
            args[i] = ev.value(h);
        }
        return callBuiltin((int) a[0], (int) a[1], args);
    }

    private int builtinArray(int id, int site, int argsArray) {
        List<Value> list = ((ArrayValue) ev.value(argsArray)).asList();
        return callBuiltin(id, site, list.toArray(new Value[0]));
    }

    private int callBuiltin(int id, int site, Value[] args) {
        ev.tick();
        Builtin b = ev.module.builtin(id);
        try {
            return switch (b) {
                case FunctionBuiltin f -> ev.handle(f.call(ev.builtins(), args));
                case RelationBuiltin r -> {
                    List<Value> all = r.call(ev.builtins(), args);
                    yield ev.handle(ArrayValue.of(new ArrayList<>(all)));
                }
            };
        } catch (BuiltinError e) {
            if (ev.builtins().strict()) {
                Code code = e.code() == BuiltinError.Code.TYPE_ERROR ? Code.TYPE : Code.BUILTIN;
                throw ev.error(code, ev.module.siteLocation(site), e.getMessage());
            }
            return Handles.UNDEFINED;
        } catch (AllocationBudgetExceededException e) {
            throw ev.budgetExceeded(e);
        }
    }
}
