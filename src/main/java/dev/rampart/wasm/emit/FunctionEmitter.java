package dev.rampart.wasm.emit;

import dev.rampart.rego.ir.Block;
import dev.rampart.rego.ir.Func;
import dev.rampart.rego.ir.Operand;
import dev.rampart.rego.ir.Operand.Const;
import dev.rampart.rego.ir.Operand.Local;
import dev.rampart.rego.ir.Stmt;
import dev.rampart.rego.ir.Stmt.*;
import dev.rampart.wasm.abi.Handles;
import dev.rampart.wasm.abi.HostImport;
import java.util.ArrayList;
import java.util.List;

/**
 * Emits the code of one function. Every IR {@link Block} becomes a Wasm {@code block}; a statement that
 * fails branches to the end of the innermost one; a scan is a counted {@code loop} over the host's
 * {@code len}/{@code key_at}/{@code value_at}. Locals hold value handles (i32, 0 = undefined).
 */
final class FunctionEmitter {
    private final Func f;
    private final ModuleEmitter module;
    private final ByteSink code = new ByteSink();
    private final int[] wasmLocal;
    private int nextLocal;
    /** Open Wasm control structures, innermost last: true for those that are IR blocks (failure targets). */
    private final List<Boolean> labels = new ArrayList<>();

    FunctionEmitter(Func f, ModuleEmitter module) {
        this.f = f;
        this.module = module;
        this.wasmLocal = new int[f.locals()];
        java.util.Arrays.fill(wasmLocal, -1);
        for (int i = 0; i < f.params().size(); i++) {
            wasmLocal[f.params().get(i).index()] = i;
        }
        nextLocal = f.params().size();
        for (int i = 0; i < f.locals(); i++) {
            if (wasmLocal[i] < 0) {
                wasmLocal[i] = nextLocal++;
            }
        }
    }

    /** The function's body as the code section holds it: locals, then instructions. */
    ByteSink emit(int memoId) {
        Local input = f.params().get(0);
        Local data = f.params().get(1);
        if (f.memoized()) {
            int cached = newLocal();
            code.u8(Op.I32_CONST).s32(memoId);
            pushLocal(input);
            pushLocal(data);
            call(HostImport.MEMO_GET);
            code.u8(Op.LOCAL_TEE).u32(cached).u8(Op.I32_CONST).s32(-1).u8(Op.I32_NE);
            code.u8(Op.IF).u8(Op.EMPTY).u8(Op.LOCAL_GET).u32(cached).u8(Op.RETURN).u8(Op.END);
        }
        block(f.body());
        if (f.memoized()) {
            code.u8(Op.I32_CONST).s32(memoId);
            pushLocal(input);
            pushLocal(data);
            pushLocal(f.result());
            call(HostImport.MEMO_PUT);
        }
        pushLocal(f.result());
        code.u8(Op.END);
        ByteSink body = new ByteSink();
        int declared = nextLocal - f.params().size();
        if (declared == 0) {
            body.u32(0);
        } else {
            body.u32(1).u32(declared).u8(Op.I32);
        }
        body.bytes(code.toArray());
        return body;
    }

    private int newLocal() {
        return nextLocal++;
    }

    // ---- control

    private void block(Block b) {
        code.u8(Op.BLOCK).u8(Op.EMPTY);
        labels.add(true);
        for (Stmt s : b.stmts()) {
            stmt(s);
        }
        labels.remove(labels.size() - 1);
        code.u8(Op.END);
    }

    /** The relative depth of the {@code n}-th enclosing IR block (0: the innermost). */
    private int depthOfBlock(int n) {
        int seen = -1;
        for (int i = labels.size() - 1; i >= 0; i--) {
            if (labels.get(i) && ++seen == n) {
                return labels.size() - 1 - i;
            }
        }
        throw new IllegalStateException("break " + n + " leaves function " + f.name());
    }

    /** Branches to the end of the innermost block when the i32 on the stack is not 0. */
    private void failIf() {
        code.u8(Op.BR_IF).u32(depthOfBlock(0));
    }

