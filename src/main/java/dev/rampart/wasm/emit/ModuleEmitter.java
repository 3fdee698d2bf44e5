package dev.rampart.wasm.emit;

import dev.rampart.rego.ast.Terms;
import dev.rampart.rego.ir.Block;
import dev.rampart.rego.ir.Func;
import dev.rampart.rego.ir.Plan;
import dev.rampart.rego.ir.Site;
import dev.rampart.rego.ir.Stmt;
import dev.rampart.wasm.abi.HostImport;
import dev.rampart.wasm.abi.ModuleMetadata;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a {@link Plan} as a WebAssembly module: the host imports of {@link HostImport}, one function per
 * planned function, one export per entrypoint, and the {@link ModuleMetadata} custom section.
 */
public final class ModuleEmitter {
    private final Plan plan;
    private final Map<String, Integer> functionIndex = new HashMap<>();
    private final Map<String, Integer> builtinIds = new LinkedHashMap<>();
    private final Map<String, Integer> typeIds = new LinkedHashMap<>();

    private ModuleEmitter(Plan plan) {
        this.plan = plan;
        int base = HostImport.values().length;
        for (int i = 0; i < plan.funcs().size(); i++) {
            functionIndex.put(plan.funcs().get(i).name(), base + i);
        }
        for (Func f : plan.funcs()) {
            collectBuiltins(f.body());
        }
    }

    /** The module bytes of a plan. */
    public static byte[] emit(Plan plan) {
        return new ModuleEmitter(plan).module();
    }

    int functionIndex(String name) {
        Integer i = functionIndex.get(name);
        if (i == null) {
            throw new IllegalStateException("call to a function that was not planned: " + name);
        }
        return i;
    }

    int builtinId(String name) {
        return builtinIds.get(name);
    }

    private void collectBuiltins(Block b) {
        for (Stmt s : b.stmts()) {
            switch (s) {
                case Stmt.BuiltinStmt x -> builtinIds.putIfAbsent(x.name(), builtinIds.size());
                case Stmt.BlockStmt x -> x.blocks().forEach(this::collectBuiltins);
                case Stmt.ScanStmt x -> collectBuiltins(x.body());
                case Stmt.NotStmt x -> collectBuiltins(x.body());
                default -> { }
            }
        }
    }

    private int type(int params, boolean result) {
        return typeIds.computeIfAbsent(params + (result ? "->i32" : "->"), k -> typeIds.size());
    }

    private byte[] module() {
        int[] importTypes = new int[HostImport.values().length];
        for (HostImport h : HostImport.values()) {
            importTypes[h.ordinal()] = type(h.params(), h.hasResult());
        }
        int[] funcTypes = new int[plan.funcs().size()];
        for (int i = 0; i < funcTypes.length; i++) {
            funcTypes[i] = type(plan.funcs().get(i).params().size(), true);
        }
        ByteSink out = new ByteSink();
        out.bytes(new byte[] {0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00});
        section(out, 1, typeSection());
        section(out, 2, importSection(importTypes));
        section(out, 3, vector(funcTypes));
        section(out, 7, exportSection());
        section(out, 10, codeSection());
        ByteSink custom = new ByteSink().name(ModuleMetadata.SECTION).bytes(metadata().toBytes());
        section(out, 0, custom);
        return out.toArray();
    }

    private static void section(ByteSink out, int id, ByteSink payload) {
        out.u8(id).sized(payload);
    }

    private ByteSink typeSection() {
        ByteSink s = new ByteSink().u32(typeIds.size());
        for (String sig : typeIds.keySet()) {
            int params = Integer.parseInt(sig.substring(0, sig.indexOf('-')));
            s.u8(Op.FUNC_TYPE).u32(params);
            for (int i = 0; i < params; i++) {
                s.u8(Op.I32);
            }
            if (sig.endsWith("i32")) {
                s.u32(1).u8(Op.I32);
            } else {
                s.u32(0);
            }
        }
        return s;
    }

    private static ByteSink importSection(int[] types) {
        ByteSink s = new ByteSink().u32(types.length);
        for (HostImport h : HostImport.values()) {
            s.name(HostImport.MODULE).name(h.field()).u8(0x00).u32(types[h.ordinal()]);
        }
        return s;
    }

    private static ByteSink vector(int[] values) {
        ByteSink s = new ByteSink().u32(values.length);
        for (int v : values) {
            s.u32(v);
        }
        return s;
    }

    private ByteSink exportSection() {
        ByteSink s = new ByteSink().u32(plan.entrypoints().size());
        for (int i = 0; i < plan.entrypoints().size(); i++) {
            s.name(exportName(i)).u8(0x00).u32(functionIndex(plan.entrypoints().get(i).func()));
        }
        return s;
    }

    private static String exportName(int i) {
        return "entrypoint_" + i;
    }

    private ByteSink codeSection() {
        ByteSink s = new ByteSink().u32(plan.funcs().size());
        for (int i = 0; i < plan.funcs().size(); i++) {
            s.sized(new FunctionEmitter(plan.funcs().get(i), this).emit(i));
        }
        return s;
    }

    private ModuleMetadata metadata() {
        List<String> constants = plan.constants().stream().map(Terms::print).toList();
        List<ModuleMetadata.SiteInfo> sites = new ArrayList<>();
        for (Site site : plan.sites()) {
            sites.add(new ModuleMetadata.SiteInfo(site.location().file(), site.location().line(),
                    site.location().column(), site.message()));
        }
        List<ModuleMetadata.EntrypointInfo> entries = new ArrayList<>();
        for (int i = 0; i < plan.entrypoints().size(); i++) {
            entries.add(new ModuleMetadata.EntrypointInfo(plan.entrypoints().get(i).name(), exportName(i)));
        }
        List<ModuleMetadata.RulePathInfo> rulePaths = plan.rulePaths().stream()
                .map(r -> new ModuleMetadata.RulePathInfo(r.path(), r.location().file(), r.location().line(),
                        r.location().column()))
                .toList();
        return new ModuleMetadata(HostImport.MODULE, constants, new ArrayList<>(builtinIds.keySet()), sites,
                plan.funcs().stream().map(Func::name).toList(), entries, rulePaths);
    }
}
