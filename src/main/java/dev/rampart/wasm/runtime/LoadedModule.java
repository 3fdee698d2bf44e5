package dev.rampart.wasm.runtime;

import com.dylibso.chicory.compiler.Cache;
import com.dylibso.chicory.compiler.InterpreterFallback;
import com.dylibso.chicory.compiler.MachineFactoryCompiler;
import com.dylibso.chicory.runtime.ChicoryInterruptedException;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.runtime.Machine;
import com.dylibso.chicory.wasm.ChicoryException;
import com.dylibso.chicory.wasm.Parser;
import com.dylibso.chicory.wasm.WasmModule;
import com.dylibso.chicory.wasm.types.CustomSection;
import com.dylibso.chicory.wasm.types.UnknownCustomSection;
import dev.rampart.RampartException;
import dev.rampart.rego.Location;
import dev.rampart.wasm.EvalOptions;
import dev.rampart.wasm.PolicyEvaluationException;
import dev.rampart.wasm.abi.HostImport;
import dev.rampart.wasm.abi.ModuleMetadata;
import dev.rampart.wasm.builtins.Builtin;
import dev.rampart.wasm.builtins.Builtins;
import dev.rampart.wasm.value.Value;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Function;

/**
 * A Rampart module parsed, checked against the host interface, and compiled to JVM bytecode by Chicory
 * once; evaluations borrow a pooled {@link Runner}, so they run concurrently on different threads.
 */
public final class LoadedModule {
    private final WasmModule wasm;
    private final Function<Instance, Machine> machineFactory;
    private final ModuleMetadata metadata;
    private final Value[] constants;
    private final Builtin[] builtins;
    private final Location[] siteLocations;
    private final Map<String, Integer> entrypoints = new HashMap<>();
    private final ConcurrentLinkedQueue<Runner> pool = new ConcurrentLinkedQueue<>();
    private final DataConflicts dataConflicts;

    private LoadedModule(WasmModule wasm, ModuleMetadata metadata, Cache cache) {
        this.wasm = wasm;
        this.metadata = metadata;
        if (!HostImport.MODULE.equals(metadata.abi())) {
            throw new RampartException("module needs host interface " + metadata.abi() + ", this Rampart offers "
                    + HostImport.MODULE + "; rebuild it with this version");
        }
        this.constants = new Value[metadata.constants().size()];
        for (int i = 0; i < constants.length; i++) {
            constants[i] = TermValues.parse(metadata.constants().get(i), "constant " + i);
        }
        this.builtins = new Builtin[metadata.builtins().size()];
        for (int i = 0; i < builtins.length; i++) {
            String name = metadata.builtins().get(i);
            builtins[i] = Builtins.lookup(name).orElseThrow(
                    () -> new RampartException("module calls built-in " + name + ", which this Rampart lacks"));
        }
        this.siteLocations = new Location[metadata.sites().size()];
        for (int i = 0; i < siteLocations.length; i++) {
            ModuleMetadata.SiteInfo s = metadata.sites().get(i);
            siteLocations[i] = new Location(s.file(), s.line(), s.column());
        }
        for (int i = 0; i < metadata.entrypoints().size(); i++) {
            entrypoints.put(metadata.entrypoints().get(i).name(), i);
        }
        this.dataConflicts = new DataConflicts(metadata.rulePaths());
        this.machineFactory = MachineFactoryCompiler.builder(wasm)
                .withInterpreterFallback(InterpreterFallback.SILENT)
                .withCache(cache)
                .compile();
    }