    /** Branches to the end of the innermost block when the i32 on the stack is 0. */
    private void failIfZero() {
        code.u8(Op.I32_EQZ);
        failIf();
    }

    private void stmt(Stmt s) {
        switch (s) {
            case BlockStmt b -> b.blocks().forEach(this::block);
            case BreakStmt b -> code.u8(Op.BR).u32(depthOfBlock(b.index()));
            case ScanStmt sc -> scan(sc);
            case NotStmt n -> {
                code.u8(Op.BLOCK).u8(Op.EMPTY);
                labels.add(true);
                n.body().stmts().forEach(this::stmt);
                code.u8(Op.BR).u32(depthOfBlock(1)); // the body held: the negation fails
                labels.remove(labels.size() - 1);
                code.u8(Op.END);
            }
            case DotStmt d -> {
                push(d.source());
                push(d.key());
                call(HostImport.DOT);
                teeAndFailIfUndefined(d.target());
            }
            case StorageDotStmt d -> {
                push(d.source());
                push(d.key());
                call(HostImport.DOT_STORAGE);
                teeAndFailIfUndefined(d.target());
            }
            case AssignStmt a -> {
                push(a.source());
                if (a.source() instanceof Const) {
                    setLocal(a.target());
                } else {
                    teeAndFailIfUndefined(a.target());
                }
            }
            case AssignOnceStmt a -> {
                if (a.source() instanceof Local src) {
                    pushLocal(src);
                    failIfZero();
                }
                pushLocal(a.target());
                push(a.source());
                code.u8(Op.I32_CONST).s32(a.site());
                call(HostImport.ASSIGN_ONCE);
                setLocal(a.target());
            }
            case ResetStmt r -> {
                code.u8(Op.I32_CONST).s32(Handles.UNDEFINED);
                setLocal(r.target());
            }
            case MakeStmt m -> {
                code.u8(Op.I32_CONST).s32(collection(m.kind()));
                call(HostImport.MAKE);
                setLocal(m.target());
            }
            case ArrayAppendStmt a -> {
                push(a.value());
                pushLocal(a.array());
                call(HostImport.ARRAY_APPEND);
            }
            case SetAddStmt a -> {
                push(a.value());
                pushLocal(a.set());
                call(HostImport.SET_ADD);
            }
            case ObjectInsertStmt o -> {
                push(o.key());
                push(o.value());
                pushLocal(o.object());
                code.u8(Op.I32_CONST).s32(o.site());
                call(HostImport.OBJECT_INSERT);
            }
            case DocInsertStmt d -> {
                pushLocal(d.doc());
                pushArray(d.path());
                push(d.value());
                code.u8(Op.I32_CONST).s32(d.setMember() ? 1 : 0);
                code.u8(Op.I32_CONST).s32(d.site());
                call(HostImport.DOC_INSERT);
            }
            case MergeStmt m -> {
                push(m.base());
                push(m.overlay());
                call(HostImport.MERGE);
                setLocal(m.target());
            }
            case UpsertStmt u -> {
                push(u.doc());
                pushArray(u.path());
                push(u.value());
                call(HostImport.UPSERT);
                setLocal(u.target());
            }
            case EqualStmt e -> {
                push(e.a());
                push(e.b());
                call(HostImport.EQUAL);
                failIfZero();
            }
            case NotEqualStmt e -> {
                push(e.a());
                push(e.b());
                call(HostImport.EQUAL);
                failIf();
            }
            case TruthyStmt t -> truthy(t.value());
            case IsDefinedStmt d -> {
                pushLocal(d.local());
                failIfZero();
            }
            case IsUndefinedStmt d -> {
                pushLocal(d.local());
                failIf();
            }
            case IsCollectionStmt c -> {
                push(c.value());
                code.u8(Op.I32_CONST).s32(c.kind() == null ? Handles.ANY_COLLECTION : collection(c.kind()));
                code.u8(Op.I32_CONST).s32(c.size());
                call(HostImport.IS_COLLECTION);
                failIfZero();
            }
            case CallStmt c -> {
                c.args().forEach(this::push);
                code.u8(Op.CALL).u32(module.functionIndex(c.func()));
                teeAndFailIfUndefined(c.result());
            }
            case BuiltinStmt b -> builtin(b);
        }
    }

