package dev.rampart.rego.ir;

import dev.rampart.rego.ast.Terms;
import dev.rampart.rego.ir.Stmt.*;
import java.util.List;
import java.util.stream.Collectors;

/** Prints a plan as indented text, for debugging the planner ({@code rampart eval --explain-plan}). */
public final class IrPrinter {
    private final StringBuilder out = new StringBuilder();
    private final Plan plan;

    private IrPrinter(Plan plan) {
        this.plan = plan;
    }

    /** The whole plan: constants, sites, entrypoints and functions. */
    public static String print(Plan plan) {
        IrPrinter p = new IrPrinter(plan);
        p.plan();
        return p.out.toString();
    }

    private void plan() {
        for (int i = 0; i < plan.constants().size(); i++) {
            out.append("const c").append(i).append(" = ").append(Terms.print(plan.constants().get(i))).append('\n');
        }
        for (int i = 0; i < plan.sites().size(); i++) {
            Site s = plan.sites().get(i);
            out.append("site s").append(i).append(" = ").append(s.location()).append(" \"").append(s.message())
                    .append("\"\n");
        }
        for (Plan.Entry e : plan.entrypoints()) {
            out.append("entrypoint ").append(e.name()).append(" -> ").append(e.func()).append('\n');
        }
        for (Func f : plan.funcs()) {
            out.append("\nfunc ").append(f.name()).append('(')
                    .append(f.params().stream().map(Object::toString).collect(Collectors.joining(", ")))
                    .append(") -> ").append(f.result()).append(f.memoized() ? " memoized" : "").append(" {\n");
            block(f.body(), 1);
            out.append("}\n");
        }
    }

    private void block(Block b, int depth) {
        for (Stmt s : b.stmts()) {
            stmt(s, depth);
        }
    }

    private void line(int depth, String text) {
        out.append("  ".repeat(depth)).append(text).append('\n');
    }

    private void stmt(Stmt s, int d) {
        switch (s) {
            case BlockStmt b -> {
                line(d, "blocks {");
                for (Block inner : b.blocks()) {
                    line(d + 1, "block {");
                    block(inner, d + 2);
                    line(d + 1, "}");
                }
                line(d, "}");
            }
            case BreakStmt b -> line(d, "break " + b.index());
            case ScanStmt sc -> {
                line(d, "scan " + sc.source() + " key " + sc.key() + " value " + sc.value() + " {");
                block(sc.body(), d + 1);
                line(d, "}");
            }
            case NotStmt n -> {
                line(d, "not {");
                block(n.body(), d + 1);
                line(d, "}");
            }
            case DotStmt x -> line(d, x.target() + " = " + x.source() + "[" + x.key() + "]");
            case StorageDotStmt x -> line(d, x.target() + " = " + x.source() + "[" + x.key() + "] storage");
            case AssignStmt x -> line(d, x.target() + " = " + x.source());
            case AssignOnceStmt x -> line(d, x.target() + " = once " + x.source() + " @s" + x.site());
            case ResetStmt x -> line(d, "reset " + x.target());
            case MakeStmt x -> line(d, x.target() + " = make " + x.kind().name().toLowerCase());
            case ArrayAppendStmt x -> line(d, "append " + x.value() + " to " + x.array());
            case SetAddStmt x -> line(d, "add " + x.value() + " to " + x.set());
            case ObjectInsertStmt x -> line(d, "insert " + x.key() + ": " + x.value() + " into " + x.object()
                    + (x.site() >= 0 ? " once @s" + x.site() : ""));
            case DocInsertStmt x -> line(d, "insert " + ops(x.path()) + (x.setMember() ? " contains " : " = ")
                    + x.value() + " into " + x.doc() + " @s" + x.site());
            case MergeStmt x -> line(d, x.target() + " = merge " + x.base() + " with " + x.overlay());
            case UpsertStmt x -> line(d, x.target() + " = " + x.doc() + " with " + ops(x.path()) + " as " + x.value());
            case EqualStmt x -> line(d, "equal " + x.a() + " " + x.b());
            case NotEqualStmt x -> line(d, "not-equal " + x.a() + " " + x.b());
            case TruthyStmt x -> line(d, "truthy " + x.value());
            case IsDefinedStmt x -> line(d, "defined " + x.local());
            case IsUndefinedStmt x -> line(d, "undefined " + x.local());
            case IsCollectionStmt x -> line(d, "is " + (x.kind() == null ? "collection" : x.kind().name().toLowerCase())
                    + " " + x.value()
                    + (x.size() >= 0 ? " size " + x.size() : ""));
            case CallStmt x -> line(d, x.result() + " = call " + x.func() + "(" + ops(x.args()) + ")");
            case BuiltinStmt x -> line(d, x.result() + " = builtin " + x.name() + "(" + ops(x.args()) + ") @s"
                    + x.site());
        }
    }

    private static String ops(List<Operand> ops) {
        return ops.stream().map(Object::toString).collect(Collectors.joining(", "));
    }
}