    /** Modules already loaded in this JVM, by digest: a scan compiles the same policy set once. */
    private static final Map<String, LoadedModule> LOADED = java.util.Collections.synchronizedMap(
            new java.util.LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, LoadedModule> eldest) {
                    return size() > 8;
                }
            });

    /** Parses, validates and compiles module bytes, reusing compiled code from the caches. */
    public static LoadedModule load(byte[] bytes) {
        return load(bytes, CompiledCodeCache.fromEnvironment(), true);
    }

    /**
     * Compiles module bytes for the jar being built: the classes go where {@link CompiledCodeCache} finds
     * them at run time, under {@code classesDir}.
     */
    public static void precompile(byte[] bytes, java.nio.file.Path classesDir) {
        load(bytes, new Cache() {
            @Override
            public byte[] get(String key) {
                return null;
            }

            @Override
            public void putIfAbsent(String key, byte[] data) throws java.io.IOException {
                CompiledCodeCache.writeResource(classesDir, key, data);
            }
        }, false);
    }

    private static LoadedModule load(byte[] bytes, Cache cache, boolean reuse) {
        WasmModule wasm;
        try {
            wasm = Parser.parse(bytes);
        } catch (ChicoryException e) {
            throw new RampartException("invalid WebAssembly module: " + e.getMessage(), e);
        }
        CustomSection section = wasm.customSection(ModuleMetadata.SECTION);
        if (!(section instanceof UnknownCustomSection custom)) {
            throw new RampartException("not a Rampart module: it has no " + ModuleMetadata.SECTION + " section");
        }
        String digest = wasm.digest();
        LoadedModule known = digest == null || !reuse ? null : LOADED.get(digest);
        if (known != null) {
            return known;
        }
        LoadedModule loaded = new LoadedModule(wasm, ModuleMetadata.fromBytes(custom.bytes()), cache);
        if (digest != null) {
            LOADED.put(digest, loaded);
        }
        return loaded;
    }

    public List<String> entrypoints() {
        return metadata.entrypoints().stream().map(ModuleMetadata.EntrypointInfo::name).toList();
    }

    /** Throws when {@code data} holds a value where a rule is defined. */
    public void checkData(Value data) {
        dataConflicts.check(data, null);
    }

    /** Evaluates an entrypoint; null when it is undefined. */
    public Value evaluate(String entrypoint, Value input, Value data, EvalOptions options) {
        int index = index(entrypoint);
        dataConflicts.check(data, entrypoint);
        return withRunner(entrypoint, r -> r.run(index, entrypoint, input, data, options));
    }

    /** Evaluates entrypoints in one evaluation, sharing rule results; values in the order asked (null: undefined). */
    public Value[] evaluateAll(List<String> names, Value input, Value data, EvalOptions options) {
        int[] indexes = new int[names.size()];
        for (int i = 0; i < indexes.length; i++) {
            indexes[i] = index(names.get(i));
        }
        String[] ns = names.toArray(new String[0]);
        dataConflicts.check(data, ns.length == 0 ? null : ns[0]);
        return withRunner(ns.length == 0 ? "" : ns[0], r -> r.runAll(indexes, ns, input, data, options));
    }

    private int index(String entrypoint) {
        Integer index = entrypoints.get(entrypoint);
        if (index == null) {
            throw new RampartException("no entrypoint " + entrypoint + " (the module has " + entrypoints() + ")");
        }
        return index;
    }

    private <T> T withRunner(String entrypoint, Function<Runner, T> work) {
        Thread.interrupted(); // a stale interrupt on a pooled thread would abort compiled code at once
        Runner r = pool.poll();
        if (r == null) {
            r = new Runner(this);
        }
        T result;
        try {
            result = work.apply(r);
        } catch (PolicyEvaluationException e) {
            throw e;
        } catch (ChicoryInterruptedException e) {
            throw new PolicyEvaluationException(PolicyEvaluationException.Code.TIMEOUT, r.entrypoint(), null,
                    "evaluation exceeded its time budget (stopped by the watchdog)", e);
        } catch (ChicoryException | StackOverflowError e) {
            throw new PolicyEvaluationException(PolicyEvaluationException.Code.MACHINE, entrypoint, null,
                    "the policy's machine failed: " + e.getMessage(), e);
        }
        pool.offer(r); // only runners that finished normally go back: a failed one is dropped
        return result;
    }

    WasmModule wasm() {
        return wasm;
    }

    Function<Instance, Machine> machineFactory() {
        return machineFactory;
    }

    Value[] constants() {
        return constants;
    }

    Builtin builtin(int id) {
        return builtins[id];
    }

    Location siteLocation(int site) {
        return site >= 0 && site < siteLocations.length ? siteLocations[site] : null;
    }

    String siteMessage(int site) {
        return site >= 0 && site < siteLocations.length ? metadata.sites().get(site).message() : "conflict";
    }

    int entrypointCount() {
        return metadata.entrypoints().size();
    }

    String exportName(int i) {
        return metadata.entrypoints().get(i).export();
    }
}