    private void scan(ScanStmt sc) {
        int length = newLocal();
        int index = newLocal();
        pushLocal(sc.source());
        call(HostImport.LEN);
        code.u8(Op.LOCAL_SET).u32(length);
        code.u8(Op.I32_CONST).s32(0).u8(Op.LOCAL_SET).u32(index);
        code.u8(Op.BLOCK).u8(Op.EMPTY);
        labels.add(false);
        code.u8(Op.LOOP).u8(Op.EMPTY);
        labels.add(false);
        code.u8(Op.LOCAL_GET).u32(index).u8(Op.LOCAL_GET).u32(length).u8(Op.I32_GE_S).u8(Op.BR_IF).u32(1);
        if (sc.key() != null) {
            pushLocal(sc.source());
            code.u8(Op.LOCAL_GET).u32(index);
            call(HostImport.KEY_AT);
            setLocal(sc.key());
        }
        pushLocal(sc.source());
        code.u8(Op.LOCAL_GET).u32(index);
        call(HostImport.VALUE_AT);
        setLocal(sc.value());
        block(sc.body());
        code.u8(Op.LOCAL_GET).u32(index).u8(Op.I32_CONST).s32(1).u8(Op.I32_ADD).u8(Op.LOCAL_SET).u32(index);
        code.u8(Op.BR).u32(0);
        labels.remove(labels.size() - 1);
        code.u8(Op.END);
        labels.remove(labels.size() - 1);
        code.u8(Op.END);
    }

    private void truthy(Operand v) {
        if (v instanceof Const c) {
            if (Handles.constant(c.index()) == Handles.FALSE) {
                code.u8(Op.BR).u32(depthOfBlock(0));
            }
            return;
        }
        pushLocal((Local) v);
        failIfZero();
        pushLocal((Local) v);
        code.u8(Op.I32_CONST).s32(Handles.FALSE).u8(Op.I32_EQ);
        failIf();
    }

    private void builtin(BuiltinStmt b) {
        int id = module.builtinId(b.name());
        code.u8(Op.I32_CONST).s32(id);
        code.u8(Op.I32_CONST).s32(b.site());
        HostImport imp = HostImport.builtin(b.args().size());
        if (imp == HostImport.BUILTIN_ARRAY) {
            pushArray(b.args());
        } else {
            b.args().forEach(this::push);
        }
        call(imp);
        teeAndFailIfUndefined(b.result());
    }

    /** Builds an array of the operands on the host and pushes its handle. */
    private void pushArray(List<Operand> ops) {
        int arr = newLocal();
        code.u8(Op.I32_CONST).s32(Handles.ARRAY);
        call(HostImport.MAKE);
        code.u8(Op.LOCAL_SET).u32(arr);
        for (Operand op : ops) {
            push(op);
            code.u8(Op.LOCAL_GET).u32(arr);
            call(HostImport.ARRAY_APPEND);
        }
        code.u8(Op.LOCAL_GET).u32(arr);
    }

    // ---- operands

    private void push(Operand op) {
        switch (op) {
            case Local l -> pushLocal(l);
            case Const c -> code.u8(Op.I32_CONST).s32(Handles.constant(c.index()));
        }
    }

    private void pushLocal(Local l) {
        code.u8(Op.LOCAL_GET).u32(wasmLocal[l.index()]);
    }

    private void setLocal(Local l) {
        code.u8(Op.LOCAL_SET).u32(wasmLocal[l.index()]);
    }

    private void teeAndFailIfUndefined(Local l) {
        code.u8(Op.LOCAL_TEE).u32(wasmLocal[l.index()]);
        failIfZero();
    }

    private void call(HostImport imp) {
        code.u8(Op.CALL).u32(imp.ordinal());
    }

    private static int collection(Collection kind) {
        return switch (kind) {
            case ARRAY -> Handles.ARRAY;
            case OBJECT -> Handles.OBJECT;
            case SET -> Handles.SET;
        };
    }
}
